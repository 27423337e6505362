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
    public void forward(float[] x, float[] y, int n, Scratch scratch) {
        int size = n * shape.size();
        for (int i = 0; i < size; i++) {
            y[i] = Math.max(0f, x[i]);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, int n, Scratch scratch) {
        if (dx == null) {
            return;
        }
        int size = n * shape.size();
        for (int i = 0; i < size; i++) {
            dx[i] = y[i] > 0f ? dy[i] : 0f;
        }
    }
}
