package org.receptive.stepper;

/**
 * One step of gradient descent on a convolution's kernels and biases,
 * W ← W − η·dL/dW and b ← b − η·dL/db, with the loss before and after: the whole of what training
 * does to a kernel, once. The input is not changed (its gradient is what the layer below would get).
 */
public record SgdStep(ConvolutionStepper before, ConvolutionStepper after, Gradients gradients, float learningRate,
                      float lossBefore, float lossAfter) {

    /** Takes one step of size {@code learningRate} down the gradient {@code upstream} gives for {@code before}. */
    public static SgdStep take(ConvolutionStepper before, Upstream upstream, float learningRate) {
        if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
        }
        float lossBefore = upstream.loss(before);
        Gradients g = new BackwardStepper(before, upstream.gradient(before)).gradients();
        float[][][][] w = before.kernels();
        float[] b = before.bias();
        for (int n = 0; n < w.length; n++) {
            for (int c = 0; c < w[n].length; c++) {
                for (int y = 0; y < w[n][c].length; y++) {
                    for (int x = 0; x < w[n][c][y].length; x++) {
                        w[n][c][y][x] -= learningRate * g.weights()[n][c][y][x];
                    }
                }
            }
            b[n] -= learningRate * g.bias()[n];
        }
        ConvolutionStepper after = new ConvolutionStepper(before.setup(), before.inputArray(), w, b);
        return new SgdStep(before, after, g, learningRate, lossBefore, upstream.loss(after));
    }
}
