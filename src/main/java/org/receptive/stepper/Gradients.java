package org.receptive.stepper;

/**
 * The gradients of the loss with respect to a convolution's kernels (N, C, k, k), biases (N) and
 * input (C, H, W), complete or as far as a backward sweep has added them up.
 */
public record Gradients(float[][][][] weights, float[] bias, float[][][] input) {

    static Gradients zeros(Setup s) {
        return new Gradients(new float[s.kernels()][s.channels()][s.kernelSize()][s.kernelSize()], new float[s.kernels()],
                new float[s.channels()][s.height()][s.width()]);
    }
}
