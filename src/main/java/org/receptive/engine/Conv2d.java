package org.receptive.engine;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

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
     * One sample's working memory. xpad is the input with its zero border; col the unrolled
     * patches, one row per kernel tap (K × P), plus a row of ones whose product with the output
     * gradient is the bias gradient; dyT and dwT the output gradient and the weight gradient
     * transposed (pixels × filters, taps × filters), with at least {@link Kernels#SLACK} columns so
     * a layer of few filters still fills a vector; dcol and dxpad the gradients of col and xpad.
     */
    private record Buffers(Kernels kernels, float[] xpad, float[] col, float[] dyT, float[] dwT, float[] dcol, float[] dxpad)
            implements Scratch { }

    @Override
    public Scratch newScratch(int capacity, Kernels kernels) {
        int planes = in.channels() * hp * wp;
        return new Buffers(kernels, new float[planes + Kernels.SLACK], new float[(kk + 1) * pixels + Kernels.SLACK],
                new float[pixels * columns], new float[(kk + 1) * columns], new float[kk * pixels + Kernels.SLACK],
                new float[planes + Kernels.SLACK]);
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
    public void forward(float[] x, float[] y, int n, Scratch scratch) {
        Buffers s = (Buffers) scratch;
        int filters = out.channels();
        for (int t = 0; t < n; t++) {
            im2col(x, t * in.size(), s);
            int yt = t * out.size();
            for (int o = 0; o < filters; o++) {
                java.util.Arrays.fill(y, yt + o * pixels, yt + (o + 1) * pixels, p[bOff + o]);
            }
            // Y (O × P) = b + W (O × K) · col (K × P)
            s.kernels().multiply(filters, pixels, kk, p, wOff, kk, 1, s.col(), 0, pixels, y, yt, pixels, false);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, float[] grads, int n, Scratch scratch) {
        Buffers s = (Buffers) scratch;
        int filters = out.channels();
        float[] col = s.col(), dyT = s.dyT(), dwT = s.dwT();
        for (int o = 0; o < filters; o++) {
            for (int r = 0; r < kk; r++) {
                dwT[r * columns + o] = grads[wOff + o * kk + r];
            }
            dwT[kk * columns + o] = grads[bOff + o];
        }
        for (int t = 0; t < n; t++) {
            int yt = t * out.size();
            im2col(x, t * in.size(), s);
            java.util.Arrays.fill(col, kk * pixels, (kk + 1) * pixels, 1f);
            for (int o = 0; o < filters; o++) {
                for (int q = 0; q < pixels; q++) {
                    dyT[q * columns + o] = dy[yt + o * pixels + q];
                }
            }
            // [dWᵀ; dbᵀ] ((K+1) × O) += [col; 1] ((K+1) × P) · dYᵀ (P × O): zero patch values are skipped
            s.kernels().multiply(kk + 1, columns, pixels, col, 0, pixels, 1, dyT, 0, columns, dwT, 0, columns, true);
            if (dx != null) {
                // dcol (K × P) = Wᵀ (K × O) · dY (O × P); then every patch gradient goes back to its cell
                float[] dcol = s.dcol();
                java.util.Arrays.fill(dcol, 0, kk * pixels, 0f);
                s.kernels().multiply(kk, pixels, filters, p, wOff, 1, kk, dy, yt, pixels, dcol, 0, pixels, false);
                col2im(s, dx, t * in.size());
            }
        }
        for (int o = 0; o < filters; o++) {
            for (int r = 0; r < kk; r++) {
                grads[wOff + o * kk + r] = dwT[r * columns + o];
            }
            grads[bOff + o] = dwT[kk * columns + o];
        }
    }

    /**
     * Unrolls every receptive field of sample x[at …] into rows: col[(c·k + ky)·k + kx][oy·W' + ox],
     * through a copy with a zero border so no tap needs a bounds test. With stride 1 a tap's row
     * is H' runs of W' contiguous cells.
     */
    private void im2col(float[] x, int at, Buffers s) {
        float[] xpad = s.xpad(), col = s.col();
        int h = in.height(), w = in.width(), outH = out.height(), outW = out.width(), plane = hp * wp;
        for (int c = 0; c < in.channels(); c++) {
            for (int iy = 0; iy < h; iy++) {
                System.arraycopy(x, at + (c * h + iy) * w, xpad, c * plane + (iy + pad) * wp + pad, w);
            }
        }
        int r = 0;
        for (int c = 0; c < in.channels(); c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, r++) {
                    int src = c * plane + ky * dil * wp + kx * dil;
                    if (stride == 1) {
                        s.kernels().copyRows(xpad, src, wp, outH, outW, col, r * pixels);
                    } else {
                        for (int oy = 0, q = r * pixels; oy < outH; oy++) {
                            int row = src + oy * stride * wp;
                            for (int ox = 0; ox < outW; ox++, q++) {
                                col[q] = xpad[row + ox * stride];
                            }
                        }
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

    // ---- Kernels one at a time, for the views and lessons: the (O, C, k, k) layout stays in here. The side
    // of every (square) kernel; filters, one output map each; input channels, one kernel each per filter. ----
    public int size() { return k; }
    public int filters() { return out.channels(); }
    public int channels() { return in.channels(); }

    /** A copy of the kernel filter {@code filter} lays over input channel {@code channel}, as rows: {@code [ky][kx]}. */
    public float[][] kernel(int filter, int channel) {
        float[][] w = new float[k][k];
        for (int ky = 0; ky < k; ky++) {
            System.arraycopy(p, kernelAt(filter, channel) + ky * k, w[ky], 0, k);
        }
        return w;
    }

    /** Copies of every filter's kernel over input channel {@code channel}, filter by filter. */
    public List<float[][]> kernels(int channel) {
        return IntStream.range(0, filters()).mapToObj(f -> kernel(f, channel)).toList();
    }

    /** Overwrites that kernel (size×size values, as rows) in the bound parameters; the bias is left alone. */
    public void setKernel(int filter, int channel, float[][] values) {
        int at = kernelAt(filter, channel);
        for (int ky = 0; ky < k; ky++) {
            if (values.length != k || values[ky].length != k) {
                throw new IllegalArgumentException("a " + k + "×" + k + " kernel cannot take these " + values.length + " rows");
            }
            System.arraycopy(values[ky], 0, p, at + ky * k, k);
        }
    }

    private int kernelAt(int filter, int channel) {
        Objects.checkIndex(filter, out.channels());
        return wOff + (filter * in.channels() + Objects.checkIndex(channel, in.channels())) * k * k;
    }
}
