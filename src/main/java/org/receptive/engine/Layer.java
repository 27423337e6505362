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
 * <p>Samples lie one after the other: {@code x[s·in.size() …]} is sample s's input and
 * {@code y[s·out.size() …]} its output, each in the channel-major layout of {@link Shape}. A call
 * works on samples {@code from … from + n − 1}. A sample's outputs are the same bits whatever run
 * it is in; the single-sample methods are the same computation with from = 0, n = 1.
 *
 * <p>Backward comes in two parts, so a trainer can spread them over threads differently: the
 * gradient of the input ({@link #backwardInput}) is each sample's own business, while the
 * parameter gradient ({@link #addGradient}) sums over the samples in order and can be cut by
 * rows of the layer's gradient instead (each row's sums are independent of the others').
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

    /**
     * Scratch for a trainer's run, which may keep copies derived from the parameters (a dense
     * layer's transposed weights): the trainer calls {@link #parametersChanged} whenever it
     * changes them.
     */
    default Scratch newTrainingScratch(int capacity, Kernels kernels) {
        return newScratch(capacity, kernels);
    }

    /** The parameters of gradient rows r0 … r1 − 1 changed: a training scratch refreshes what it derived from them. */
    default void parametersChanged(int r0, int r1, Scratch scratch) {
    }

    /** Scratch for one sample at a time, with the fastest kernels. */
    default Scratch newScratch() {
        return newScratch(1, Kernels.best());
    }

    /** Computes {@code y} from {@code x} for samples from … from + n − 1; overwrites their {@code y}. */
    void forward(float[] x, float[] y, int from, int n, Scratch scratch);

    /**
     * Back-propagates {@code dy} of samples from … from + n − 1 to their {@code dx} (overwritten;
     * null for the first layer, whose input gradient nobody needs). {@code x}, {@code y} and
     * {@code scratch} are what the forward pass of these samples left; a layer may keep in the
     * scratch what {@link #addGradient} will need of these samples.
     */
    void backwardInput(float[] x, float[] y, float[] dy, float[] dx, int from, int n, Scratch scratch);

    /**
     * Rows of this layer's parameter gradient: the units {@link #addGradient} can be cut into
     * (a convolution's kernel taps and its bias, a dense layer's outputs). 0 without parameters.
     */
    default int gradientRows() {
        return 0;
    }

    /** How many rows of the parameter gradient are best computed together: a trainer cuts in multiples of it. */
    default int gradientRowGrain() {
        return 4;
    }

    /** Multiply-adds of one row of the parameter gradient for one sample: how a trainer weighs its shares. */
    default long gradientRowCost() {
        return 0;
    }

    /**
     * <em>Adds</em> the gradient of rows r0 … r1 − 1 summed over samples from … from + n − 1, in
     * sample order, into {@code grads} (laid out as the network's parameters, at this layer's
     * bound offset): each parameter's sum goes on from what {@code grads} holds. Needs
     * {@link #backwardInput} of these samples to have run with the same scratch (or one that
     * shares its samples' part).
     */
    default void addGradient(float[] x, float[] dy, int from, int n, int r0, int r1, float[] grads, Scratch scratch) {
    }

    /**
     * The parameters rows r0 … r1 − 1 of the gradient cover, as index ranges of the network's
     * parameters: {@code {start0, end0, start1, end1, …}}.
     */
    default int[] gradientRanges(int r0, int r1) {
        return new int[0];
    }

    /** {@link #forward(float[], float[], int, int, Scratch)} of samples 0 … n − 1. */
    default void forward(float[] x, float[] y, int n, Scratch scratch) {
        forward(x, y, 0, n, scratch);
    }

    /** {@link #forward(float[], float[], int, int, Scratch)} of one sample. */
    default void forward(float[] x, float[] y, Scratch scratch) {
        forward(x, y, 0, 1, scratch);
    }

    /**
     * Back-propagates {@code dy} of samples 0 … n − 1: overwrites {@code dx} (unless it is null)
     * and <em>adds</em> the parameter gradients, summed over the samples in order, into
     * {@code grads} at the bound offset.
     */
    default void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, int n, Scratch scratch) {
        backwardInput(x, y, dy, dx, 0, n, scratch);
        addGradient(x, dy, 0, n, 0, gradientRows(), grads, scratch);
    }

    /** {@link #backward(float[], float[], float[], float[], float[], int, Scratch)} of one sample. */
    default void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, Scratch scratch) {
        backward(x, y, dy, dx, grads, 1, scratch);
    }

    /**
     * A layer's working memory for one pass; each layer knows its own kind. Part of it may belong
     * to the samples (what forward leaves for backward), part only to the thread computing.
     */
    interface Scratch {
        /** For layers that need none. */
        Scratch NONE = new Scratch() { };

        /**
         * Scratch for another thread working on other samples of the same run: the samples' part
         * shared, fresh working buffers of its own.
         */
        default Scratch sibling() {
            return this;
        }
    }
}
