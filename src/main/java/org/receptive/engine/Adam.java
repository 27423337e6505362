package org.receptive.engine;

/**
 * Adam: Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015 (Algorithm 1).
 * m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; θ ← θ − η·m̂ / (√v̂ + ε) with bias-corrected m̂, v̂.
 */
public final class Adam implements Optimizer {

    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    private double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private float[] m;
    private float[] v;
    private long t;
    private float alpha;     // this step's size with both bias corrections folded in

    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("Adam needs a learning rate > 0");
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void begin(int n) {
        if (m == null || m.length != n) {
            m = new float[n];
            v = new float[n];
            t = 0;
        }
        t++;
        // Fold both bias corrections into the step size (Kingma and Ba, end of section 2).
        alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t)));
    }

    @Override
    public void update(float[] params, float[] grads, int from, int to) {
        float b1 = (float) beta1, b2 = (float) beta2, alpha = this.alpha;
        float eps = (float) epsilon;
        for (int i = from; i < to; i++) {
            float g = grads[i];
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            params[i] -= alpha * m[i] / ((float) Math.sqrt(v[i]) + eps);
        }
    }

    @Override public double learningRate() { return learningRate; }
    @Override public void setLearningRate(double lr) { this.learningRate = lr; }
    @Override public void reset() { m = null; v = null; t = 0; }

    @Override
    public String toString() {
        return "Adam(learningRate=" + learningRate + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ")";
    }
}
