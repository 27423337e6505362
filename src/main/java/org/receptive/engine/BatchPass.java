package org.receptive.engine;

/**
 * Many inputs through a network a run at a time, the way the evaluator does it (each layer works
 * through the whole run at once): for explanations that try hundreds of variants of one image,
 * such as an occlusion map. A sample's numbers are the same bits as alone in {@link Network#forward}.
 * Not thread-safe: one per thread.
 */
public final class BatchPass {

    private final Network net;
    private final Pass pass;

    /** Working memory for runs of up to {@code capacity} samples. */
    public BatchPass(Network net, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a run holds at least one sample, not " + capacity);
        }
        this.net = net;
        this.pass = net.newForwardPass(capacity, Kernels.best());
    }

    public int capacity() {
        return pass.capacity();
    }

    /** Where the next run's inputs go, live: sample s at {@code s · inputShape().size()}. */
    public float[] inputs() {
        return pass.input();
    }

    /**
     * Runs the first n samples of {@link #inputs()} forward and returns their class probabilities,
     * one after the other (live: sample s's at {@code s · classes}).
     */
    public float[] forward(int n) {
        pass.forward(n);
        return pass.probabilities();
    }

    /** Activation i of the last run (0 the inputs, i + 1 layer i's outputs), sample s's at {@code s ·} its size (live). */
    public float[] activation(int i) {
        return pass.activation(i);
    }

    /** The logits of the last run, sample s's at {@code s · classes} (live). */
    public float[] logits() {
        return pass.activation(net.layers().size());
    }
}
