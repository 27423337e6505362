package org.receptive.engine;

import java.util.List;

/**
 * The exact rectangle of input pixels a neuron depends on.
 *
 * <p>Walk back from the neuron's own cell, layer by layer: a convolution maps output rows
 * [a, b] to input rows [a·s − p, b·s − p + d(k−1)], a pooling window to [a·s, b·s + size − 1],
 * a ReLU keeps the range, and a dense layer sees everything. Each step is clipped to the real
 * input of that layer, because padding cells carry no pixel.
 */
public record ReceptiveField(int top, int left, int height, int width) {

    /** Bottom row, inclusive. */
    public int bottom() {
        return top + height - 1;
    }

    /** Right column, inclusive. */
    public int right() {
        return left + width - 1;
    }

    public boolean contains(int y, int x) {
        return y >= top && y <= bottom() && x >= left && x <= right();
    }

    /**
     * The field of the neuron at (y, x) of the output of layer {@code layer} (0-based), as seen
     * in the activation of layer {@code target} − 1's output, i.e. {@code target = 0} is the
     * input image and {@code target = i + 1} the output of layer i.
     */
    public static ReceptiveField in(List<Layer> layers, int layer, int y, int x, int target) {
        if (layer < 0 || layer >= layers.size()) {
            throw new IllegalArgumentException("no layer " + layer);
        }
        if (target < 0 || target > layer + 1) {
            throw new IllegalArgumentException("target activation " + target + " is not before layer " + layer);
        }
        Shape outShape = layers.get(layer).outputShape();
        if (y < 0 || y >= outShape.height() || x < 0 || x >= outShape.width()) {
            throw new IllegalArgumentException("(" + y + ", " + x + ") is outside the " + outShape + " output of layer " + layer);
        }
        int y0 = y, y1 = y, x0 = x, x1 = x;
        for (int i = layer; i >= target; i--) {
            Layer l = layers.get(i);
            Shape in = l.inputShape();
            LayerSpec spec = l.spec();
            if (spec instanceof LayerSpec.Conv c) {
                int reach = c.dilation() * (c.kernel() - 1);
                y0 = y0 * c.stride() - c.padding();
                y1 = y1 * c.stride() - c.padding() + reach;
                x0 = x0 * c.stride() - c.padding();
                x1 = x1 * c.stride() - c.padding() + reach;
            } else if (spec instanceof LayerSpec.Pool p) {
                y0 = y0 * p.stride();
                y1 = y1 * p.stride() + p.size() - 1;
                x0 = x0 * p.stride();
                x1 = x1 * p.stride() + p.size() - 1;
            } else if (spec instanceof LayerSpec.Dense || spec instanceof LayerSpec.Flatten) {
                y0 = 0;
                x0 = 0;
                y1 = in.height() - 1;
                x1 = in.width() - 1;
            }
            y0 = Math.max(0, y0);
            x0 = Math.max(0, x0);
            y1 = Math.min(in.height() - 1, y1);
            x1 = Math.min(in.width() - 1, x1);
        }
        return new ReceptiveField(y0, x0, y1 - y0 + 1, x1 - x0 + 1);
    }

    /** The field on the input image of the neuron at (y, x) of layer {@code layer}'s output. */
    public static ReceptiveField of(Network net, int layer, int y, int x) {
        return in(net.layers(), layer, y, x, 0);
    }

    /**
     * The nominal side of the receptive field of one neuron after {@code layers} layers, ignoring
     * borders (r ← r + (k − 1)·d·j, j ← j·s; Araujo et al., "Computing Receptive Fields of
     * Convolutional Neural Networks", Distill 2019). Dense layers see the whole input: returns −1.
     */
    public static int nominalSize(List<LayerSpec> specs, int layers) {
        int r = 1, jump = 1;
        for (int i = 0; i < layers; i++) {
            LayerSpec spec = specs.get(i);
            if (spec instanceof LayerSpec.Conv c) {
                r += (c.kernel() - 1) * c.dilation() * jump;
                jump *= c.stride();
            } else if (spec instanceof LayerSpec.Pool p) {
                r += (p.size() - 1) * jump;
                jump *= p.stride();
            } else if (spec instanceof LayerSpec.Dense) {
                return -1;
            }
        }
        return r;
    }
}
