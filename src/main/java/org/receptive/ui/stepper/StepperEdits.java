package org.receptive.ui.stepper;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Setup;

/**
 * Every change a student can make to the numbers, each one undo step (a paint stroke counts as
 * one). Sources that can remake themselves (a digit, a picture, a preset) stay attached, so a
 * later change of size resamples them rather than cropping.
 */
public final class StepperEdits {

    /** The side of the default model's first-layer kernels. */
    static final int LEARNED_SIZE = 5;

    private final StepperViewModel model;
    private final EditHistory history = new EditHistory();
    private long seed = 1;
    private boolean stroke;                // a paint stroke is in progress (one undo step)
    private boolean strokeRecorded;        // ... and has changed something already

    StepperEdits(StepperViewModel model) {
        this.model = model;
    }

    /** Sets one input cell (ignored when it lies in the padding or already holds the value). */
    public void setInput(int channel, int row, int col, float value) {
        float[][][] in = model.input();
        if (row < 0 || col < 0 || row >= in[0].length || col >= in[0][0].length || in[channel][row][col] == value) {
            return;
        }
        edit(d -> d.withInputCell(channel, row, col, value));
    }

    public void pattern(int channel, InputPattern p) {
        edit(d -> d.withPicture(channel, InputSources.pattern(p)));
    }

    /** MNIST test digit {@code index} in every channel (a digit is grey). */
    public void digit(int index) {
        ConvolutionData.Picture picture = InputSources.digit(index);
        edit(d -> {
            for (int c = 0; c < model.setup().channels(); c++) {
                d = d.withPicture(c, picture);
            }
            return d;
        });
    }

    /** A picture reduced to the grid: grey for one channel, red, green and blue for more. */
    public void image(BufferedImage image) {
        int channels = model.setup().channels();
        edit(d -> {
            for (int c = 0; c < channels; c++) {
                d = d.withPicture(c, InputSources.picture(image, channels, c));
            }
            return d;
        });
    }

    public void randomInput(int channel) {
        ConvolutionData.Picture picture = InputSources.random(seed++);
        edit(d -> d.withPicture(channel, picture));
    }

    public void clearInput(int channel) {
        edit(d -> d.withPicture(channel, null));
    }

    public void setWeight(int kernel, int channel, int ky, int kx, float value) {
        if (model.kernels()[kernel][channel][ky][kx] != value) {
            edit(d -> d.withKernelCell(kernel, channel, ky, kx, value));
        }
    }

    public void setBias(int kernel, float value) {
        if (model.bias()[kernel] != value) {
            edit(d -> d.withBias(kernel, value));
        }
    }

    /** Every kernel and bias at once (e.g. after a step of gradient descent), as one undo step. */
    public void setKernels(float[][][][] kernels, float[] bias) {
        edit(d -> d.withKernels(kernels, bias));
    }

    /**
     * New settings and every number with them (e.g. the network's own first layer and a digit),
     * as one undo step for the numbers. Returns false, changing nothing, when the settings are refused.
     */
    public boolean load(Setup setup, float[][][] input, float[][][][] kernels, float[] bias) {
        model.setSetup(setup);
        if (!model.setup().equals(setup)) {
            return false;
        }
        edit(d -> d.withInput(input).withKernels(kernels, bias));
        return true;
    }

    /** The preset in every channel slice of {@code kernel}. */
    public void preset(int kernel, KernelPreset p) {
        allSlices(kernel, p::values);
    }

    public void randomKernel(int kernel) {
        long first = seed;
        seed += model.setup().channels();
        edit(d -> {
            for (int c = 0; c < model.setup().channels(); c++) {
                d = d.withWeights(kernel, c, InputSources.randomWeights(first + c));
            }
            return d;
        });
    }

    /**
     * Kernel {@code which} of the default model's first layer (cycled), in every slice. The
     * learned kernels are 5×5: at a smaller kernel size the size first becomes 5, so the kernel
     * is the one the model learned, not its middle (which a notice says).
     */
    public void learnedKernel(int kernel, int which) {
        Setup s = model.setup();
        if (s.kernelSize() < LEARNED_SIZE) {
            model.setSetup(s.withKernelSize(LEARNED_SIZE));
        }
        allSlices(kernel, InputSources.learned(Math.floorMod(which, InputSources.learnedCount())));
        if (s.kernelSize() < LEARNED_SIZE) {
            model.setNotice("The learned kernels are " + LEARNED_SIZE + "×" + LEARNED_SIZE + ", so the kernel size is now "
                    + LEARNED_SIZE + " (it was " + s.kernelSize() + ").");
        }
    }

    /** What a notice says when a learned kernel is shown smaller than it is; "" when none is. */
    static String learnedNote(ConvolutionData d, Setup s) {
        List<Integer> learned = d.learnedKernels();
        if (learned.isEmpty() || s.kernelSize() >= LEARNED_SIZE) {
            return "";
        }
        return (learned.size() == 1 ? "Kernel " + (learned.get(0) + 1) + " is a" : "Kernels " + learned.stream()
                .map(n -> Integer.toString(n + 1)).reduce((a, b) -> a + ", " + b).orElse("") + " are")
                + " learned " + LEARNED_SIZE + "×" + LEARNED_SIZE + " kernel" + (learned.size() == 1 ? "" : "s")
                + ": at " + s.kernelSize() + "×" + s.kernelSize() + " only the middle weights are used. Set the kernel size to "
                + LEARNED_SIZE + " to see all of it.";
    }

    private void allSlices(int kernel, ConvolutionData.Weights weights) {
        edit(d -> {
            for (int c = 0; c < model.setup().channels(); c++) {
                d = d.withWeights(kernel, c, weights);
            }
            return d;
        });
    }

    // ---- undo ---------------------------------------------------------------------------------

    /** Applies an edit as one undo step (a stroke's cells as one). */
    void edit(UnaryOperator<ConvolutionData> change) {
        ConvolutionData now = model.data();
        ConvolutionData next = change.apply(now);
        if (next == now) {
            return;
        }
        if (!stroke || !strokeRecorded) {
            history.record(now);
            strokeRecorded = stroke;
        }
        model.replaceData(next);
    }

    /** Starts a paint stroke: every cell it paints is undone together. */
    void beginStroke() {
        stroke = true;
        strokeRecorded = false;
    }

    void endStroke() {
        stroke = false;
    }

    boolean undo() {
        return restore(history.undo(model.data()));
    }

    boolean redo() {
        return restore(history.redo(model.data()));
    }

    boolean canUndo() { return history.canUndo(); }
    boolean canRedo() { return history.canRedo(); }

    private boolean restore(ConvolutionData previous) {
        if (previous == null) {
            return false;
        }
        model.replaceData(previous);
        return true;
    }
}
