package org.receptive.stepper;

/**
 * The squared error against a target output map, L = scale · ½Σ(y − t)², so dL/dY = scale · (y − t):
 * each output cell's gradient says how far, and which way, it missed. Scale 1 is the textbook
 * sum; the learning lab uses 1/(cells · images), the mean, so its learning rate does not depend on
 * the picture's size.
 */
public record TargetLoss(float[][][] target, float scale, String name) implements Upstream {

    /** Target t (N, outH, outW) with the plain sum ½Σ(y − t)². */
    public static TargetLoss of(float[][][] target, String name) {
        return new TargetLoss(target, 1f, name);
    }

    /**
     * The target is what {@code preset} makes of the same input with the same settings (in every
     * channel of every kernel, bias 0): learning from it pulls the kernel towards the preset.
     */
    public static TargetLoss ofPreset(ConvolutionStepper forward, KernelPreset preset, float scale) {
        return new TargetLoss(presetOutput(forward, preset), scale, preset.label() + " of the input");
    }

    /** What {@code preset} makes of {@code forward}'s input with its settings. */
    public static float[][][] presetOutput(ConvolutionStepper forward, KernelPreset preset) {
        Setup s = forward.setup();
        float[][][][] k = new float[s.kernels()][s.channels()][][];
        for (float[][][] kernel : k) {
            for (int c = 0; c < s.channels(); c++) {
                kernel[c] = preset.values(s.kernelSize());
            }
        }
        return new ConvolutionStepper(s, forward.inputArray(), k, new float[s.kernels()]).output();
    }

    /** A target of zeros: the loss pulls every output cell towards 0. */
    public static TargetLoss zeros(ConvolutionStepper forward) {
        return of(new float[forward.setup().kernels()][forward.outputHeight()][forward.outputWidth()], "zero everywhere");
    }

    @Override
    public float loss(ConvolutionStepper forward) {
        float[][][] y = forward.output();
        check(y);
        double sum = 0;
        for (int n = 0; n < y.length; n++) {
            for (int r = 0; r < y[n].length; r++) {
                for (int c = 0; c < y[n][r].length; c++) {
                    double e = y[n][r][c] - target[n][r][c];
                    sum += e * e;
                }
            }
        }
        return (float) (scale * 0.5 * sum);
    }

    @Override
    public float[][][] gradient(ConvolutionStepper forward) {
        float[][][] y = forward.output();
        check(y);
        for (int n = 0; n < y.length; n++) {
            for (int r = 0; r < y[n].length; r++) {
                for (int c = 0; c < y[n][r].length; c++) {
                    y[n][r][c] = scale * (y[n][r][c] - target[n][r][c]);
                }
            }
        }
        return y;
    }

    @Override
    public String describe() {
        return (scale == 1f ? "L = ½Σ(y − t)², dL/dY = y − t" : "L = ½·mean (y − t)², dL/dY = (y − t)/cells")
                + "; the target t is " + name;
    }

    private void check(float[][][] y) {
        if (y.length != target.length || y[0].length != target[0].length || y[0][0].length != target[0][0].length) {
            throw new IllegalArgumentException("the target is " + target.length + "×" + target[0].length + "×" + target[0][0].length
                    + " but the output " + y.length + "×" + y[0].length + "×" + y[0][0].length);
        }
    }
}
