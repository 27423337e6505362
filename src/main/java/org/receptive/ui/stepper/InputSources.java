package org.receptive.ui.stepper;

import java.awt.image.BufferedImage;
import org.receptive.data.Dataset;
import org.receptive.data.GridImage;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.stepper.InputPattern;

/**
 * Where input channels and kernel slices can come from besides the hand: MNIST digits, picture
 * files, random values, and the default model's learned first-layer kernels. Each is a recipe
 * that remakes itself at any size, so changing the grid size resamples a digit instead of
 * cropping it.
 */
public final class InputSources {

    private static Dataset digits;
    private static Network network;
    private static float[][][] learned;   // (16, 5, 5): the default model's first layer

    private InputSources() {
    }

    static ConvolutionData.Picture digit(int index) {
        float[] image = digits().image(index);
        return (h, w) -> GridImage.digit(image, h, w);
    }

    static int digitCount() {
        return digits().size();
    }

    static int digitLabel(int index) {
        return digits().label(index);
    }

    /** Channel {@code channel} of a picture: grey for a one-channel input, else red, green, blue. */
    static ConvolutionData.Picture picture(BufferedImage image, int channels, int channel) {
        return (h, w) -> channels == 1 ? GridImage.grey(image, h, w)[0] : GridImage.rgb(image, h, w)[channel];
    }

    static ConvolutionData.Picture random(long seed) {
        return (h, w) -> InputPattern.random(h, w, seed);
    }

    static ConvolutionData.Picture pattern(InputPattern p) {
        return p::make;
    }

    /** A kernel the default model learned (5×5): at another size, centred and cropped or zero-padded. */
    record Learned(float[][] kernel) implements ConvolutionData.Weights {
        @Override
        public float[][] make(int size) {
            return ConvolutionData.fit(kernel, size, size);
        }
    }

    /** Kernel {@code i} (of {@link #learnedCount()}) of the default model's first layer. */
    static ConvolutionData.Weights learned(int i) {
        return new Learned(learnedKernels()[i]);
    }

    static int learnedCount() {
        return learnedKernels().length;
    }

    /** Small random weights in −1..1 with one decimal, so products can be read at a glance. */
    static ConvolutionData.Weights randomWeights(long seed) {
        return k -> {
            float[][] g = InputPattern.random(k, k, seed);
            for (float[] row : g) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = Math.round((row[x] * 2 - 1) * 10) / 10f;
                }
            }
            return g;
        };
    }

    private static synchronized Dataset digits() {
        if (digits == null) {
            digits = Mnist.test();
        }
        return digits;
    }

    /**
     * A picture file, through the app's one picture reader ({@link org.receptive.data.PictureFile}:
     * the header first, huge pictures refused or decoded subsampled), or an IOException whose
     * message is one plain sentence.
     */
    public static BufferedImage readPicture(java.io.File f) throws java.io.IOException {
        return org.receptive.data.PictureFile.decode(f.toPath());
    }

    /** The default model's network, loaded once for the stepper: callers that change weights work on a copy. */
    public static synchronized Network defaultNetwork() {
        if (network == null) {
            network = DefaultModel.load().network();
        }
        return network;
    }

    /** The 10,000 MNIST test digits, loaded once. */
    public static Dataset testDigits() {
        return digits();
    }

    private static synchronized float[][][] learnedKernels() {
        if (learned == null) {
            learned = defaultNetwork().firstConvolution().orElseThrow().kernels(0).toArray(new float[0][][]);
        }
        return learned;
    }
}
