package org.receptive.stepper;

import java.util.ArrayList;
import java.util.List;
import org.receptive.engine.OutputSize;

/**
 * The settings of a convolution a student can step through: input channels and size, number of
 * kernels and their size, padding, stride, dilation, activation and mode. {@link #problems()}
 * explains in plain words any combination that cannot work, so a view never sees an exception.
 */
public record Setup(int channels, int height, int width, int kernels, int kernelSize,
                    int padding, int stride, int dilation, Activation activation, Mode mode) {

    /** A 7×7 single-channel input with one 3×3 kernel, stride 1, no padding. */
    public static final Setup DEFAULT = new Setup(1, 7, 7, 1, 3, 0, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);

    /** Every reason these settings cannot be stepped through; empty when they can. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        range(p, "input channels", channels, 1, 3);
        range(p, "input height", height, 3, 28);
        range(p, "input width", width, 3, 28);
        range(p, "kernels", kernels, 1, 4);
        range(p, "kernel size", kernelSize, 1, 7);
        range(p, "padding", padding, 0, 3);
        range(p, "stride", stride, 1, 4);
        range(p, "dilation", dilation, 1, 3);
        int paddedH = height + 2 * padding, paddedW = width + 2 * padding;
        if (p.isEmpty() && (span() > paddedH || span() > paddedW)) {
            p.add("the " + (dilation > 1 ? "dilated " : "") + "kernel (" + span() + "×" + span()
                    + ") is larger than the padded input (" + paddedH + "×" + paddedW + ")");
        }
        return p;
    }

    public boolean valid() {
        return problems().isEmpty();
    }

    /** o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 for the rows. */
    public int outputHeight() {
        return OutputSize.of(height, kernelSize, padding, stride, dilation, "height");
    }

    public int outputWidth() {
        return OutputSize.of(width, kernelSize, padding, stride, dilation, "width");
    }

    /** The side of the kernel's footprint on the input, d(k−1)+1. */
    public int span() {
        return dilation * (kernelSize - 1) + 1;
    }

    /** The formula with the current numbers, e.g. "o = ⌊(7 + 2·1 − 1·(3−1) − 1) / 2⌋ + 1 = 4". */
    public String formula(boolean rows) {
        int i = rows ? height : width;
        String head = String.format("%s = ⌊(%d + 2·%d − %d·(%d−1) − 1) / %d⌋ + 1", rows ? "output height" : "output width",
                i, padding, dilation, kernelSize, stride);
        String p = OutputSize.problem(i, kernelSize, padding, stride, dilation);
        return p != null ? head + ": impossible" : head + " = " + (rows ? outputHeight() : outputWidth());
    }

    private static void range(List<String> p, String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            p.add(name + " must be " + lo + " to " + hi + ", not " + v);
        }
    }

    public Setup withPadding(int p) {
        return new Setup(channels, height, width, kernels, kernelSize, p, stride, dilation, activation, mode);
    }
    public Setup withStride(int s) {
        return new Setup(channels, height, width, kernels, kernelSize, padding, s, dilation, activation, mode);
    }
    public Setup withDilation(int d) {
        return new Setup(channels, height, width, kernels, kernelSize, padding, stride, d, activation, mode);
    }
    public Setup withKernelSize(int k) {
        return new Setup(channels, height, width, kernels, k, padding, stride, dilation, activation, mode);
    }
    public Setup withInput(int c, int h, int w) {
        return new Setup(c, h, w, kernels, kernelSize, padding, stride, dilation, activation, mode);
    }
    public Setup withKernels(int n) {
        return new Setup(channels, height, width, n, kernelSize, padding, stride, dilation, activation, mode);
    }
    public Setup withActivation(Activation a) {
        return new Setup(channels, height, width, kernels, kernelSize, padding, stride, dilation, a, mode);
    }
    public Setup withMode(Mode m) {
        return new Setup(channels, height, width, kernels, kernelSize, padding, stride, dilation, activation, m);
    }

    /** Padding that keeps the output the input's size at stride 1 ("same"), when one exists. */
    public int samePadding() {
        return (span() - 1) / 2;
    }
}
