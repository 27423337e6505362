package org.receptive.stepper;

import java.util.List;
import java.util.SplittableRandom;
import org.receptive.engine.Architecture;
import org.receptive.engine.Conv2d;
import org.receptive.engine.LayerSpec;
import org.receptive.engine.Network;
import org.receptive.engine.Shape;

/**
 * A test fixture: a convolution the stepper sweeps (its setup, input, kernels and bias), and the
 * same convolution as an engine {@link Network}, so a test can hold the stepper's numbers against
 * the engine's. The kernels reach the engine through {@link Conv2d#setKernel}, which owns their
 * place in the flat parameters.
 */
public record StepperCase(Setup setup, float[][][] input, float[][][][] kernels, float[] bias) {

    ConvolutionStepper stepper() {
        return new ConvolutionStepper(setup, input, kernels, bias);
    }

    /** A random valid setup (1–3 channels, 3–14 cells a side, kernels 1–7 wide…) with random numbers in it. */
    static StepperCase random(SplittableRandom r) {
        while (true) {
            Setup s = new Setup(1 + r.nextInt(3), 3 + r.nextInt(12), 3 + r.nextInt(12), 1 + r.nextInt(4),
                    1 + r.nextInt(7), r.nextInt(4), 1 + r.nextInt(4), 1 + r.nextInt(3),
                    r.nextBoolean() ? Activation.RELU : Activation.NONE, Mode.CROSS_CORRELATION);
            if (!s.valid()) {
                continue;
            }
            float[][][] in = fill(new float[s.channels()][s.height()][s.width()], r);
            float[][][][] k = new float[s.kernels()][][][];
            float[] b = new float[s.kernels()];
            for (int n = 0; n < s.kernels(); n++) {
                b[n] = (float) (r.nextDouble() - 0.5);
                k[n] = fill(new float[s.channels()][s.kernelSize()][s.kernelSize()], r);
            }
            return new StepperCase(s, in, k, b);
        }
    }

    /** A random dL/dY for the stepper's output, each value in [-1, 1). */
    static float[][][] randomUpstream(ConvolutionStepper st, SplittableRandom r) {
        return fill(new float[st.setup().kernels()][st.outputHeight()][st.outputWidth()], r);
    }

    /** The same convolution (and its ReLU) as an engine network, with this case's kernels and bias as its weights. */
    Network network() {
        LayerSpec.Conv spec = new LayerSpec.Conv(setup.kernels(), setup.kernelSize(), setup.stride(), setup.padding(),
                setup.dilation());
        Architecture arch = new Architecture(new Shape(setup.channels(), setup.height(), setup.width()),
                setup.activation() == Activation.RELU ? List.of(spec, new LayerSpec.Relu()) : List.of(spec));
        Network net = Network.create(arch, 0);
        Conv2d conv = (Conv2d) net.layer(0);
        for (int n = 0; n < kernels.length; n++) {
            for (int c = 0; c < kernels[n].length; c++) {
                conv.setKernel(n, c, kernels[n][c]);
            }
            conv.setBias(n, bias[n]);
        }
        return net;
    }

    /** What the engine's Conv2d (and ReLU) computes for this case: the stepper's finished output must equal it. */
    public float[] engineOutput() {
        Network net = network();
        net.forward(flat(input));
        return net.lastPass().activation(net.layers().size());
    }

    /** Maps in a row, each row-major: the engine's (C, H, W) layout. */
    static float[] flat(float[][][] maps) {
        int n = 0;
        for (float[][] m : maps) {
            n += m.length * m[0].length;
        }
        float[] out = new float[n];
        int i = 0;
        for (float[][] m : maps) {
            for (float[] row : m) {
                for (float v : row) {
                    out[i++] = v;
                }
            }
        }
        return out;
    }

    /** Kernels filter by filter, channel by channel, each row-major: (O, C, k, k). */
    static float[] flat(float[][][][] kernels) {
        float[][][] all = new float[kernels.length * kernels[0].length][][];
        int i = 0;
        for (float[][][] k : kernels) {
            for (float[][] m : k) {
                all[i++] = m;
            }
        }
        return flat(all);
    }

    private static float[][][] fill(float[][][] a, SplittableRandom r) {
        for (float[][] m : a) {
            for (float[] row : m) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = (float) (r.nextDouble() * 2 - 1);
                }
            }
        }
        return a;
    }
}
