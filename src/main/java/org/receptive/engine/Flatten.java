package org.receptive.engine;

/** Reinterprets a C×H×W activation as a vector of C·H·W values; the numbers do not change. */
public final class Flatten implements Layer {

    private final Shape in;
    private final Shape out;

    Flatten(Shape in) {
        this.in = in;
        this.out = new Shape(in.size(), 1, 1);
    }

    @Override public Shape inputShape() { return in; }
    @Override public Shape outputShape() { return out; }
    @Override public LayerSpec spec() { return new LayerSpec.Flatten(); }

    @Override
    public void forward(float[] x, float[] y, int from, int n, Scratch scratch) {
        System.arraycopy(x, from * in.size(), y, from * in.size(), n * in.size());
    }

    @Override
    public void backwardInput(float[] x, float[] y, float[] dy, float[] dx, int from, int n, Scratch scratch) {
        if (dx != null) {
            System.arraycopy(dy, from * in.size(), dx, from * in.size(), n * in.size());
        }
    }
}
