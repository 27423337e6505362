package org.receptive.engine;

/**
 * The output-size formula of a convolution, o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1
 * (Dumoulin and Visin, "A guide to convolution arithmetic for deep learning", 2016),
 * with a plain-language reason when no output fits.
 */
public final class OutputSize {

    private OutputSize() {
    }

    /** Output length along one axis, or an exception whose message a student can read. */
    public static int of(int input, int kernel, int padding, int stride, int dilation, String axis) {
        String reason = problem(input, kernel, padding, stride, dilation);
        if (reason != null) {
            throw new IllegalArgumentException(reason + " (" + axis + ")");
        }
        return (input + 2 * padding - dilation * (kernel - 1) - 1) / stride + 1;
    }

    /** Null when the combination works, else why it does not. */
    public static String problem(int input, int kernel, int padding, int stride, int dilation) {
        int span = dilation * (kernel - 1) + 1;
        int padded = input + 2 * padding;
        if (span > padded) {
            return "the " + (dilation > 1 ? "dilated " : "") + "kernel (" + span + "×" + span
                    + ") is larger than the padded input (" + padded + ")";
        }
        return null;
    }
}
