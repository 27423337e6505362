package org.receptive.engine;

/**
 * Max pooling per channel over size×size windows moved by a stride; windows that would run off
 * the input are dropped (output = ⌊(i − size)/stride⌋ + 1). The gradient flows only to the
 * winning cell of each window (the first one, on ties); forward notes each winner's index in the
 * pass's scratch row for backward.
 */
public final class MaxPool2d implements Layer {

    private final Shape in;
    private final Shape out;
    private final LayerSpec.Pool spec;

    MaxPool2d(Shape in, LayerSpec.Pool spec) {
        if (spec.size() > in.height() || spec.size() > in.width()) {
            throw new IllegalArgumentException("the pooling window (" + spec.size() + "×" + spec.size()
                    + ") is larger than its input (" + in.height() + "×" + in.width() + ")");
        }
        this.in = in;
        this.spec = spec;
        this.out = new Shape(in.channels(),
                (in.height() - spec.size()) / spec.stride() + 1,
                (in.width() - spec.size()) / spec.stride() + 1);
    }

    @Override public Shape inputShape() { return in; }
    @Override public Shape outputShape() { return out; }
    @Override public LayerSpec spec() { return spec; }

    /** One row: the index in x of each output cell's winner (exact as float below 2^24). */
    @Override
    public float[][] newScratch() {
        return new float[][] {new float[out.size()]};
    }

    @Override
    public void forward(float[] x, float[] y, float[][] scratch) {
        float[] winners = scratch[0];
        for (int c = 0, o = 0; c < out.channels(); c++) {
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++, o++) {
                    int w = winner(x, c, oy, ox);
                    winners[o] = w;
                    y[o] = x[w];
                }
            }
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, float[][] scratch) {
        if (dx == null) {
            return;
        }
        java.util.Arrays.fill(dx, 0, in.size(), 0f);
        float[] winners = scratch[0];
        for (int o = 0; o < out.size(); o++) {
            dx[(int) winners[o]] += dy[o];
        }
    }

    /** Index in x of the largest value in the window of output cell (c, oy, ox). */
    private int winner(float[] x, int c, int oy, int ox) {
        int size = spec.size();
        int y0 = oy * spec.stride(), x0 = ox * spec.stride();
        int w = in.width();
        int corner = (c * in.height() + y0) * w + x0;
        int best = corner;
        for (int dy = 0; dy < size; dy++) {
            int row = corner + dy * w;
            for (int dx = 0; dx < size; dx++) {
                if (x[row + dx] > x[best]) {
                    best = row + dx;
                }
            }
        }
        return best;
    }
}
