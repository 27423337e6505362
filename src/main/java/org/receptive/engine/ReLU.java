package org.receptive.engine;

/** Rectified linear unit: y = max(0, x); its gradient passes where y &gt; 0. */
public final class ReLU implements Layer {

    private final Shape shape;

    ReLU(Shape shape) {
        this.shape = shape;
    }

    @Override public Shape inputShape() { return shape; }
    @Override public Shape outputShape() { return shape; }
    @Override public LayerSpec spec() { return new LayerSpec.Relu(); }

    @Override
    public void forward(float[] x, float[] y, int from, int n, Scratch scratch) {
        int start = from * shape.size(), end = start + n * shape.size();
        for (int i = start; i < end; i++) {
            y[i] = Math.max(0f, x[i]);
        }
    }

    /** Only to reach the kernels: the gradient is computed there without a branch. */
    private record Gradient(Kernels kernels) implements Scratch { }

    @Override
    public Scratch newScratch(int capacity, Kernels kernels) {
        return new Gradient(kernels);
    }

    @Override
    public void backwardInput(float[] x, float[] y, float[] dy, float[] dx, int from, int n, Scratch scratch) {
        if (dx != null) {
            ((Gradient) scratch).kernels().reluGradient(y, dy, dx, from * shape.size(), n * shape.size());
        }
    }
}
