package org.receptive.stepper;

import org.receptive.engine.Conv2d;
import org.receptive.engine.LayerSpec;
import org.receptive.engine.Network;
import org.receptive.engine.Pass;
import org.receptive.engine.Shape;

/**
 * The real gradient arriving at a network's first convolution for one digit and its label: the
 * engine runs the whole network forward and back (softmax cross-entropy at the top), and the
 * gradient it hands to the first layer's output is dL/dY for a stepper holding {@code filters} of
 * that layer's kernels. When a ReLU follows the convolution in the network, the stepper uses ReLU
 * too and dL/dY is taken after it, so the stepper's own backward step passes it through the ReLU
 * exactly as the network does.
 *
 * <p>The loss and gradient are recomputed for the kernels the stepper holds: the network keeps a
 * private copy of its weights and takes the stepper's kernels in place of filters
 * {@code first .. first + filters − 1}. Not for use by two threads at once.
 */
public final class NetworkLoss implements Upstream {

    private final Network net;
    private final Conv2d conv;
    private final int layer;            // the first convolution's index in the network
    private final boolean reluAfter;
    private final int first, filters;
    private final float[] image;
    private final int label;
    private final Pass pass;
    private final float[] grads;        // required by the engine's backward; only the activations' gradients are read

    /**
     * Filters {@code first .. first + filters − 1} of {@code network}'s first convolution, for
     * {@code image} (the network's input, flat) whose true class is {@code label}.
     */
    public NetworkLoss(Network network, float[] image, int label, int first, int filters) {
        this.net = network.copy();
        int found = -1;
        for (int i = 0; i < net.layers().size() && found < 0; i++) {
            if (net.layer(i) instanceof Conv2d) {
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("the network has no convolution");
        }
        this.layer = found;
        this.conv = (Conv2d) net.layer(found);
        int total = conv.outputShape().channels();
        if (first < 0 || filters < 1 || first + filters > total) {
            throw new IllegalArgumentException("the first convolution has " + total + " kernels, not " + (first + 1)
                    + " to " + (first + filters));
        }
        if (label < 0 || label >= net.classes() || image.length != net.inputShape().size()) {
            throw new IllegalArgumentException("the digit does not fit the network");
        }
        this.reluAfter = found + 1 < net.layers().size() && net.layer(found + 1).spec() instanceof LayerSpec.Relu;
        this.first = first;
        this.filters = filters;
        this.image = image.clone();
        this.label = label;
        this.pass = net.newPass();
        this.grads = new float[net.paramCount()];
    }

    /** The stepper settings that compute exactly these kernels of the network's first layer. */
    public Setup setup() {
        Shape in = conv.inputShape();
        LayerSpec.Conv c = (LayerSpec.Conv) conv.spec();
        return new Setup(in.channels(), in.height(), in.width(), filters, c.kernel(), c.padding(), c.stride(), c.dilation(),
                reluAfter ? Activation.RELU : Activation.NONE, Mode.CROSS_CORRELATION);
    }

    /** Why a stepper with settings {@code s} cannot take this gradient, or null when it can. */
    public String problem(Setup s) {
        return s.equals(setup()) ? null
                : "the network's gradient needs the first layer's own settings (" + describe(setup())
                        + "): choose it again to restore them";
    }

    /** The digit, (C, H, W). */
    public float[][][] input() {
        Shape in = conv.inputShape();
        float[][][] x = new float[in.channels()][in.height()][in.width()];
        int i = 0;
        for (float[][] m : x) {
            for (float[] row : m) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = image[i++];
                }
            }
        }
        return x;
    }

    /** The network's own kernels for these filters, (filters, C, k, k). */
    public float[][][][] kernels() {
        float[][][][] w = new float[filters][conv.channels()][][];
        for (int n = 0; n < filters; n++) {
            for (int c = 0; c < conv.channels(); c++) {
                w[n][c] = conv.kernel(first + n, c);
            }
        }
        return w;
    }

    public float[] bias() {
        float[] b = new float[filters];
        for (int n = 0; n < filters; n++) {
            b[n] = conv.bias(first + n);
        }
        return b;
    }

    public int label() {
        return label;
    }

    public int first() {
        return first;
    }

    @Override
    public float loss(ConvolutionStepper forward) {
        return run(forward);
    }

    @Override
    public float[][][] gradient(ConvolutionStepper forward) {
        run(forward);
        float[] g = pass.gradient(reluAfter ? layer + 2 : layer + 1);
        int oh = forward.outputHeight(), ow = forward.outputWidth();
        float[][][] out = new float[filters][oh][ow];
        for (int n = 0; n < filters; n++) {
            for (int y = 0; y < oh; y++) {
                System.arraycopy(g, ((first + n) * oh + y) * ow, out[n][y], 0, ow);
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "the network's cross-entropy for this digit (label " + label + "), arriving at kernels " + (first + 1) + "–"
                + (first + filters) + " of its first layer" + (reluAfter ? " through the ReLU after it" : "");
    }

    /** Puts the stepper's kernels into the network, runs the digit forward and back; returns the loss. */
    private float run(ConvolutionStepper forward) {
        String p = problem(forward.setup());
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        float[][][][] w = forward.kernelArray();
        float[] b = forward.bias();
        for (int n = 0; n < filters; n++) {
            for (int c = 0; c < w[n].length; c++) {
                for (int y = 0; y < w[n][c].length; y++) {
                    for (int x = 0; x < w[n][c][y].length; x++) {
                        conv.setWeight(first + n, c, y, x, w[n][c][y][x]);
                    }
                }
            }
            conv.setBias(first + n, b[n]);
        }
        pass.forward(image);
        java.util.Arrays.fill(grads, 0f);   // the engine adds into it
        return pass.backward(label, grads);
    }

    private static String describe(Setup s) {
        return s.channels() + "×" + s.height() + "×" + s.width() + " input, " + s.kernels() + " kernels of " + s.kernelSize() + "×"
                + s.kernelSize() + ", padding " + s.padding() + ", ReLU " + (s.activation() == Activation.RELU ? "on" : "off");
    }
}
