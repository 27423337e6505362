package org.receptive.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * The backward pass carried all the way down to the pixels: the gradient, with respect to the
 * input image, of a class score (a logit), of the difference of two class scores, or of one
 * neuron's activation. This is what saliency maps (Simonyan, Vedaldi and Zisserman 2014, "Deep
 * Inside Convolutional Networks"), Grad-CAM and feature visualisation by gradient ascent are made
 * of.
 *
 * <p>Each call runs the image forward in this object's own one-sample {@link Pass}, puts the seed
 * gradient at the chosen activation, and back-propagates it through the layers below with each
 * layer's own {@code backward}. The gradient at every activation on the way stays readable
 * ({@link #gradientAt}), as do the activations ({@link #pass()}). The layers' parameter gradients
 * are computed too (a layer's backward does both) and thrown away. Not thread-safe: one per thread.
 */
public final class InputGradient {

    private final Network net;
    private final Pass pass;
    private final float[][] delta;     // delta[i]: gradient at activation i (0 the input), one sample
    private final float[] discarded;   // parameter gradients nobody asked for

    public InputGradient(Network net) {
        this.net = net;
        this.pass = net.newPass();
        int layers = net.layers().size();
        delta = new float[layers + 1][];
        delta[0] = new float[net.inputShape().size()];
        for (int i = 0; i < layers; i++) {
            delta[i + 1] = new float[net.layer(i).outputShape().size()];
        }
        discarded = new float[net.paramCount()];
    }

    /** d logit[c] / d image: which pixels raise class c's score, and by how much per unit of ink. */
    public float[] ofClass(float[] image, int c) {
        return ofClassDifference(image, c, -1);
    }

    /**
     * d (logit[c] − logit[minus]) / d image: what makes the network prefer c over {@code minus}
     * ("why 7 and not 1?"); {@code minus} −1 for the score of c alone.
     */
    public float[] ofClassDifference(float[] image, int c, int minus) {
        int classes = net.classes();
        Objects.checkIndex(c, classes);
        float[] seed = new float[classes];
        seed[c] = 1;
        if (minus >= 0) {
            Objects.checkIndex(minus, classes);
            seed[minus] -= 1;
        }
        return of(image, net.layers().size(), seed);
    }

    /**
     * d activation[channel, y, x] / d image, for activation {@code activation} (i + 1 is layer i's
     * output, as in {@link Pass#activation}).
     */
    public float[] ofNeuron(float[] image, int activation, int channel, int y, int x) {
        Shape shape = shapeOf(activation);
        float[] seed = new float[shape.size()];
        seed[shape.index(channel, y, x)] = 1;
        return of(image, activation, seed);
    }

    /**
     * d (Σ seed · activation[{@code activation}]) / d image: the most general form, a weighted sum of
     * one activation's cells. Returns this object's live array (copy it to keep it); also
     * {@link #gradientAt} of every activation below.
     */
    public float[] of(float[] image, int activation, float[] seed) {
        Shape shape = shapeOf(activation);
        if (image.length != net.inputShape().size() || seed.length != shape.size()) {
            throw new IllegalArgumentException("an image of " + net.inputShape().size() + " values and a seed of "
                    + shape.size() + " were expected, not " + image.length + " and " + seed.length);
        }
        pass.forward(image);
        System.arraycopy(seed, 0, delta[activation], 0, seed.length);
        Arrays.fill(discarded, 0f);
        for (int i = activation - 1; i >= 0; i--) {
            Layer l = net.layer(i);
            l.backward(pass.activation(i), pass.activation(i + 1), delta[i + 1], delta[i], discarded, 1, pass.scratch(i));
        }
        return delta[0];
    }

    /** The gradient of the last call's quantity at activation i (0 is the input), live. */
    public float[] gradientAt(int i) {
        return delta[i];
    }

    /** The pass of the last call: its activations are the image's. */
    public Pass pass() {
        return pass;
    }

    public Network network() {
        return net;
    }

    private Shape shapeOf(int activation) {
        Objects.checkIndex(activation, delta.length);
        return activation == 0 ? net.inputShape() : net.layer(activation - 1).outputShape();
    }
}
