package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * Fully connected layer: y[m] = b[m] + Σ_n W[m, n] · x[n], over the input flattened in
 * channel-major order (so a Dense may follow a convolution directly).
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

    @Override
    public void forward(float[] x, float[] y, float[][] scratch) {
        for (int j = 0; j < m; j++) {
            int row = wOff + j * n;
            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;   // four sums break the add dependency chain
            int i = 0;
            for (; i + 3 < n; i += 4) {
                s0 += p[row + i] * x[i];
                s1 += p[row + i + 1] * x[i + 1];
                s2 += p[row + i + 2] * x[i + 2];
                s3 += p[row + i + 3] * x[i + 3];
            }
            for (; i < n; i++) {
                s0 += p[row + i] * x[i];
            }
            y[j] = p[bOff + j] + ((s0 + s1) + (s2 + s3));
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, float[][] scratch) {
        if (dx != null) {
            java.util.Arrays.fill(dx, 0, n, 0f);
        }
        for (int j = 0; j < m; j++) {
            float g = dy[j];
            grads[bOff + j] += g;
            if (g == 0f) {
                continue;
            }
            int row = wOff + j * n;
            for (int i = 0; i < n; i++) {
                grads[row + i] += g * x[i];
            }
            if (dx != null) {
                for (int i = 0; i < n; i++) {
                    dx[i] += g * p[row + i];
                }
            }
        }
    }
}
