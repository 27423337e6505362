package org.receptive.stepper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * "Learn this kernel": one kernel, a few pictures and a target made by a preset kernel
 * (Sobel x of each picture, say). Every {@link #update()} is what training does to a first-layer
 * kernel, in full: forward over the mini-batch, the loss ½·mean(y − t)² over every cell of every
 * picture, the backward pass of each picture ({@link BackwardStepper}), the gradients added up,
 * and one SGD step. Repeated, the kernel converges to the preset, because the preset is the one
 * kernel that makes every target exactly; a picture left out of the batch shows that the learned
 * kernel does the same to pictures it never saw.
 *
 * <p>Only the k×k weights learn; the bias stays 0.
 * Measured on MNIST digits with 3×3 Sobel x: the bias, to which every output cell contributes,
 * is the stiffest direction of this loss and made learning rates above 2 blow up, and with it held
 * still the weights alone took ~480 updates at rate 3 (1,300 at rate 1 with the bias learning).
 * The presets all have bias 0, so nothing is lost from what the kernel can become.
 */
public final class KernelLab {

    private final Setup setup;                  // one channel, "same" padding, stride 1, no activation
    private final KernelPreset target;
    private final List<float[][]> images;       // the mini-batch, each H×W
    private final float[][] unseen;             // a picture not in the batch
    private final List<TargetLoss> losses = new ArrayList<>();
    private final List<Float> history = new ArrayList<>();
    private float[][] kernel;
    private float learningRate;

    /**
     * A lab over {@code images} (1 to 16 pictures of one size, 3×3 to 28×28) and a picture left
     * out, {@code unseen}, learning a {@code kernelSize}×{@code kernelSize} kernel (1, 3, 5 or 7)
     * towards {@code target}, from zero.
     */
    public KernelLab(List<float[][]> images, float[][] unseen, KernelPreset target, int kernelSize, float learningRate) {
        if (images.isEmpty() || images.size() > 16) {
            throw new IllegalArgumentException("the mini-batch holds 1 to 16 pictures, not " + images.size());
        }
        int h = images.get(0).length, w = images.get(0)[0].length;
        for (float[][] im : images) {
            if (im.length != h || im[0].length != w) {
                throw new IllegalArgumentException("every picture of the batch must be " + h + "×" + w);
            }
        }
        if (unseen.length != h || unseen[0].length != w) {
            throw new IllegalArgumentException("the unseen picture must be " + h + "×" + w + " like the batch");
        }
        if (kernelSize % 2 == 0) {
            throw new IllegalArgumentException("the lab's kernel size is odd, so that 'same' padding centres it");
        }
        this.setup = new Setup(1, h, w, 1, kernelSize, kernelSize / 2, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        if (!setup.valid()) {
            throw new IllegalArgumentException(String.join("; ", setup.problems()));
        }
        this.target = target;
        this.images = List.copyOf(images);
        this.unseen = unseen;
        float scale = 1f / (images.size() * setup.outputHeight() * setup.outputWidth());
        for (float[][] im : images) {
            losses.add(TargetLoss.ofPreset(forward(im, new float[kernelSize][kernelSize], 0f), target, scale));
        }
        this.kernel = new float[kernelSize][kernelSize];
        setLearningRate(learningRate);
    }

    /** A kernel of uniform random weights in −1..1 from {@code seed}. */
    public static float[][] randomKernel(int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] w = new float[k][k];
        for (float[] row : w) {
            for (int x = 0; x < k; x++) {
                row[x] = (float) (r.nextDouble() * 2 - 1);
            }
        }
        return w;
    }

    /** Starts again from {@code start} (copied), forgetting the loss curve. */
    public void restart(float[][] start) {
        if (start.length != setup.kernelSize() || start[0].length != setup.kernelSize()) {
            throw new IllegalArgumentException("the kernel must be " + setup.kernelSize() + "×" + setup.kernelSize());
        }
        kernel = Grids.copy(start);
        history.clear();
    }

    /** One SGD step of the weights over the whole mini-batch; returns the loss before it (also added to {@link #history()}). */
    public float update() {
        int k = setup.kernelSize();
        float[][] dw = new float[k][k];
        float loss = 0;
        for (int i = 0; i < images.size(); i++) {
            ConvolutionStepper f = forward(images.get(i), kernel, 0f);
            loss += losses.get(i).loss(f);
            Gradients g = new BackwardStepper(f, losses.get(i).gradient(f)).gradients();
            for (int y = 0; y < k; y++) {
                for (int x = 0; x < k; x++) {
                    dw[y][x] += g.weights()[0][0][y][x];
                }
            }
        }
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                kernel[y][x] -= learningRate * dw[y][x];
            }
        }
        history.add(loss);
        return loss;
    }

    /**
     * 1.5 / the loss's largest curvature over these pictures ({@link Curvature}): gradient descent
     * blows up at 2 / curvature, and the slowest directions, which set how long learning takes,
     * move fastest with the largest rate that is still safe. Two significant figures.
     */
    public float suggestedRate() {
        Curvature c = new Curvature(1, setup.kernelSize(), false);
        for (int i = 0; i < images.size(); i++) {
            c.add(forward(i), losses.get(i).scale());
        }
        double rate = 1.5 / c.largest();
        double ten = Math.pow(10, Math.floor(Math.log10(rate)) - 1);
        return SgdStep.offered(Math.floor(rate / ten) * ten);
    }

    /** The loss over the mini-batch now: ½·mean(y − t)². */
    public float loss() {
        float loss = 0;
        for (int i = 0; i < images.size(); i++) {
            loss += losses.get(i).loss(forward(images.get(i), kernel, 0f));
        }
        return loss;
    }

    /** Picture {@code i} of the batch as one stepper position sweep, with its share of the loss: one update, steppable. */
    public ConvolutionStepper forward(int i) {
        return forward(images.get(i), kernel, 0f);
    }

    /** The loss of picture {@code i} (its share of the batch's mean), whose gradient the stepper can sweep. */
    public TargetLoss lossOf(int i) {
        return losses.get(i);
    }

    /** What the kernel makes of picture {@code i} now, and what the target kernel makes of it. */
    public float[][] output(int i) {
        return forward(i).output()[0];
    }

    public float[][] targetOutput(int i) {
        return losses.get(i).target()[0];
    }

    /** The picture left out of the batch (not copied). */
    public float[][] unseen() {
        return unseen;
    }

    /** The learned kernel on the picture left out of the batch, and the target kernel on it. */
    public float[][] unseenOutput() {
        return forward(unseen, kernel, 0f).output()[0];
    }

    public float[][] unseenTarget() {
        return TargetLoss.presetOutput(forward(unseen, kernel, 0f), target)[0];
    }

    /** The largest difference between a learned weight and the target kernel's. */
    public float kernelError() {
        float[][] t = targetKernel();
        float m = 0;
        for (int y = 0; y < t.length; y++) {
            for (int x = 0; x < t.length; x++) {
                m = Math.max(m, Math.abs(kernel[y][x] - t[y][x]));
            }
        }
        return m;
    }

    public float[][] kernel() {
        return Grids.copy(kernel);
    }

    public float[][] targetKernel() {
        return target.values(setup.kernelSize());
    }

    public KernelPreset target() {
        return target;
    }

    public Setup setup() {
        return setup;
    }

    public int batchSize() {
        return images.size();
    }

    /** The loss before the first update, or NaN before there was one. */
    public float firstLoss() {
        return history.isEmpty() ? Float.NaN : history.get(0);
    }

    /** The loss before the last update, or NaN before there was one. */
    public float lastLoss() {
        return history.isEmpty() ? Float.NaN : history.get(history.size() - 1);
    }

    /** The loss before each update so far, oldest first (a copy). */
    public List<Float> history() {
        return List.copyOf(history);
    }

    public int updates() {
        return history.size();
    }

    public float learningRate() {
        return learningRate;
    }

    public void setLearningRate(float lr) {
        if (!(lr > 0) || lr > 100) {
            throw new IllegalArgumentException("the learning rate must be above 0 and at most 100, not " + lr);
        }
        learningRate = lr;
    }

    private ConvolutionStepper forward(float[][] image, float[][] k, float b) {
        return new ConvolutionStepper(setup, new float[][][] {image}, new float[][][][] {{k}}, new float[] {b});
    }
}
