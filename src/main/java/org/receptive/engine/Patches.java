package org.receptive.engine;

/**
 * Where a convolution's receptive fields lie in its input, and their unrolling into matrices.
 * A sample's input is first copied inside a zero border ({@link #pad}), so no tap needs a bounds
 * test; tap r = (c·k + ky)·k + kx of output pixel q = (oy, ox) then reads the padded input at
 * {@code c·plane + (oy·s + ky·d)·W'' + ox·s + kx·d}.
 *
 * <p>Two layouts: tap-major ({@link #unroll}, one row per tap, what the forward product and the
 * patch gradient use) and pixel-major ({@link #unrollByPixel}, one row per pixel, so a weight
 * gradient can run its vectors along the taps).
 */
final class Patches {

    private final Shape in, out;
    private final int k, stride, pad, dil;
    private final int taps, pixels, hp, wp, plane;
    /** Where each run of neighbouring taps (a kernel row, or one tap when dilated) starts in a padded sample. */
    private final int run;
    private final int[] runOffsets;

    Patches(Shape in, Shape out, int k, int stride, int pad, int dil) {
        this.in = in;
        this.out = out;
        this.k = k;
        this.stride = stride;
        this.pad = pad;
        this.dil = dil;
        this.taps = in.channels() * k * k;
        this.pixels = out.height() * out.width();
        this.hp = in.height() + 2 * pad;
        this.wp = in.width() + 2 * pad;
        this.plane = hp * wp;
        this.run = dil == 1 ? k : 1;
        this.runOffsets = new int[taps / run];
        for (int u = 0; u < runOffsets.length; u++) {
            runOffsets[u] = offset(u * run);
        }
    }

    /** Where tap r of pixel (0, 0) lies in a padded sample. */
    private int offset(int r) {
        int c = r / (k * k), ky = r / k % k, kx = r % k;
        return c * plane + ky * dil * wp + kx * dil;
    }

    /** Floats of one padded sample, with room for the row copies to read past it. */
    int paddedSize() {
        return in.channels() * plane + Kernels.SLACK;
    }

    /** Floats of one pixel's row in the pixel-major layout: every tap, a 1 for the bias, room to spill. */
    int pixelRow() {
        return taps + 1 + Kernels.SLACK;
    }

    /** Sample t of x into its zero-bordered copy in xpad (the border is never written, so stays zero). */
    void pad(float[] x, int t, float[] xpad) {
        int h = in.height(), w = in.width(), at = t * in.size(), to = t * paddedSize();
        for (int c = 0; c < in.channels(); c++) {
            for (int iy = 0; iy < h; iy++) {
                System.arraycopy(x, at + (c * h + iy) * w, xpad, to + c * plane + (iy + pad) * wp + pad, w);
            }
        }
    }

    /**
     * Taps r0 … r0 + count − 1 of every receptive field of padded sample t, tap-major:
     * col[(r − r0)·P + q]. With stride 1 a tap's row is H' runs of W' neighbouring cells.
     */
    void unroll(float[] xpad, int t, int r0, int count, float[] col, Kernels kernels) {
        int outH = out.height(), outW = out.width(), at = t * paddedSize();
        for (int r = r0; r < r0 + count; r++) {
            int src = at + offset(r), dst = (r - r0) * pixels;
            if (stride == 1) {
                kernels.copyRows(xpad, src, wp, outH, outW, col, dst);
            } else {
                for (int oy = 0, q = dst; oy < outH; oy++) {
                    int row = src + oy * stride * wp;
                    for (int ox = 0; ox < outW; ox++, q++) {
                        col[q] = xpad[row + ox * stride];
                    }
                }
            }
        }
    }

    /**
     * Taps r0 … r1 − 1 of padded sample t, pixel-major: colT[q·{@link #pixelRow()} + r − rStart],
     * whole runs of taps from rStart = r0 rounded down to a run; tap K (the bias) is 1. Returns rStart.
     */
    int unrollByPixel(float[] xpad, int t, int r0, int r1, float[] colT, Kernels kernels) {
        int first = r0 / run, last = (Math.min(r1, taps) + run - 1) / run, rStart = first * run;
        int row = pixelRow(), at = t * paddedSize(), outW = out.width();
        for (int oy = 0, q = 0; oy < out.height(); oy++) {
            for (int ox = 0; ox < outW; ox++, q++) {
                kernels.gatherRuns(xpad, at + oy * stride * wp + ox * stride, runOffsets, first, last - first, run, colT, q * row);
            }
        }
        if (r1 > taps) {
            for (int q = 0; q < pixels; q++) {
                colT[q * row + taps - rStart] = 1f;
            }
        }
        return rStart;
    }

    /**
     * The adjoint of {@link #unroll} (all taps) and {@link #pad}: adds each patch gradient
     * dcol[r·P + q] back to its cell of dxpad, tap after tap, then drops the border into
     * sample t of dx.
     */
    void fold(float[] dcol, float[] dxpad, float[] dx, int t, Kernels kernels) {
        int h = in.height(), w = in.width(), outH = out.height(), outW = out.width();
        java.util.Arrays.fill(dxpad, 0, in.channels() * plane, 0f);
        for (int r = 0; r < taps; r++) {
            int dst = offset(r);
            if (stride == 1) {
                kernels.addRows(dcol, r * pixels, outH, outW, dxpad, dst, wp);
            } else {
                for (int oy = 0, q = r * pixels; oy < outH; oy++) {
                    int row = dst + oy * stride * wp;
                    for (int ox = 0; ox < outW; ox++, q++) {
                        dxpad[row + ox * stride] += dcol[q];
                    }
                }
            }
        }
        int at = t * in.size();
        for (int c = 0; c < in.channels(); c++) {
            for (int iy = 0; iy < h; iy++) {
                System.arraycopy(dxpad, c * plane + (iy + pad) * wp + pad, dx, at + (c * h + iy) * w, w);
            }
        }
    }
}
