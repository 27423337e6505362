package org.receptive.ui.stepper;

import java.awt.image.BufferedImage;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;

/**
 * Every change a student can make to the numbers, each one undo step (a paint stroke counts as
 * one). Sources that can remake themselves (a digit, a picture, a preset) stay attached, so a
 * later change of size resamples them rather than cropping.
 */
public final class StepperEdits {

    private final StepperViewModel model;
    private long seed = 1;

    StepperEdits(StepperViewModel model) {
        this.model = model;
    }

    /** Sets one input cell (ignored when it lies in the padding or already holds the value). */
    public void setInput(int channel, int row, int col, float value) {
        float[][][] in = model.input();
        if (row < 0 || col < 0 || row >= in[0].length || col >= in[0][0].length || in[channel][row][col] == value) {
            return;
        }
        model.edit(d -> d.withInputCell(channel, row, col, value));
    }

    public void pattern(int channel, InputPattern p) {
        model.edit(d -> d.withPicture(channel, InputSources.pattern(p)));
    }

    /** MNIST test digit {@code index} in every channel (a digit is grey). */
    public void digit(int index) {
        ConvolutionData.Picture picture = InputSources.digit(index);
        model.edit(d -> {
            for (int c = 0; c < model.setup().channels(); c++) {
                d = d.withPicture(c, picture);
            }
            return d;
        });
    }

    /** A picture reduced to the grid: grey for one channel, red, green and blue for more. */
    public void image(BufferedImage image) {
        int channels = model.setup().channels();
        model.edit(d -> {
            for (int c = 0; c < channels; c++) {
                d = d.withPicture(c, InputSources.picture(image, channels, c));
            }
            return d;
        });
    }

    public void randomInput(int channel) {
        ConvolutionData.Picture picture = InputSources.random(seed++);
        model.edit(d -> d.withPicture(channel, picture));
    }

    public void clearInput(int channel) {
        model.edit(d -> d.withPicture(channel, null));
    }

    public void setWeight(int kernel, int channel, int ky, int kx, float value) {
        if (model.kernels()[kernel][channel][ky][kx] != value) {
            model.edit(d -> d.withKernelCell(kernel, channel, ky, kx, value));
        }
    }

    public void setBias(int kernel, float value) {
        if (model.bias()[kernel] != value) {
            model.edit(d -> d.withBias(kernel, value));
        }
    }

    /** The preset in every channel slice of {@code kernel}. */
    public void preset(int kernel, KernelPreset p) {
        allSlices(kernel, p::values);
    }

    public void randomKernel(int kernel) {
        long first = seed;
        seed += model.setup().channels();
        model.edit(d -> {
            for (int c = 0; c < model.setup().channels(); c++) {
                d = d.withWeights(kernel, c, InputSources.randomWeights(first + c));
            }
            return d;
        });
    }

    /** Kernel {@code which} of the default model's first layer (cycled), in every slice. */
    public void learnedKernel(int kernel, int which) {
        allSlices(kernel, InputSources.learned(Math.floorMod(which, InputSources.learnedCount())));
    }

    private void allSlices(int kernel, ConvolutionData.Weights weights) {
        model.edit(d -> {
            for (int c = 0; c < model.setup().channels(); c++) {
                d = d.withWeights(kernel, c, weights);
            }
            return d;
        });
    }
}
