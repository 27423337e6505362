package org.receptive.engine;

import java.util.List;

/**
 * The exact rectangle of input pixels a neuron depends on.
 *
 * <p>Walk back from the neuron's own cell, layer by layer: a convolution's output row o reads
 * input rows o·s − p + t·d for t &lt; k, a pooling window rows o·s .. o·s + size − 1, a ReLU the
 * same row, and a dense layer everything; likewise for columns. Rows that fall in the padding
 * carry no pixel and are dropped, and rows a dilated kernel skips are not read, so the rectangle
 * is the bounding box of the rows and columns actually read, tight even at the borders.
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
        // Rows and columns are tracked as sets, not ranges: a dilated kernel (or a stride longer
        // than the window) skips cells, and clipping a range to the input would count a skipped
        // cell on the border as seen. Every layer maps a rows × columns set to another one.
        boolean[] rows = new boolean[outShape.height()];
        boolean[] cols = new boolean[outShape.width()];
        rows[y] = true;
        cols[x] = true;
        for (int i = layer; i >= target; i--) {
            Layer l = layers.get(i);
            rows = back(rows, l.spec(), l.inputShape().height());
            cols = back(cols, l.spec(), l.inputShape().width());
        }
        int y0 = first(rows), y1 = last(rows), x0 = first(cols), x1 = last(cols);
        if (y0 < 0 || x0 < 0) {
            return new ReceptiveField(0, 0, 0, 0);   // only padding: the neuron sees no cell at all
        }
        return new ReceptiveField(y0, x0, y1 - y0 + 1, x1 - x0 + 1);
    }

    /**
     * The input cells along one axis that the output cells {@code out} of a layer read: a
     * convolution's output o reads o·s − p + t·d for taps t &lt; k (cells in the padding are no
     * cells), a pooling window o·s + t for t &lt; size, a ReLU the same cell, a dense layer all.
     */
    private static boolean[] back(boolean[] out, LayerSpec spec, int length) {
        boolean[] in = new boolean[length];
        for (int o = 0; o < out.length; o++) {
            if (!out[o]) {
                continue;
            }
            if (spec instanceof LayerSpec.Conv c) {
                for (int t = 0; t < c.kernel(); t++) {
                    int i = o * c.stride() - c.padding() + t * c.dilation();
                    if (i >= 0 && i < length) {
                        in[i] = true;
                    }
                }
            } else if (spec instanceof LayerSpec.Pool p) {
                for (int t = 0; t < p.size(); t++) {
                    in[o * p.stride() + t] = true;
                }
            } else if (spec instanceof LayerSpec.Dense || spec instanceof LayerSpec.Flatten) {
                java.util.Arrays.fill(in, true);
            } else {
                in[o] = true;
            }
        }
        return in;
    }

    private static int first(boolean[] set) {
        for (int i = 0; i < set.length; i++) {
            if (set[i]) {
                return i;
            }
        }
        return -1;
    }

    private static int last(boolean[] set) {
        for (int i = set.length - 1; i >= 0; i--) {
            if (set[i]) {
                return i;
            }
        }
        return -1;
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
