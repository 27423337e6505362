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

    /** Xᵀ (inputs × samples) and Yᵀ (outputs × samples) of a run. */
    private record Transposed(Kernels kernels, float[] xT, float[] yT) implements Scratch { }

    @Override
    public Scratch newScratch(int capacity, Kernels kernels) {
        return capacity == 1
                ? new Transposed(kernels, null, null)        // one sample: x and y are their own transposes
                : new Transposed(kernels, new float[n * capacity], new float[m * capacity]);
    }

    @Override
    public void forward(float[] x, float[] y, int count, Scratch scratch) {
        Transposed s = (Transposed) scratch;
        if (count == 1) {
            System.arraycopy(p, bOff, y, 0, m);
            s.kernels().multiply(m, 1, n, p, wOff, n, 1, x, 0, 1, y, 0, 1, false);
            return;
        }
        float[] xT = s.xT(), yT = s.yT();
        for (int t = 0; t < count; t++) {
            for (int i = 0, at = t * n; i < n; i++) {
                xT[i * count + t] = x[at + i];
            }
        }
        for (int j = 0; j < m; j++) {
            java.util.Arrays.fill(yT, j * count, (j + 1) * count, p[bOff + j]);
        }
        s.kernels().multiply(m, count, n, p, wOff, n, 1, xT, 0, count, yT, 0, count, false);
        for (int t = 0; t < count; t++) {
            for (int j = 0; j < m; j++) {
                y[t * m + j] = yT[j * count + t];
            }
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, int count, Scratch scratch) {
        Kernels kernels = ((Transposed) scratch).kernels();
        // dW (m × n) += dYᵀ · X, summed over the samples in order; behind a ReLU many dy are 0.
        kernels.multiply(m, n, count, dy, 0, 1, m, x, 0, n, grads, wOff, n, true);
        for (int t = 0; t < count; t++) {
            for (int j = 0; j < m; j++) {
                grads[bOff + j] += dy[t * m + j];
            }
        }
        if (dx != null) {
            // dX (samples × n) = dY · W
            java.util.Arrays.fill(dx, 0, count * n, 0f);
            kernels.multiply(count, n, m, dy, 0, m, 1, p, wOff, n, dx, 0, n, true);
        }
    }
}
