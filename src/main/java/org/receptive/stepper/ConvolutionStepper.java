package org.receptive.stepper;

import java.util.ArrayList;
import java.util.List;

/**
 * The sliding-window model of a convolution, one output cell at a time, in the order a teacher
 * draws it: kernel by kernel, row by row, column by column. It knows every position, the input
 * cells under the kernel (padding marked), each product, the per-channel partial sums, the bias,
 * the total and the activation, and which outputs use a given input cell.
 *
 * <pre>
 *   out[n, oy, ox] = act( b[n] + Σ_c Σ_ky Σ_kx  w[n, c, ky', kx'] · in[c, oy·s − p + ky·d, ox·s − p + kx·d] )
 * </pre>
 * with (ky', kx') = (ky, kx) for cross-correlation and (k−1−ky, k−1−kx) for true convolution.
 */
public final class ConvolutionStepper {

    private final Setup setup;
    private final float[][][] input;     // (C, H, W)
    private final float[][][][] kernels; // (N, C, k, k)
    private final float[] bias;          // (N)
    private final int outH, outW;

    /** Arrays are copied, so later edits to them do not change this stepper. */
    public ConvolutionStepper(Setup setup, float[][][] input, float[][][][] kernels, float[] bias) {
        List<String> problems = setup.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.setup = setup;
        this.input = copy3(input, setup.channels(), setup.height(), setup.width(), "input");
        this.kernels = new float[setup.kernels()][][][];
        if (kernels.length != setup.kernels() || bias.length != setup.kernels()) {
            throw new IllegalArgumentException("expected " + setup.kernels() + " kernels and biases");
        }
        for (int n = 0; n < setup.kernels(); n++) {
            this.kernels[n] = copy3(kernels[n], setup.channels(), setup.kernelSize(), setup.kernelSize(), "kernel " + (n + 1));
        }
        this.bias = bias.clone();
        this.outH = setup.outputHeight();
        this.outW = setup.outputWidth();
    }

    public Setup setup() {
        return setup;
    }

    public int outputHeight() {
        return outH;
    }

    public int outputWidth() {
        return outW;
    }

    /** Number of positions: one per output cell of every kernel. */
    public int positions() {
        return setup.kernels() * outH * outW;
    }

    /** Position of output cell (row, col) of kernel n. */
    public int indexOf(int kernel, int row, int col) {
        return (kernel * outH + row) * outW + col;
    }

    /** The arithmetic of position {@code index}. */
    public Step step(int index) {
        if (index < 0 || index >= positions()) {
            throw new IndexOutOfBoundsException("position " + index + " of " + positions());
        }
        int n = index / (outH * outW), oy = index / outW % outH, ox = index % outW;
        int k = setup.kernelSize(), s = setup.stride(), p = setup.padding(), d = setup.dilation();
        boolean flip = setup.mode() == Mode.CONVOLUTION;
        List<Term> terms = new ArrayList<>(setup.channels() * k * k);
        float[] channelSums = new float[setup.channels()];
        float sum = 0;
        for (int c = 0; c < setup.channels(); c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int y = oy * s - p + ky * d, x = ox * s - p + kx * d;
                    boolean pad = y < 0 || y >= setup.height() || x < 0 || x >= setup.width();
                    float a = pad ? 0f : input[c][y][x];
                    int wy = flip ? k - 1 - ky : ky, wx = flip ? k - 1 - kx : kx;
                    Term t = new Term(c, y, x, ky, kx, wy, wx, pad, a, kernels[n][c][wy][wx]);
                    terms.add(t);
                    channelSums[c] += t.product();
                }
            }
            sum += channelSums[c];
        }
        float total = sum + bias[n];
        return new Step(index, n, oy, ox, List.copyOf(terms), channelSums, sum, bias[n], total,
                setup.activation().apply(total));
    }

    /** The output after positions 0..count−1 are done; cells not yet reached are NaN. */
    public float[][][] outputAfter(int count) {
        float[][][] out = new float[setup.kernels()][outH][outW];
        int done = Math.max(0, Math.min(count, positions()));
        for (int i = 0; i < positions(); i++) {
            int n = i / (outH * outW), oy = i / outW % outH, ox = i % outW;
            out[n][oy][ox] = i < done ? setup.activation().apply(total(n, oy, ox)) : Float.NaN;
        }
        return out;
    }

    /** The finished output, (kernels, outH, outW). */
    public float[][][] output() {
        return outputAfter(positions());
    }

    /**
     * The sum before the activation at output cell (oy, ox) of kernel n: the same arithmetic as
     * {@link #step}, as plain loops without a {@link Term} per product, because whole outputs are
     * needed at every update of the learning lab (tests hold the two to the same numbers).
     */
    float total(int n, int oy, int ox) {
        int k = setup.kernelSize(), s = setup.stride(), p = setup.padding(), d = setup.dilation();
        boolean flip = setup.mode() == Mode.CONVOLUTION;
        float sum = 0;
        for (int c = 0; c < setup.channels(); c++) {
            float channelSum = 0;
            for (int ky = 0; ky < k; ky++) {
                int y = oy * s - p + ky * d;
                if (y < 0 || y >= setup.height()) {
                    continue;
                }
                for (int kx = 0; kx < k; kx++) {
                    int x = ox * s - p + kx * d;
                    if (x >= 0 && x < setup.width()) {
                        channelSum += input[c][y][x] * (flip ? kernels[n][c][k - 1 - ky][k - 1 - kx] : kernels[n][c][ky][kx]);
                    }
                }
            }
            sum += channelSum;
        }
        return sum + bias[n];
    }

    /** Whether any position's window reads input cell (row, col): at a large stride some never are. */
    public boolean[][] cellsRead() {
        boolean[][] read = new boolean[setup.height()][setup.width()];
        int k = setup.kernelSize(), s = setup.stride(), p = setup.padding(), d = setup.dilation();
        for (int oy = 0; oy < outH; oy++) {
            for (int ky = 0; ky < k; ky++) {
                int y = oy * s - p + ky * d;
                for (int ox = 0; ox < outW && y >= 0 && y < setup.height(); ox++) {
                    for (int kx = 0; kx < k; kx++) {
                        int x = ox * s - p + kx * d;
                        if (x >= 0 && x < setup.width()) {
                            read[y][x] = true;
                        }
                    }
                }
            }
        }
        return read;
    }

    /** A copy of the input, (C, H, W). */
    public float[][][] input() {
        return Grids.copy(input);
    }

    /** A copy of the kernels, (N, C, k, k). */
    public float[][][][] kernels() {
        return Grids.copy(kernels);
    }

    /** A copy of the biases, (N). */
    public float[] bias() {
        return bias.clone();
    }

    /** The stored input (not copied), for the backward pass in this package. */
    float[][][] inputArray() {
        return input;
    }

    /** The stored kernels (not copied), for the backward pass in this package. */
    float[][][][] kernelArray() {
        return kernels;
    }

    /** Positions whose window reads input cell (row, col) of any channel, in order. */
    public List<Integer> positionsReading(int row, int col) {
        List<Integer> found = new ArrayList<>();
        int k = setup.kernelSize(), s = setup.stride(), p = setup.padding(), d = setup.dilation();
        for (int n = 0; n < setup.kernels(); n++) {
            for (int oy = 0; oy < outH; oy++) {
                int ty = row - (oy * s - p);
                if (ty < 0 || ty % d != 0 || ty / d >= k) {
                    continue;
                }
                for (int ox = 0; ox < outW; ox++) {
                    int tx = col - (ox * s - p);
                    if (tx >= 0 && tx % d == 0 && tx / d < k) {
                        found.add(indexOf(n, oy, ox));
                    }
                }
            }
        }
        return found;
    }

    private static float[][][] copy3(float[][][] a, int c, int h, int w, String what) {
        if (a.length != c) {
            throw new IllegalArgumentException(what + " has " + a.length + " channels, expected " + c);
        }
        float[][][] out = new float[c][h][w];
        for (int i = 0; i < c; i++) {
            if (a[i].length != h) {
                throw new IllegalArgumentException(what + " has " + a[i].length + " rows, expected " + h);
            }
            for (int y = 0; y < h; y++) {
                if (a[i][y].length != w) {
                    throw new IllegalArgumentException(what + " has " + a[i][y].length + " columns, expected " + w);
                }
                out[i][y] = a[i][y].clone();
            }
        }
        return out;
    }
}
