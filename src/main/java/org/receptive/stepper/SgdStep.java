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

    /**
     * A learning rate that cannot overshoot a squared-error target: the loss is a quadratic in each
     * kernel's weights and bias, and a rate at or below 1 / its largest curvature ({@link Curvature})
     * lowers the error along every direction without passing the lowest point. Rounded down to 1, 2
     * or 5 times a power of ten, to be typed and read. For a trained network's loss, a rate that
     * moves the kernels' largest weight by about a tenth of their largest weight (the default
     * model's first kernels are small, ±0.03, and the gradient there large: 0.01 overshot).
     * For the other losses, whose curvature this does not know, 0.01.
     */
    public static float suggestedRate(ConvolutionStepper st, Upstream upstream) {
        if (upstream instanceof NetworkLoss) {
            Gradients g = new BackwardStepper(st, upstream.gradient(st)).gradients();
            double w = largest(st.kernels()), d = largest(g.weights());
            return w > 0 && d > 0 && Double.isFinite(w / d) ? offered(roundedDown(0.1 * w / d)) : 0.01f;
        }
        if (!(upstream instanceof TargetLoss t)) {
            return 0.01f;
        }
        Setup s = st.setup();
        double largest = new Curvature(s.channels(), s.kernelSize(), true).add(st, t.scale()).largest();
        if (largest <= 0) {
            return 0.01f;
        }
        return offered(roundedDown(1 / largest));
    }

    /** The largest learning rate a student may type or be offered. */
    public static final float MAX_RATE = 100;

    /** A rate a step can take: above 0 and at most {@link #MAX_RATE} (false for NaN). */
    public static boolean usableRate(float rate) {
        return rate > 0 && rate <= MAX_RATE;
    }

    /**
     * A suggestion within what can be typed: a curvature near 0 (an input of tiny values) asks for
     * a rate beyond any float, which no field could show; {@link #MAX_RATE} is as good there.
     * Not a number (no curvature at all) falls back to 0.01.
     */
    public static float offered(double rate) {
        return rate > MAX_RATE ? MAX_RATE : rate > 0 ? (float) rate : 0.01f;
    }

    private static double largest(float[][][][] w) {
        double m = 0;
        for (float[][][] a : w) {
            for (float[][] b : a) {
                for (float[] c : b) {
                    for (float v : c) {
                        m = Math.max(m, Math.abs(v));
                    }
                }
            }
        }
        return m;
    }

    /** 1, 2 or 5 times a power of ten, at most {@code rate}. */
    private static double roundedDown(double rate) {
        double ten = Math.pow(10, Math.floor(Math.log10(rate)));
        double step = rate / ten >= 5 ? 5 : rate / ten >= 2 ? 2 : 1;
        return step * ten;
    }
}
