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
 * <p>The input patches of a sample are unrolled into a matrix ({@code im2col}) so the sum becomes
 * one matrix product, {@code Y (O×P) = W (O×K) · col (K×P)} with K = C·k·k and P = output pixels;
 * backward is two more products, for the weight gradient and the patch gradient. Each output is
 * a chain of fused multiply-adds over the taps in order, starting from the bias ({@link Kernels}).
 */
public final class Conv2d implements Layer {

    private final Shape in;
    private final Shape out;
    private final LayerSpec.Conv spec;
    private final int k, stride, pad, dil;
    private final int kk;      // K = inChannels · k · k, the length of one unrolled patch
    private final int pixels;  // P = outHeight · outWidth
    private final int hp, wp;  // input height and width with the zero border
    private final int columns; // filters, at least Kernels.SLACK: the width of dyT and dwT

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
        this.hp = in.height() + 2 * pad;
        this.wp = in.width() + 2 * pad;
        this.columns = Math.max(spec.filters(), Kernels.SLACK);
    }

    @Override public Shape inputShape() { return in; }
    @Override public Shape outputShape() { return out; }
    @Override public LayerSpec spec() { return spec; }
    @Override public int paramCount() { return out.channels() * kk + out.channels(); }
    /** Number of weights (the biases follow them in the parameters). */
    public int weightCount() { return out.channels() * kk; }
    @Override public long forwardFlops() { return 2L * out.channels() * kk * pixels; }

    /**
     * The samples' part, shared by the threads of a run: xpad, each sample's input with its zero
     * border (forward writes it, the weight gradient reads it again), and dyT, each sample's
     * output gradient transposed (pixels × filters, at least {@link Kernels#SLACK} columns so a
     * layer of few filters still fills a vector). A thread's own part: col, the unrolled patches,
     * one row per kernel tap (K × P), plus a row of ones whose product with the output gradient
     * is the bias gradient; dwT, the weight gradient transposed (taps × filters); dcol and dxpad,
     * the gradients of col and of the padded input.
     */
    private record Buffers(Kernels kernels, float[] xpad, float[] dyT, float[] col, float[] dwT, float[] dcol, float[] dxpad)
            implements Scratch {
        @Override
        public Scratch sibling() {
            return new Buffers(kernels, xpad, dyT, new float[col.length], new float[dwT.length], new float[dcol.length],
                    new float[dxpad.length]);
        }
    }

    /** Floats of one sample's padded input, with room for the row copies to read past it. */
    private int paddedSize() {
        return in.channels() * hp * wp + Kernels.SLACK;
    }

    @Override
    public Scratch newScratch(int capacity, Kernels kernels) {
        return new Buffers(kernels, new float[capacity * paddedSize()], new float[capacity * pixels * columns],
                new float[(kk + 1) * pixels + Kernels.SLACK], new float[(kk + 1) * columns],
                new float[kk * pixels + Kernels.SLACK], new float[paddedSize()]);
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
        return p[wOff + ((o * in.channels() + c) * k + ky) * k + kx];
    }

    public float bias(int o) {
        return p[bOff + o];
    }

    @Override
    public void forward(float[] x, float[] y, int from, int n, Scratch scratch) {
        Buffers s = (Buffers) scratch;
        int filters = out.channels();
        for (int t = from; t < from + n; t++) {
            pad(x, t, s);
            im2col(s.xpad(), t * paddedSize(), 0, kk, s.col(), s.kernels());
            int yt = t * out.size();
            for (int o = 0; o < filters; o++) {
                java.util.Arrays.fill(y, yt + o * pixels, yt + (o + 1) * pixels, p[bOff + o]);
            }
            // Y (O × P) = b + W (O × K) · col (K × P)
            s.kernels().multiply(filters, pixels, kk, p, wOff, kk, 1, s.col(), 0, pixels, y, yt, pixels, false);
        }
    }

    @Override
    public void backwardInput(float[] x, float[] y, float[] dy, float[] dx, int from, int n, Scratch scratch) {
        Buffers s = (Buffers) scratch;
        int filters = out.channels();
        float[] dyT = s.dyT();
        for (int t = from; t < from + n; t++) {
            int yt = t * out.size(), at = t * pixels * columns;
            for (int o = 0; o < filters; o++) {
                for (int q = 0; q < pixels; q++) {
                    dyT[at + q * columns + o] = dy[yt + o * pixels + q];
                }
            }
            if (dx != null) {
                // dcol (K × P) = Wᵀ (K × O) · dY (O × P); then every patch gradient goes back to its cell
                float[] dcol = s.dcol();
                java.util.Arrays.fill(dcol, 0, kk * pixels, 0f);
                s.kernels().multiply(kk, pixels, filters, p, wOff, 1, kk, dy, yt, pixels, dcol, 0, pixels, false);
                col2im(s, dx, t * in.size());
            }
        }
    }

    /** Row r &lt; K: the weights of kernel tap r in every filter; row K: the biases. */
    @Override public int gradientRows() { return kk + 1; }
    @Override public long gradientRowCost() { return (long) columns * pixels; }

    @Override
    public void addGradient(float[] x, float[] dy, int from, int n, int r0, int r1, float[] grads, Scratch scratch) {
        if (r1 <= r0 || n <= 0) {
            return;
        }
        Buffers s = (Buffers) scratch;
        int filters = out.channels(), taps = Math.min(r1, kk) - Math.min(r0, kk), rows = r1 - r0;
        float[] col = s.col(), dwT = s.dwT();
        for (int o = 0; o < filters; o++) {
            for (int r = r0; r < r1; r++) {
                dwT[r * columns + o] = r < kk ? grads[wOff + o * kk + r] : grads[bOff + o];
            }
        }
        for (int t = from; t < from + n; t++) {
            im2col(s.xpad(), t * paddedSize(), Math.min(r0, kk), taps, col, s.kernels());
            if (r1 > kk) {
                java.util.Arrays.fill(col, taps * pixels, (taps + 1) * pixels, 1f);
            }
            // [dWᵀ; dbᵀ] (rows × O) += [col; 1] (rows × P) · dYᵀ (P × O): zero patch values may be skipped
            s.kernels().multiply(rows, columns, pixels, col, 0, pixels, 1, s.dyT(), t * pixels * columns, columns,
                    dwT, r0 * columns, columns, true);
        }
        for (int o = 0; o < filters; o++) {
            for (int r = r0; r < r1; r++) {
                if (r < kk) {
                    grads[wOff + o * kk + r] = dwT[r * columns + o];
                } else {
                    grads[bOff + o] = dwT[r * columns + o];
                }
            }
        }
    }

    @Override
    public int[] gradientRanges(int r0, int r1) {
        int filters = out.channels(), a = Math.min(r0, kk), z = Math.min(r1, kk);
        int[] ranges = new int[(a < z ? 2 * filters : 0) + (r1 > kk ? 2 : 0)];
        int i = 0;
        for (int o = 0; a < z && o < filters; o++) {
            ranges[i++] = wOff + o * kk + a;
            ranges[i++] = wOff + o * kk + z;
        }
        if (r1 > kk) {
            ranges[i++] = bOff;
            ranges[i] = bOff + filters;
        }
        return ranges;
    }

    /** Sample t's input into its zero-bordered copy (the border is never written, so stays zero). */
    private void pad(float[] x, int t, Buffers s) {
        float[] xpad = s.xpad();
        int h = in.height(), w = in.width(), plane = hp * wp, at = t * in.size(), to = t * paddedSize();
        for (int c = 0; c < in.channels(); c++) {
            for (int iy = 0; iy < h; iy++) {
                System.arraycopy(x, at + (c * h + iy) * w, xpad, to + c * plane + (iy + pad) * wp + pad, w);
            }
        }
    }

    /**
     * Unrolls taps r0 … r0 + taps − 1 of every receptive field of the padded sample at
     * xpad[at …] into rows from col[0]: col[r − r0][oy·W' + ox] for tap r = (c·k + ky)·k + kx. With
     * stride 1 a tap's row is H' runs of W' contiguous cells.
     */
    private void im2col(float[] xpad, int at, int r0, int taps, float[] col, Kernels kernels) {
        int outH = out.height(), outW = out.width(), plane = hp * wp;
        for (int r = r0; r < r0 + taps; r++) {
            int c = r / (k * k), ky = r / k % k, kx = r % k;
            int src = at + c * plane + ky * dil * wp + kx * dil, dst = (r - r0) * pixels;
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

    /** The adjoint of im2col: adds each patch gradient back to its cell, then drops the border. */
    private void col2im(Buffers s, float[] dx, int at) {
        float[] dcol = s.dcol(), dxpad = s.dxpad();
        int h = in.height(), w = in.width(), outH = out.height(), outW = out.width(), plane = hp * wp;
        java.util.Arrays.fill(dxpad, 0, in.channels() * plane, 0f);
        int r = 0;
        for (int c = 0; c < in.channels(); c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, r++) {
                    int dst = c * plane + ky * dil * wp + kx * dil;
                    if (stride == 1) {
                        s.kernels().addRows(dcol, r * pixels, outH, outW, dxpad, dst, wp);
                    } else {
                        for (int oy = 0, q = r * pixels; oy < outH; oy++) {
                            int row = dst + oy * stride * wp;
                            for (int ox = 0; ox < outW; ox++, q++) {
                                dxpad[row + ox * stride] += dcol[q];
                            }
                        }
                    }
                }
            }
        }
        for (int c = 0; c < in.channels(); c++) {
            for (int iy = 0; iy < h; iy++) {
                System.arraycopy(dxpad, c * plane + (iy + pad) * wp + pad, dx, at + (c * h + iy) * w, w);
            }
        }
    }
}
