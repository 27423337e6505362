package org.receptive.stepper;

/**
 * L = Σ y, the sum of every output cell, so dL/dY = 1 everywhere: the simplest gradient, where
 * dL/dW adds up the input under every position and dL/dX shows how often each input cell is read,
 * weighted by the kernel.
 */
public record OutputSum() implements Upstream {

    @Override
    public float loss(ConvolutionStepper forward) {
        double sum = 0;
        for (float[][] map : forward.output()) {
            for (float[] row : map) {
                for (float v : row) {
                    sum += v;
                }
            }
        }
        return (float) sum;
    }

    @Override
    public float[][][] gradient(ConvolutionStepper forward) {
        float[][][] g = new float[forward.setup().kernels()][forward.outputHeight()][forward.outputWidth()];
        for (float[][] map : g) {
            for (float[] row : map) {
                java.util.Arrays.fill(row, 1f);
            }
        }
        return g;
    }

    @Override
    public String describe() {
        return "L = Σy (all ones: dL/dY = 1 in every output cell)";
    }
}
