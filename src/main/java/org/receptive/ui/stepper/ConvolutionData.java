package org.receptive.ui.stepper;

import java.util.Arrays;
import org.receptive.stepper.Grids;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Setup;

/**
 * The numbers a student steps through: input (C, H, W), kernels (N, C, k, k) and biases (N), and
 * where each input channel and kernel slice came from, so a new size can remake it (a digit is
 * resampled, a preset rebuilt at the new kernel size) rather than cropped. A hand-edited channel
 * or slice has no source and is cropped or zero-padded around its centre instead.
 * Never changed after it is made: every edit returns a new copy, which makes undo a stack of these.
 */
final class ConvolutionData {

    /** Remakes one input channel at a new size. */
    @FunctionalInterface
    interface Picture {
        float[][] make(int height, int width);
    }

    /** Remakes one kernel slice at a new size. */
    @FunctionalInterface
    interface Weights {
        float[][] make(int k);
    }

    /** The kernels a new kernel starts as, in order: a student sees several different ones. */
    private static final KernelPreset[] FIRST_KERNELS = {
        KernelPreset.SOBEL_X, KernelPreset.SOBEL_Y, KernelPreset.LAPLACIAN, KernelPreset.BOX_BLUR};

    private final float[][][] input;      // (C, H, W)
    private final float[][][][] kernels;  // (N, C, k, k)
    private final float[] bias;           // (N)
    private final Picture[] pictures;     // (C), null = edited by hand
    private final Weights[][] weights;    // (N, C), null = edited by hand

    private ConvolutionData(float[][][] input, float[][][][] kernels, float[] bias, Picture[] pictures, Weights[][] weights) {
        this.input = input;
        this.kernels = kernels;
        this.bias = bias;
        this.pictures = pictures;
        this.weights = weights;
    }

    /** A vertical bar (the next patterns in further channels) under Sobel x (then Sobel y, …). */
    static ConvolutionData initial(Setup s) {
        return new ConvolutionData(new float[0][][], new float[0][][][], new float[0], new Picture[0], new Weights[0][]).fitTo(s);
    }

    static Picture defaultPicture(int channel) {
        InputPattern p = InputPattern.values()[channel % InputPattern.values().length];
        return p::make;
    }

    static Weights defaultWeights(int kernel) {
        return FIRST_KERNELS[kernel % FIRST_KERNELS.length]::values;
    }

    /** This data in the shapes of {@code s}: sourced parts remade, edited parts cropped or padded. */
    ConvolutionData fitTo(Setup s) {
        int c = s.channels(), h = s.height(), w = s.width(), n = s.kernels(), k = s.kernelSize();
        float[][][] in = new float[c][][];
        Picture[] pics = new Picture[c];
        for (int ch = 0; ch < c; ch++) {
            boolean had = ch < input.length;
            pics[ch] = had ? pictures[ch] : defaultPicture(ch);
            in[ch] = pics[ch] != null ? pics[ch].make(h, w) : fit(input[ch], h, w);
        }
        float[][][][] ker = new float[n][c][][];
        Weights[][] ws = new Weights[n][c];
        float[] b = Arrays.copyOf(bias, n);
        for (int i = 0; i < n; i++) {
            for (int ch = 0; ch < c; ch++) {
                boolean had = i < kernels.length && ch < kernels[i].length;
                ws[i][ch] = had ? weights[i][ch] : (i < kernels.length ? weights[i][0] : defaultWeights(i));
                if (ws[i][ch] != null) {
                    ker[i][ch] = ws[i][ch].make(k);
                } else {
                    ker[i][ch] = fit(had ? kernels[i][ch] : kernels[i][0], k, k);
                }
            }
        }
        return new ConvolutionData(in, ker, b, pics, ws);
    }

    /** Whether {@code s} has the shapes of this data (same channels, size, kernels, kernel size). */
    boolean fits(Setup s) {
        return input.length == s.channels() && input[0].length == s.height() && input[0][0].length == s.width()
                && kernels.length == s.kernels() && kernels[0][0].length == s.kernelSize();
    }

    float[][][] input() {
        return input;
    }

    float[][][][] kernels() {
        return kernels;
    }

    float[] bias() {
        return bias;
    }

    ConvolutionData withInputCell(int channel, int row, int col, float v) {
        float[][][] in = Grids.copy(input);
        in[channel][row][col] = v;
        return withChannel(in, channel, null);
    }

    /** Channel {@code channel} replaced by what {@code picture} makes (null: all zeros, kept as hand-made). */
    ConvolutionData withPicture(int channel, Picture picture) {
        float[][][] in = Grids.copy(input);
        int h = input[0].length, w = input[0][0].length;
        in[channel] = picture == null ? new float[h][w] : picture.make(h, w);
        return withChannel(in, channel, picture);
    }

    private ConvolutionData withChannel(float[][][] in, int channel, Picture source) {
        Picture[] pics = pictures.clone();
        pics[channel] = source;
        return new ConvolutionData(in, kernels, bias, pics, weights);
    }

    ConvolutionData withKernelCell(int kernel, int channel, int ky, int kx, float v) {
        float[][][][] ker = Grids.copy(kernels);
        ker[kernel][channel][ky][kx] = v;
        return withSlice(ker, kernel, channel, null);
    }

    ConvolutionData withWeights(int kernel, int channel, Weights source) {
        float[][][][] ker = Grids.copy(kernels);
        ker[kernel][channel] = source.make(kernels[0][0].length);
        return withSlice(ker, kernel, channel, source);
    }

    private ConvolutionData withSlice(float[][][][] ker, int kernel, int channel, Weights source) {
        Weights[][] ws = new Weights[weights.length][];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = weights[i].clone();
        }
        ws[kernel][channel] = source;
        return new ConvolutionData(input, ker, bias, pictures, ws);
    }

    /** Every kernel and bias replaced (copied), as edited by hand: no source to remake them from. */
    ConvolutionData withKernels(float[][][][] k, float[] b) {
        if (k.length != kernels.length || b.length != bias.length) {
            throw new IllegalArgumentException("expected " + kernels.length + " kernels and biases");
        }
        Weights[][] ws = new Weights[weights.length][];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = new Weights[weights[i].length];
        }
        return new ConvolutionData(input, Grids.copy(k), b.clone(), pictures, ws);
    }

    /** Every input channel replaced (copied), as edited by hand. */
    ConvolutionData withInput(float[][][] in) {
        if (in.length != input.length) {
            throw new IllegalArgumentException("expected " + input.length + " channels");
        }
        return new ConvolutionData(Grids.copy(in), kernels, bias, new Picture[pictures.length], weights);
    }

    /** The kernels (from 0) with a learned kernel in a slice: shown smaller, only their middle is used. */
    java.util.List<Integer> learnedKernels() {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int n = 0; n < weights.length; n++) {
            for (Weights w : weights[n]) {
                if (w instanceof InputSources.Learned) {
                    out.add(n);
                    break;
                }
            }
        }
        return out;
    }

    ConvolutionData withBias(int kernel, float v) {
        float[] b = bias.clone();
        b[kernel] = v;
        return new ConvolutionData(input, kernels, b, pictures, weights);
    }

    /** The centre of {@code g} at h×w: cropped where it is larger, zero-padded where smaller. */
    static float[][] fit(float[][] g, int h, int w) {
        float[][] out = new float[h][w];
        int gh = g.length, gw = gh == 0 ? 0 : g[0].length;
        int dy = (gh - h) / 2, dx = (gw - w) / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sy = y + dy, sx = x + dx;
                if (sy >= 0 && sy < gh && sx >= 0 && sx < gw) {
                    out[y][x] = g[sy][sx];
                }
            }
        }
        return out;
    }
}
