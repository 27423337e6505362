package org.receptive.engine;

/**
 * Stochastic gradient descent with classical momentum (Polyak 1964; as in Sutskever et al. 2013):
 * v ← μ·v − η·g, θ ← θ + v.
 */
public final class Sgd implements Optimizer {

    public static final double DEFAULT_MOMENTUM = 0.9;

    private double learningRate;
    private final double momentum;
    private float[] velocity;

    public Sgd(double learningRate, double momentum) {
        if (!(learningRate > 0) || momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("SGD needs a learning rate > 0 and momentum in [0, 1)");
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void begin(int n) {
        if (velocity == null || velocity.length != n) {
            velocity = new float[n];
        }
    }

    @Override
    public void update(float[] params, float[] grads, int from, int to) {
        float mu = (float) momentum, lr = (float) learningRate;
        for (int i = from; i < to; i++) {
            velocity[i] = mu * velocity[i] - lr * grads[i];
            params[i] += velocity[i];
        }
    }

    @Override public double learningRate() { return learningRate; }
    @Override public void setLearningRate(double lr) { this.learningRate = lr; }
    @Override public void reset() { velocity = null; }

    @Override
    public String toString() {
        return "SGD(learningRate=" + learningRate + ", momentum=" + momentum + ")";
    }
}
