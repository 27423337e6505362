package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * Fully connected layer: y[m] = b[m] + Σ_n W[m, n] · x[n], over the input flattened in
 * channel-major order (so a Dense may follow a convolution directly).
 *
 * <p>For a run of samples the forward pass is one product Yᵀ = W · Xᵀ (outputs × samples), so
 * each row of W is read once per run instead of once per sample. Each output is a chain of
 * fused multiply-adds over n in order, starting from the bias ({@link Kernels}), whatever the run.
 */
public final class Dense implements Layer {

    private final Shape in;
    private final Shape out;
    private final int n;       // inputs
    private final int m;       // outputs

    private float[] p;         // bound parameters: W (m, n) then b (m)
    private int wOff, bOff;

    Dense(Shape in, int outputs) {
        this.in = in;
        this.n = in.size();
        this.m = outputs;
        this.out = new Shape(outputs, 1, 1);
    }

    @Override public Shape inputShape() { return in; }
    @Override public Shape outputShape() { return out; }
    @Override public LayerSpec spec() { return new LayerSpec.Dense(m); }
    @Override public int paramCount() { return m * n + m; }
    @Override public long forwardFlops() { return 2L * m * n; }

    @Override
    public void bind(float[] params, int offset) {
        this.p = params;
        this.wOff = offset;
        this.bOff = offset + m * n;
    }

    /** He initialisation: N(0, 2 / fan-in). */
    @Override
    public void initialise(SplittableRandom random) {
        double sd = Math.sqrt(2.0 / n);
        for (int i = 0; i < m * n; i++) {
            p[wOff + i] = (float) (Gaussian.next(random) * sd);
        }
        java.util.Arrays.fill(p, bOff, bOff + m, 0f);
    }

    /**
     * Xᵀ (inputs × columns) and Yᵀ (outputs × columns) of a run, with a column per sample and at
     * least {@link Kernels#SLACK} columns (see {@link #forward}); in training also Wᵀ (inputs ×
     * outputs), which the trainer refreshes whenever it changes the weights.
     */
    private record Transposed(Kernels kernels, float[] xT, float[] yT, float[] wT) implements Scratch {
        @Override
        public Scratch sibling() {
            return xT == null ? this : new Transposed(kernels, new float[xT.length], new float[yT.length], wT);
        }
    }

    @Override
    public Scratch newScratch(int capacity, Kernels kernels) {
        return capacity == 1
                ? new Transposed(kernels, null, null, null)  // one sample: x and y are their own transposes
                : new Transposed(kernels, new float[n * columns(capacity)], new float[m * columns(capacity)], null);
    }

    /** Columns of Xᵀ and Yᵀ for a run of {@code count} samples: a short run is padded to fill a vector. */
    private static int columns(int count) {
        return Math.max(count, Kernels.SLACK);
    }

    /** With a copy of Wᵀ, so a short run is {@code Y = X·Wᵀ}: rows of outputs, not a few columns of samples. */
    @Override
    public Scratch newTrainingScratch(int capacity, Kernels kernels) {
        float[] wT = new float[n * m];
        Transposed s = new Transposed(kernels, new float[n * columns(capacity)], new float[m * columns(capacity)], wT);
        parametersChanged(0, m, s);
        return s;
    }

    /** Inputs per tile of the Wᵀ refresh: 64 rows of Wᵀ stay in the L1 cache while every output of the task writes them. */
    private static final int TILE = 64;

    @Override
    public void parametersChanged(int r0, int r1, Scratch scratch) {
        float[] wT = ((Transposed) scratch).wT();
        if (wT == null) {
            return;
        }
        // Tiled: row by row of W, each write went to another cache line of Wᵀ (4.5% of a default-model run).
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j = r0; j < r1; j++) {
                for (int i = i0, w = wOff + j * n; i < i1; i++) {
                    wT[i * m + j] = p[w + i];
                }
            }
        }
    }

    @Override
    public void forward(float[] x, float[] y, int from, int count, Scratch scratch) {
        Transposed s = (Transposed) scratch;
        int x0 = from * n, y0 = from * m;
        boolean alongOutputs = s.wT() != null && m >= count && m >= Kernels.SLACK;
        if (alongOutputs || s.xT() == null) {
            // Y (count × m) = b + X (count × n) · Wᵀ (n × m), vectors along the outputs, also for a
            // single sample in training (as W·x, scalar chains, it was 2% of a two-thread default-model
            // run, whose last sample tasks are single). A one-sample pass has no Wᵀ: W is its Wᵀ column.
            for (int t = 0; t < count; t++) {
                System.arraycopy(p, bOff, y, y0 + t * m, m);
            }
            if (alongOutputs) {
                s.kernels().multiply(count, m, n, x, x0, n, 1, s.wT(), 0, m, y, y0, m, false);
            } else {
                s.kernels().multiply(m, 1, n, p, wOff, n, 1, x, x0, 1, y, y0, 1, false);
            }
            return;
        }
        // Yᵀ (m × cols) = b + W (m × n) · Xᵀ (n × cols): W read once for the run. A run shorter
        // than a vector gets columns of zeros up to SLACK: each column's chains are its own, so
        // the padding changes no bit of the others, and the product stays in vectors instead of
        // the scalar chains (2% of a two-thread lenet-small run, whose last sample tasks are short).
        float[] xT = s.xT(), yT = s.yT();
        int cols = columns(count);
        for (int i = 0; i < n && cols > count; i++) {
            java.util.Arrays.fill(xT, i * cols + count, (i + 1) * cols, 0f);
        }
        for (int t = 0; t < count; t++) {
            for (int i = 0, at = x0 + t * n; i < n; i++) {
                xT[i * cols + t] = x[at + i];
            }
        }
        for (int j = 0; j < m; j++) {
            java.util.Arrays.fill(yT, j * cols, (j + 1) * cols, p[bOff + j]);
        }
        s.kernels().multiply(m, cols, n, p, wOff, n, 1, xT, 0, cols, yT, 0, cols, false);
        for (int t = 0; t < count; t++) {
            for (int j = 0; j < m; j++) {
                y[y0 + t * m + j] = yT[j * cols + t];
            }
        }
    }

    @Override
    public void backwardInput(float[] x, float[] y, float[] dy, float[] dx, int from, int count, Scratch scratch) {
        if (dx != null) {
            // dX (samples × n) = dY · W
            java.util.Arrays.fill(dx, from * n, (from + count) * n, 0f);
            ((Transposed) scratch).kernels().multiply(count, n, m, dy, from * m, m, 1, p, wOff, n, dx, from * n, n, true);
        }
    }

    /** Row j: output j's weights and bias. */
    @Override public int gradientRows() { return m; }
    @Override public long gradientRowCost() { return n; }

    @Override
    public void addGradient(float[] x, float[] dy, int from, int count, int r0, int r1, float[] grads, Scratch scratch) {
        if (r1 <= r0 || count <= 0) {
            return;
        }
        Kernels kernels = ((Transposed) scratch).kernels();
        // dW (m × n) += dYᵀ · X, summed over the samples in order; behind a ReLU many dy are 0.
        kernels.multiply(r1 - r0, n, count, dy, from * m + r0, 1, m, x, from * n, n, grads, wOff + r0 * n, n, true);
        for (int t = from; t < from + count; t++) {
            for (int j = r0; j < r1; j++) {
                grads[bOff + j] += dy[t * m + j];
            }
        }
    }

    @Override
    public int[] gradientRanges(int r0, int r1) {
        return new int[] {wOff + r0 * n, wOff + r1 * n, bOff + r0, bOff + r1};
    }
}
