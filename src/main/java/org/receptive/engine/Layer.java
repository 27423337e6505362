package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * One layer of a sequential network, computing one sample at a time.
 *
 * <p>A layer holds no per-sample state: activations, gradients and scratch space live in a
 * {@link Pass}, so several threads can run the same layer at once. Parameters live in the
 * network's one flat array at {@link #bind bound} offsets, and so do their gradients, which makes
 * an optimiser one loop over two arrays (as llm.c's {@code gpt2_update}).
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

    /**
     * Fresh scratch space for one pass of this layer (e.g. im2col buffers), as separate rows:
     * HotSpot only turns a loop into SIMD when its arrays are indexed from 0 by the loop counter,
     * so matrices the kernels stream through are kept one array per row.
     */
    default float[][] newScratch() {
        return new float[0][];
    }

    /** Floating-point operations of one forward pass of one sample (a multiply-add counts 2). */
    default long forwardFlops() {
        return 0;
    }

    /** Computes {@code y} from {@code x}; overwrites {@code y}. */
    void forward(float[] x, float[] y, float[][] scratch);

    /**
     * Back-propagates {@code dy}: overwrites {@code dx} (unless it is null, for the first layer)
     * and <em>adds</em> this sample's parameter gradients into {@code grads} at the bound offset.
     * {@code x}, {@code y} and {@code scratch} are what the forward pass of this sample left.
     */
    void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, float[][] scratch);
}
