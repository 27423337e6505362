package org.receptive.engine;

/**
 * Max pooling per channel over size×size windows moved by a stride; windows that would run off
 * the input are dropped (output = ⌊(i − size)/stride⌋ + 1). The gradient flows only to the
 * winning cell of each window (the first one, on ties); forward notes each winner's index in the
 * pass's scratch for backward. The output is the window's {@code Math.max}, so +0 counts as above
 * −0 there, though not when choosing the winner: a difference only a −0 input could show.
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

    /** The index in x of each output cell's winner, sample after sample: the samples' own, shared by threads. */
    private record Winners(int[] at, Kernels kernels) implements Scratch { }

    @Override
    public Scratch newScratch(int capacity, Kernels kernels) {
        return new Winners(new int[capacity * out.size()], kernels);
    }

    @Override
    public void forward(float[] x, float[] y, int from, int n, Scratch scratch) {
        int[] winners = ((Winners) scratch).at();
        // a channel of one sample is one plane, whatever the sample
        int first = from * in.channels(), planes = first + n * in.channels();
        if (spec.size() == 2 && spec.stride() == 2) {
            forward2x2(x, y, winners, first, planes, ((Winners) scratch).kernels());
            return;
        }
        if (spec.size() == 3) {
            forward3x3(x, y, winners, first, planes);
            return;
        }
        int size = spec.size(), stride = spec.stride(), w = in.width();
        for (int c = first, o = first * out.height() * out.width(); c < planes; c++) {
            int plane = c * in.height() * w;
            for (int oy = 0; oy < out.height(); oy++) {
                int top = plane + oy * stride * w;
                for (int ox = 0; ox < out.width(); ox++, o++) {
                    int corner = top + ox * stride;
                    int best = corner;
                    float max = x[corner];
                    for (int dy = 0; dy < size; dy++) {
                        int row = corner + dy * w;
                        for (int dx = 0; dx < size; dx++) {
                            float v = x[row + dx];
                            best = v > max ? row + dx : best;     // a conditional move, not a branch
                            max = Math.max(max, v);
                        }
                    }
                    winners[o] = best;
                    y[o] = max;
                }
            }
        }
    }

    /**
     * The common 2×2 window, a row of outputs at a time ({@link Kernels#maxPoolRow}). A row may
     * write past its end only into rows of this run that come later (they overwrite it); rows
     * nearer the run's end than that, and any row whose windows lie too near the end of x, go
     * through the plain kernel, which reads and writes nothing past its row: another thread may
     * be writing the samples after these.
     */
    private void forward2x2(float[] x, float[] y, int[] winners, int first, int planes, Kernels kernels) {
        int w = in.width(), plane = in.height() * w, oh = out.height(), ow = out.width();
        int safe = x.length - 2 * Kernels.SLACK - 3;          // a row starting before this may be read past
        int end = planes * oh * ow;                           // the run's last output + 1
        for (int c = first, o = first * oh * ow; c < planes; c++) {
            for (int oy = 0; oy < oh; oy++, o += ow) {
                int top = c * plane + 2 * oy * w;
                boolean spills = o + ow + Kernels.SLACK > end || top + w + 2 * ow > safe;
                (spills ? Kernels.scalar() : kernels).maxPoolRow(x, top, w, ow, y, winners, o);
            }
        }
    }

    /** 3×3 windows the same way: the first maximum of each row, then a lower row only if larger. */
    private void forward3x3(float[] x, float[] y, int[] winners, int first, int planes) {
        int w = in.width(), plane = in.height() * w, stride = spec.stride();
        for (int c = first, o = first * out.height() * out.width(); c < planes; c++) {
            for (int oy = 0; oy < out.height(); oy++) {
                int top = c * plane + oy * stride * w;
                for (int ox = 0; ox < out.width(); ox++, o++) {
                    int r0 = top + ox * stride, r1 = r0 + w, r2 = r1 + w;
                    int b0 = first3(x, r0), b1 = first3(x, r1), b2 = first3(x, r2);
                    float m0 = max3(x, r0), m1 = max3(x, r1), m2 = max3(x, r2);
                    int best = m1 > m0 ? b1 : b0;
                    float max = Math.max(m0, m1);
                    best = m2 > max ? b2 : best;
                    winners[o] = best;
                    y[o] = Math.max(max, m2);
                }
            }
        }
    }

    /** Index of the first maximum of x[i], x[i+1], x[i+2]. */
    private static int first3(float[] x, int i) {
        float a = x[i], b = x[i + 1], c = x[i + 2];
        int best = b > a ? i + 1 : i;
        return c > Math.max(a, b) ? i + 2 : best;
    }

    private static float max3(float[] x, int i) {
        return Math.max(Math.max(x[i], x[i + 1]), x[i + 2]);
    }

    @Override
    public void backwardInput(float[] x, float[] y, float[] dy, float[] dx, int from, int n, Scratch scratch) {
        if (dx == null) {
            return;
        }
        java.util.Arrays.fill(dx, from * in.size(), (from + n) * in.size(), 0f);
        int[] winners = ((Winners) scratch).at();
        int end = (from + n) * out.size();
        for (int o = from * out.size(); o < end; o++) {
            dx[winners[o]] += dy[o];
        }
    }
}
