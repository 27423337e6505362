package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * One layer of a sequential network, computing a run of samples at a time.
 *
 * <p>A layer holds no per-sample state: activations, gradients and scratch space live in a
 * {@link Pass}, so several threads can run the same layer at once. Parameters live in the
 * network's one flat array at {@link #bind bound} offsets, and so do their gradients, which makes
 * an optimiser one loop over two arrays (as llm.c's {@code gpt2_update}).
 *
 * <p>n samples lie one after the other: {@code x[s·in.size() …]} is sample s's input and
 * {@code y[s·out.size() …]} its output, each in the channel-major layout of {@link Shape}. A
 * sample's outputs are the same bits whatever n and whatever other samples are beside it; the
 * single-sample methods are the same computation with n = 1.
 */
public interface Layer {

    Shape inputShape();

    Shape outputShape();

    /** What this layer is, as it is written in an architecture string. */
    LayerSpec spec();

    /** Number of trainable parameters. */
    default int paramCount() {
        return 0;
    }

    /** Binds this layer's parameters to {@code params[offset .. offset + paramCount())}. */
    default void bind(float[] params, int offset) {
    }

    /** Fills this layer's bound parameters with fresh values (He initialisation for weights). */
    default void initialise(SplittableRandom random) {
    }

    /** Floating-point operations of one forward pass of one sample (a multiply-add counts 2). */
    default long forwardFlops() {
        return 0;
    }

    /**
     * Fresh scratch space for passes of up to {@code capacity} samples (e.g. im2col buffers), and
     * the matrix kernels the layer multiplies with.
     */
    default Scratch newScratch(int capacity, Kernels kernels) {
        return Scratch.NONE;
    }

    /** Scratch for one sample at a time, with the fastest kernels. */
    default Scratch newScratch() {
        return newScratch(1, Kernels.best());
    }

    /** Computes {@code y} from {@code x} for n samples; overwrites {@code y}. */
    void forward(float[] x, float[] y, int n, Scratch scratch);

    /**
     * Back-propagates {@code dy} of n samples: overwrites {@code dx} (unless it is null, for the
     * first layer) and <em>adds</em> the parameter gradients, summed over the samples in order,
     * into {@code grads} at the bound offset. {@code x}, {@code y} and {@code scratch} are what
     * the forward pass of these samples left.
     */
    void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, int n, Scratch scratch);

    /** {@link #forward(float[], float[], int, Scratch)} of one sample. */
    default void forward(float[] x, float[] y, Scratch scratch) {
        forward(x, y, 1, scratch);
    }

    /** {@link #backward(float[], float[], float[], float[], float[], int, Scratch)} of one sample. */
    default void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, Scratch scratch) {
        backward(x, y, dy, dx, grads, 1, scratch);
    }

    /** A layer's working memory for one pass; each layer knows its own kind. */
    interface Scratch {
        /** For layers that need none. */
        Scratch NONE = new Scratch() { };
    }
}
