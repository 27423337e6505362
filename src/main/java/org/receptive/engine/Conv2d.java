package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * 2-D convolution (cross-correlation, as every library computes it) with zero padding, stride,
 * dilation and a bias per filter.
 *
 * <pre>
 *   y[o, oy, ox] = b[o] + Σ_c Σ_ky Σ_kx  w[o, c, ky, kx] · x[c, oy·s − p + ky·d, ox·s − p + kx·d]
 *   output size  = ⌊(i + 2p − d(k−1) − 1) / s⌋ + 1
 * </pre>
 *
 * <p>Fast path: the input patches are unrolled into a matrix ({@code im2col}) so the sum becomes
 * one matrix product, {@code Y (O×P) = W (O×K) · col (K×P)} with K = C·k·k and P = output pixels.
 * Every product is written with a long, contiguous inner loop that HotSpot turns into SIMD.
 */
public final class Conv2d implements Layer {

    private final Shape in;
    private final Shape out;
    private final LayerSpec.Conv spec;
    private final int k, stride, pad, dil;
    private final int kk;      // K = inChannels · k · k, the length of one unrolled patch
    private final int pixels;  // P = outHeight · outWidth

    private float[] p;         // bound parameters: w (O, C, k, k) then b (O)
    private int wOff, bOff;

    Conv2d(Shape in, LayerSpec.Conv spec) {
        this.in = in;
        this.spec = spec;
        this.k = spec.kernel();
        this.stride = spec.stride();
        this.pad = spec.padding();
        this.dil = spec.dilation();
        int outH = OutputSize.of(in.height(), k, pad, stride, dil, "height");
        int outW = OutputSize.of(in.width(), k, pad, stride, dil, "width");
        this.out = new Shape(spec.filters(), outH, outW);
        this.kk = in.channels() * k * k;
        this.pixels = outH * outW;
    }

    @Override public Shape inputShape() { return in; }
    @Override public Shape outputShape() { return out; }
    @Override public LayerSpec spec() { return spec; }
    @Override public int paramCount() { return out.channels() * kk + out.channels(); }
    /** Number of weights (the biases follow them in the parameters). */
    public int weightCount() { return out.channels() * kk; }
    @Override public long forwardFlops() { return 2L * out.channels() * kk * pixels; }

    /*
     * Scratch rows, by index:
     *   [COL, COL+K)        col: one row per kernel tap, P long (the unrolled patches)
     *   [colT, colT+P)      colᵀ: one row per output pixel, K long
     *   [dcol, dcol+K)      patch gradients, P long
     *   [dyRows, dyRows+O)  the output gradient, one row per filter, P long
     *   [wT, wT+K)          Wᵀ, one row per kernel tap, O long
     *   acc                 one accumulator row, max(P, K) long
     *   rows                indices of the pixels with a non-zero gradient, as floats (exact
     *                       below 2^24), P long
     */
    private static final int COL = 0;
    private int colT() { return kk; }
    private int dcol() { return kk + pixels; }
    private int dyRows() { return 2 * kk + pixels; }
    private int wT() { return 2 * kk + pixels + out.channels(); }
    private int acc() { return 3 * kk + pixels + out.channels(); }

    @Override
    public float[][] newScratch() {
        float[][] s = new float[acc() + 2][];
        for (int r = 0; r < kk; r++) {
            s[COL + r] = new float[pixels];
            s[dcol() + r] = new float[pixels];
            s[wT() + r] = new float[out.channels()];
        }
        for (int q = 0; q < pixels; q++) {
            s[colT() + q] = new float[kk];
        }
        for (int o = 0; o < out.channels(); o++) {
            s[dyRows() + o] = new float[pixels];
        }
        s[acc()] = new float[Math.max(pixels, kk)];
        s[acc() + 1] = new float[pixels];
        return s;
    }

    @Override
    public void bind(float[] params, int offset) {
        this.p = params;
        this.wOff = offset;
        this.bOff = offset + out.channels() * kk;
    }

    /** He initialisation: N(0, 2 / fan-in), He et al. 2015, "Delving Deep into Rectifiers". */
    @Override
    public void initialise(SplittableRandom random) {
        double sd = Math.sqrt(2.0 / kk);
        for (int i = 0; i < out.channels() * kk; i++) {
            p[wOff + i] = (float) (Gaussian.next(random) * sd);
        }
        for (int o = 0; o < out.channels(); o++) {
            p[bOff + o] = 0f;
        }
    }

    /** Weight of filter o, input channel c, kernel row ky, column kx. */
    public float weight(int o, int c, int ky, int kx) {
        return p[weightIndex(o, c, ky, kx)];
    }

    public float bias(int o) {
        return p[bOff + o];
    }

    /** Sets the weight of filter o, input channel c, kernel row ky, column kx in the bound parameters. */
    public void setWeight(int o, int c, int ky, int kx, float v) {
        p[weightIndex(o, c, ky, kx)] = v;
    }

    public void setBias(int o, float v) {
        p[bOff + o] = v;
    }

    /** Where w[o, c, ky, kx] sits in the parameters: the (O, C, k, k) layout, row-major. */
    private int weightIndex(int o, int c, int ky, int kx) {
        return wOff + ((o * in.channels() + c) * k + ky) * k + kx;
    }

    @Override
    public void forward(float[] x, float[] y, float[][] s) {
        im2col(x, s);
        float[] acc = s[acc()];
        for (int o = 0; o < out.channels(); o++) {
            java.util.Arrays.fill(acc, 0, pixels, p[bOff + o]);
            Gemm.rowTimesMatrix(p, wOff + o * kk, kk, s, COL, acc, pixels);     // y[o] = b[o] + W[o]·col
            System.arraycopy(acc, 0, y, o * pixels, pixels);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, float[][] s) {
        int filters = out.channels();
        float[] acc = s[acc()];
        // dW[o] (K) += Σ_q dY[o, q] · colᵀ[q]: a row times the transposed patch matrix.
        float[] rowsUsed = s[acc() + 1];
        transposeCol(s);
        for (int o = 0; o < filters; o++) {
            int yo = o * pixels;
            float db = 0f;
            for (int q = 0; q < pixels; q++) {
                db += dy[yo + q];
            }
            grads[bOff + o] += db;
            java.util.Arrays.fill(acc, 0, kk, 0f);
            Gemm.sparseRowTimesMatrix(dy, yo, pixels, s, colT(), acc, kk, rowsUsed);
            int go = wOff + o * kk;
            for (int r = 0; r < kk; r++) {
                grads[go + r] += acc[r];
            }
        }
        if (dx == null) {
            return;
        }
        // dcol[r] (P) = Σ_o W[o, r] · dY[o]; then scatter the patches back onto the input (col2im).
        for (int o = 0; o < filters; o++) {
            System.arraycopy(dy, o * pixels, s[dyRows() + o], 0, pixels);
            for (int r = 0; r < kk; r++) {
                s[wT() + r][o] = p[wOff + o * kk + r];
            }
        }
        for (int r = 0; r < kk; r++) {
            float[] d = s[dcol() + r];
            java.util.Arrays.fill(d, 0f);
            Gemm.rowTimesMatrix(s[wT() + r], 0, filters, s, dyRows(), d, pixels);
        }
        col2im(s, dx);
    }

    /**
     * colᵀ[q][r] = col[r][q], eight taps at a time, so each write fills part of one cache line
     * instead of touching a different row array per element.
     */
    private void transposeCol(float[][] s) {
        int t = colT();
        int r = 0;
        for (; r + 7 < kk; r += 8) {
            float[] c0 = s[COL + r], c1 = s[COL + r + 1], c2 = s[COL + r + 2], c3 = s[COL + r + 3];
            float[] c4 = s[COL + r + 4], c5 = s[COL + r + 5], c6 = s[COL + r + 6], c7 = s[COL + r + 7];
            for (int q = 0; q < pixels; q++) {
                float[] dst = s[t + q];
                dst[r] = c0[q];
                dst[r + 1] = c1[q];
                dst[r + 2] = c2[q];
                dst[r + 3] = c3[q];
                dst[r + 4] = c4[q];
                dst[r + 5] = c5[q];
                dst[r + 6] = c6[q];
                dst[r + 7] = c7[q];
            }
        }
        for (; r < kk; r++) {
            float[] c = s[COL + r];
            for (int q = 0; q < pixels; q++) {
                s[t + q][r] = c[q];
            }
        }
    }

    /** Unrolls every receptive field of x into rows: col[(c·k + ky)·k + kx][oy·W' + ox]. */
    private void im2col(float[] x, float[][] s) {
        int h = in.height(), w = in.width(), outH = out.height(), outW = out.width();
        int r = 0;
        for (int c = 0; c < in.channels(); c++) {
            int xc = c * h * w;
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, r++) {
                    float[] col = s[COL + r];
                    int ix0 = kx * dil - pad;
                    // Output columns whose input column lies inside the row: [lo, hi). The tap may sit
                    // in the left padding for every output column, so lo is capped at outW.
                    int lo = ix0 >= 0 ? 0 : Math.min(outW, (-ix0 + stride - 1) / stride);
                    int hi = ix0 > w - 1 ? 0 : Math.min(outW, (w - 1 - ix0) / stride + 1);
                    hi = Math.max(hi, lo);
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride - pad + ky * dil;
                        int dst = oy * outW;
                        if (iy < 0 || iy >= h) {
                            java.util.Arrays.fill(col, dst, dst + outW, 0f);
                            continue;
                        }
                        int row = xc + iy * w;
                        java.util.Arrays.fill(col, dst, dst + lo, 0f);
                        if (stride == 1 && hi > lo) {   // hi == lo: ix0 + lo may lie outside x
                            System.arraycopy(x, row + ix0 + lo, col, dst + lo, hi - lo);
                        } else {
                            for (int ox = lo; ox < hi; ox++) {
                                col[dst + ox] = x[row + ix0 + ox * stride];
                            }
                        }
                        java.util.Arrays.fill(col, dst + hi, dst + outW, 0f);
                    }
                }
            }
        }
    }

    /** The adjoint of im2col: adds each patch gradient back to the input cell it came from. */
    private void col2im(float[][] s, float[] dx) {
        int h = in.height(), w = in.width(), outH = out.height(), outW = out.width();
        java.util.Arrays.fill(dx, 0, in.size(), 0f);
        int r = 0;
        for (int c = 0; c < in.channels(); c++) {
            int xc = c * h * w;
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, r++) {
                    float[] col = s[dcol() + r];
                    int ix0 = kx * dil - pad;
                    int lo = ix0 >= 0 ? 0 : (-ix0 + stride - 1) / stride;
                    int hi = ix0 > w - 1 ? 0 : Math.min(outW, (w - 1 - ix0) / stride + 1);
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride - pad + ky * dil;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int row = xc + iy * w + ix0;
                        int src = oy * outW;
                        for (int ox = lo; ox < hi; ox++) {
                            dx[row + ox * stride] += col[src + ox];
                        }
                    }
                }
            }
        }
    }
}
