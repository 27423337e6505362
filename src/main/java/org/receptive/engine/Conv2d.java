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
    @Override public long forwardFlops() { return 2L * out.channels() * kk * pixels; }

    /** Scratch: col (K×P), its transpose (P×K) and the patch gradients (K×P). */
    @Override public int scratchSize() { return 3 * kk * pixels; }

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
        return p[wOff + ((o * in.channels() + c) * k + ky) * k + kx];
    }

    public float bias(int o) {
        return p[bOff + o];
    }

    @Override
    public void forward(float[] x, float[] y, float[] scratch) {
        im2col(x, scratch);
        int filters = out.channels();
        for (int o = 0; o < filters; o++) {
            int yo = o * pixels;
            float b = p[bOff + o];
            for (int q = 0; q < pixels; q++) {
                y[yo + q] = b;
            }
            int wo = wOff + o * kk;
            for (int r = 0; r < kk; r++) {
                float w = p[wo + r];
                int co = r * pixels;
                for (int q = 0; q < pixels; q++) {
                    y[yo + q] += w * scratch[co + q];
                }
            }
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, float[] scratch) {
        int filters = out.channels();
        int tOff = kk * pixels;     // colT (P×K)
        // dW (O×K) += dY (O×P) · colᵀ: with colᵀ stored row-major the inner loop runs over K.
        transpose(scratch, 0, kk, pixels, scratch, tOff);
        for (int o = 0; o < filters; o++) {
            int go = wOff + o * kk;
            int yo = o * pixels;
            float db = 0f;
            for (int q = 0; q < pixels; q++) {
                float g = dy[yo + q];
                db += g;
                if (g == 0f) {
                    continue;        // ReLU zeroes many gradients; skipping them is free speed
                }
                int to = tOff + q * kk;
                for (int r = 0; r < kk; r++) {
                    grads[go + r] += g * scratch[to + r];
                }
            }
            grads[bOff + o] += db;
        }
        if (dx == null) {
            return;
        }
        // dcol (K×P) = Wᵀ · dY, then scatter the patches back onto the input (col2im).
        int dOff = 2 * kk * pixels;
        java.util.Arrays.fill(scratch, dOff, dOff + kk * pixels, 0f);
        for (int o = 0; o < filters; o++) {
            int wo = wOff + o * kk;
            int yo = o * pixels;
            for (int r = 0; r < kk; r++) {
                float w = p[wo + r];
                int co = dOff + r * pixels;
                for (int q = 0; q < pixels; q++) {
                    scratch[co + q] += w * dy[yo + q];
                }
            }
        }
        col2im(scratch, dOff, dx);
    }

    /** Unrolls every receptive field of x into a column: col[(c·k + ky)·k + kx][oy·W' + ox]. */
    private void im2col(float[] x, float[] col) {
        int h = in.height(), w = in.width(), outH = out.height(), outW = out.width();
        int r = 0;
        for (int c = 0; c < in.channels(); c++) {
            int xc = c * h * w;
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, r++) {
                    int base = r * pixels;
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride - pad + ky * dil;
                        int dst = base + oy * outW;
                        if (iy < 0 || iy >= h) {
                            java.util.Arrays.fill(col, dst, dst + outW, 0f);
                            continue;
                        }
                        int row = xc + iy * w;
                        int ix0 = kx * dil - pad;
                        for (int ox = 0; ox < outW; ox++) {
                            int ix = ix0 + ox * stride;
                            col[dst + ox] = (ix >= 0 && ix < w) ? x[row + ix] : 0f;
                        }
                    }
                }
            }
        }
    }

    /** The adjoint of im2col: adds each patch gradient back to the input cell it came from. */
    private void col2im(float[] col, int off, float[] dx) {
        int h = in.height(), w = in.width(), outH = out.height(), outW = out.width();
        java.util.Arrays.fill(dx, 0, in.size(), 0f);
        int r = 0;
        for (int c = 0; c < in.channels(); c++) {
            int xc = c * h * w;
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, r++) {
                    int base = off + r * pixels;
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride - pad + ky * dil;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int row = xc + iy * w;
                        int src = base + oy * outW;
                        int ix0 = kx * dil - pad;
                        for (int ox = 0; ox < outW; ox++) {
                            int ix = ix0 + ox * stride;
                            if (ix >= 0 && ix < w) {
                                dx[row + ix] += col[src + ox];
                            }
                        }
                    }
                }
            }
        }
    }

    private static void transpose(float[] a, int aOff, int rows, int cols, float[] t, int tOff) {
        // Blocked so both the reads and the writes stay within a few cache lines.
        final int block = 16;
        for (int r0 = 0; r0 < rows; r0 += block) {
            int r1 = Math.min(rows, r0 + block);
            for (int c0 = 0; c0 < cols; c0 += block) {
                int c1 = Math.min(cols, c0 + block);
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        t[tOff + c * rows + r] = a[aOff + r * cols + c];
                    }
                }
            }
        }
    }
}
