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
 * <p>The input patches of a sample are unrolled into a matrix ({@code im2col}, {@link Patches}) so
 * the sum becomes one matrix product, {@code Y (O×P) = W (O×K) · col (K×P)} with K = C·k·k and
 * P = output pixels; backward is two more products, for the weight gradient and the patch
 * gradient. Each output is a chain of fused multiply-adds over the taps in order, starting from
 * the bias ({@link Kernels}); each weight's gradient a chain over the samples and their pixels
 * in order.
 */
public final class Conv2d implements Layer {

    private final Shape in;
    private final Shape out;
    private final LayerSpec.Conv spec;
    private final int k;
    private final int kk;      // K = inChannels · k · k, the length of one unrolled patch
    private final int pixels;  // P = outHeight · outWidth
    private final int columns; // filters, at least Kernels.SLACK: the width of dyT and dwT
    private final Patches patches;
    /**
     * Whether the weight gradient runs its vectors along the taps (pixel-major patches) rather
     * than the filters (the output gradient transposed). Measured per image on one core: the
     * first layers' 25 taps against 8–16 filters, 11 µs against 15 (lenet-small) and 15 against
     * 19 (default), where transposing the output gradient of 784 pixels cost 4–8 µs alone; a
     * second layer's 200–400 taps against 16–32 filters, 21 µs against 18 and 64 against 59.
     */
    private final boolean alongTaps;

    private float[] p;         // bound parameters: w (O, C, k, k) then b (O)
    private int wOff, bOff;

    Conv2d(Shape in, LayerSpec.Conv spec) {
        this.in = in;
        this.spec = spec;
        this.k = spec.kernel();
        int outH = OutputSize.of(in.height(), k, spec.padding(), spec.stride(), spec.dilation(), "height");
        int outW = OutputSize.of(in.width(), k, spec.padding(), spec.stride(), spec.dilation(), "width");
        this.out = new Shape(spec.filters(), outH, outW);
        this.kk = in.channels() * k * k;
        this.pixels = outH * outW;
        this.columns = Math.max(spec.filters(), Kernels.SLACK);
        this.patches = new Patches(in, out, k, spec.stride(), spec.padding(), spec.dilation());
        this.alongTaps = kk < 4 * spec.filters();
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
     * border (forward writes it, the weight gradient reads it again), and, when the weight
     * gradient runs along the filters, dyT, each sample's output gradient transposed (pixels ×
     * filters, at least {@link Kernels#SLACK} columns so few filters still fill a vector).
     * A thread's own part: col, the unrolled patches tap-major (K × P, and a row of ones whose
     * product with the output gradient is the bias gradient), or colT, pixel-major; dw, the weight
     * gradient of a block of rows (filters × taps, or taps × filters when along the filters);
     * dcol and dxpad, the gradients of col and of the padded input.
     */
    private record Buffers(Kernels kernels, float[] xpad, float[] dyT, float[] col, float[] colT, float[] dw,
                           float[] dcol, float[] dxpad) implements Scratch {
        @Override
        public Scratch sibling() {
            return new Buffers(kernels, xpad, dyT, new float[col.length], new float[colT.length], new float[dw.length],
                    new float[dcol.length], new float[dxpad.length]);
        }
    }

    @Override
    public Scratch newScratch(int capacity, Kernels kernels) {
        return new Buffers(kernels, new float[capacity * patches.paddedSize()],
                new float[alongTaps ? 0 : capacity * pixels * columns],
                new float[(kk + 1) * pixels + Kernels.SLACK],
                new float[alongTaps ? pixels * patches.pixelRow() : 0],
                new float[(kk + 1) * (alongTaps ? out.channels() : columns)],
                new float[kk * pixels + Kernels.SLACK], new float[patches.paddedSize()]);
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
    public void forward(float[] x, float[] y, int from, int n, Scratch scratch) {
        Buffers s = (Buffers) scratch;
        int filters = out.channels();
        for (int t = from; t < from + n; t++) {
            patches.pad(x, t, s.xpad());
            patches.unroll(s.xpad(), t, 0, kk, s.col(), s.kernels());
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
        float[] dyT = s.dyT(), dcol = s.dcol();
        for (int t = from; t < from + n; t++) {
            int yt = t * out.size();
            if (!alongTaps) {
                for (int o = 0, at = t * pixels * columns; o < filters; o++) {
                    for (int q = 0; q < pixels; q++) {
                        dyT[at + q * columns + o] = dy[yt + o * pixels + q];
                    }
                }
            }
            if (dx != null) {
                // dcol (K × P) = Wᵀ (K × O) · dY (O × P); then every patch gradient goes back to its cell
                java.util.Arrays.fill(dcol, 0, kk * pixels, 0f);
                s.kernels().multiply(kk, pixels, filters, p, wOff, 1, kk, dy, yt, pixels, dcol, 0, pixels, false);
                patches.fold(dcol, s.dxpad(), dx, t, s.kernels());
            }
        }
    }

    /** Row r &lt; K: the weights of kernel tap r in every filter; row K: the biases. */
    @Override public int gradientRows() { return kk + 1; }
    @Override public long gradientRowCost() { return (long) (alongTaps ? out.channels() : columns) * pixels; }
    /** Along the taps, three vectors of them: the product's widest block; else four rows, its row block. */
    @Override public int gradientRowGrain() { return alongTaps ? 48 : 4; }

    /**
     * Each parameter's gradient is a chain of multiply-adds over the samples in order and their
     * pixels in order, {@code dw[o][r] ← fma(col[r][q], dy[o][q], dw[o][r])} (for the bias col = 1),
     * computed either as {@code dW (O × taps) += dY (O × P) · colT (P × taps)}, the vectors along
     * the taps, or as {@code dWᵀ (taps × O) += col (taps × P) · dYᵀ (P × O)}, along the filters:
     * the same products in the same order.
     */
    @Override
    public void addGradient(float[] x, float[] dy, int from, int n, int r0, int r1, float[] grads, Scratch scratch) {
        if (r1 <= r0 || n <= 0) {
            return;
        }
        Buffers s = (Buffers) scratch;
        int filters = out.channels(), width = r1 - r0;
        float[] dw = s.dw();
        // dw[o][r] lies at (r − r0)·columns + o along the filters, o·width + r − r0 along the taps
        int perTap = alongTaps ? 1 : columns, perFilter = alongTaps ? width : 1;
        for (int o = 0; o < filters; o++) {
            for (int r = r0; r < r1; r++) {
                dw[(r - r0) * perTap + o * perFilter] = r < kk ? grads[wOff + o * kk + r] : grads[bOff + o];
            }
        }
        for (int t = from; t < from + n; t++) {
            if (alongTaps) {
                int rStart = patches.unrollByPixel(s.xpad(), t, r0, r1, s.colT(), s.kernels());
                s.kernels().multiply(filters, width, pixels, dy, t * out.size(), pixels, 1, s.colT(), r0 - rStart,
                        patches.pixelRow(), dw, 0, width, true);
            } else {
                int taps = Math.min(r1, kk) - Math.min(r0, kk);
                patches.unroll(s.xpad(), t, Math.min(r0, kk), taps, s.col(), s.kernels());
                if (r1 > kk) {
                    java.util.Arrays.fill(s.col(), taps * pixels, (taps + 1) * pixels, 1f);
                }
                s.kernels().multiply(width, columns, pixels, s.col(), 0, pixels, 1, s.dyT(), t * pixels * columns, columns,
                        dw, 0, columns, true);
            }
        }
        for (int o = 0; o < filters; o++) {
            for (int r = r0; r < r1; r++) {
                float g = dw[(r - r0) * perTap + o * perFilter];
                if (r < kk) {
                    grads[wOff + o * kk + r] = g;
                } else {
                    grads[bOff + o] = g;
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
