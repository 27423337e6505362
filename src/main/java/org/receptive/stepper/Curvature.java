package org.receptive.stepper;

/**
 * How sharply a squared-error loss curves along its steepest direction, which bounds the learning
 * rate gradient descent can use. For L = scale · ½Σ(y − t)² with y linear in one kernel's weights
 * (and bias), the Hessian is H = scale · Σ over positions of x xᵀ, x being the input under the
 * window (and a 1 for the bias). Along an eigenvector of eigenvalue λ a step of η multiplies the
 * error by (1 − ηλ): η ≤ 1/λmax never goes past the lowest point, and η ≥ 2/λmax blows up.
 * λmax comes from power iteration on H, which is at most 148×148 (3 channels of 7×7, and a bias).
 */
final class Curvature {

    private final int n;
    private final double[][] h;

    /** An empty sum over windows of {@code channels}×{@code k}×{@code k} inputs, with a bias term or not. */
    Curvature(int channels, int k, boolean bias) {
        n = channels * k * k + (bias ? 1 : 0);
        h = new double[n][n];
    }

    /** Adds scale · Σ x xᵀ over every window of {@code st} (the first kernel's; all share the input). */
    Curvature add(ConvolutionStepper st, double scale) {
        Setup s = st.setup();
        int k = s.kernelSize(), stride = s.stride(), p = s.padding(), d = s.dilation();
        double[] x = new double[n];
        for (int oy = 0; oy < st.outputHeight(); oy++) {
            for (int ox = 0; ox < st.outputWidth(); ox++) {
                int i = 0;
                for (int c = 0; c < s.channels(); c++) {
                    for (int ky = 0; ky < k; ky++) {
                        for (int kx = 0; kx < k; kx++, i++) {
                            int y = oy * stride - p + ky * d, xx = ox * stride - p + kx * d;
                            boolean inside = y >= 0 && y < s.height() && xx >= 0 && xx < s.width();
                            x[i] = inside ? st.inputArray()[c][y][xx] : 0;
                        }
                    }
                }
                if (i < n) {
                    x[i] = 1;   // the bias
                }
                for (int a = 0; a < n; a++) {
                    if (x[a] != 0) {
                        for (int b = 0; b < n; b++) {
                            h[a][b] += scale * x[a] * x[b];
                        }
                    }
                }
            }
        }
        return this;
    }

    /** The largest eigenvalue, by power iteration (H is symmetric and positive semi-definite). */
    double largest() {
        double[] v = new double[n], w = new double[n];
        java.util.Arrays.fill(v, 1 / Math.sqrt(n));
        double lambda = 0;
        for (int it = 0; it < 500; it++) {
            double norm = 0;
            for (int a = 0; a < n; a++) {
                double sum = 0;
                for (int b = 0; b < n; b++) {
                    sum += h[a][b] * v[b];
                }
                w[a] = sum;
                norm += sum * sum;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return 0;
            }
            for (int a = 0; a < n; a++) {
                v[a] = w[a] / norm;
            }
            if (Math.abs(norm - lambda) <= 1e-9 * norm) {
                return norm;
            }
            lambda = norm;
        }
        return lambda;
    }
}
