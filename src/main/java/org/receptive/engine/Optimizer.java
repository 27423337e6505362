package org.receptive.engine;

/** Updates parameters from their (already averaged) gradients, one step at a time. */
public interface Optimizer {

    /** One update: params ← params − f(grads). {@code grads} is read only. */
    default void step(float[] params, float[] grads) {
        begin(params.length);
        update(params, grads, 0, params.length);
    }

    /**
     * Starts a step over {@code n} parameters: what every parameter shares (Adam's step count and
     * bias correction), so the step can then be taken range by range.
     */
    void begin(int n);

    /**
     * Updates {@code params[from, to)} from {@code grads} within the step begun last. Disjoint
     * ranges may be updated by different threads at once; each parameter's arithmetic is the same
     * as in a whole {@link #step}.
     */
    void update(float[] params, float[] grads, int from, int to);

    double learningRate();

    /** Changes the learning rate, e.g. for a per-epoch decay. */
    void setLearningRate(double learningRate);

    /** Forgets all state (momentum, moments), as for a fresh run. */
    void reset();

    /** An optimiser by name: {@code sgd} or {@code adam}, with the given learning rate. */
    static Optimizer named(String name, double learningRate) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sgd" -> new Sgd(learningRate, Sgd.DEFAULT_MOMENTUM);
            case "adam" -> new Adam(learningRate);
            default -> throw new IllegalArgumentException("unknown optimiser '" + name + "' (use sgd or adam)");
        };
    }
}
