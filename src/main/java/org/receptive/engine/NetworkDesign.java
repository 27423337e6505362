package org.receptive.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A network as a student builds it in the training studio, within classroom-safe bounds: one to
 * three convolutional blocks (1–32 filters, kernel 3, 5 or 7, padding, stride, optional 2×2 max
 * pool), an optional dense layer, and 10 outputs. It explains what is wrong instead of throwing,
 * and summarises every layer: output shape, parameters and receptive-field size.
 */
public record NetworkDesign(List<ConvBlock> blocks, int dense) {

    /** One convolution + ReLU, optionally followed by 2×2 max pooling. */
    public record ConvBlock(int filters, int kernel, int padding, int stride, boolean pool) {
    }

    /** What one layer does to the shape, for the editor's table. */
    public record LayerSummary(String layer, Shape output, int parameters, int receptiveField) {
    }

    public NetworkDesign {
        blocks = List.copyOf(blocks);
    }

    /** "Tiny (fast, 2 layers)". */
    public static final NetworkDesign TINY = new NetworkDesign(List.of(
            new ConvBlock(4, 5, 2, 1, true), new ConvBlock(8, 3, 1, 1, true)), 0);
    /** "LeNet-like". */
    public static final NetworkDesign LENET_LIKE = new NetworkDesign(List.of(
            new ConvBlock(6, 5, 2, 1, true), new ConvBlock(16, 5, 0, 1, true)), 84);
    /** The architecture of the default model. */
    public static final NetworkDesign DEFAULT_MODEL = new NetworkDesign(List.of(
            new ConvBlock(16, 5, 2, 1, true), new ConvBlock(32, 5, 2, 1, true)), 128);

    /** Everything outside the classroom bounds or impossible, in plain words; empty when fine. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (blocks.isEmpty() || blocks.size() > 3) {
            p.add("use 1 to 3 convolutional blocks, not " + blocks.size());
        }
        for (int i = 0; i < blocks.size(); i++) {
            ConvBlock b = blocks.get(i);
            String name = "block " + (i + 1) + ": ";
            if (b.filters() < 1 || b.filters() > 32) p.add(name + "use 1 to 32 filters, not " + b.filters());
            if (b.kernel() != 3 && b.kernel() != 5 && b.kernel() != 7) p.add(name + "the kernel is 3, 5 or 7 wide, not " + b.kernel());
            if (b.padding() < 0 || b.padding() > 3) p.add(name + "padding is 0 to 3, not " + b.padding());
            if (b.stride() < 1 || b.stride() > 3) p.add(name + "stride is 1 to 3, not " + b.stride());
        }
        if (dense < 0 || dense > 256) {
            p.add("the dense layer has 0 (none) to 256 neurons, not " + dense);
        }
        if (p.isEmpty()) {
            try {
                architecture().build();
            } catch (IllegalArgumentException e) {
                p.add(e.getMessage() + ": the image has shrunk too much by then; use padding, a smaller kernel, "
                        + "stride 1 or fewer pooling layers");
            }
        }
        return p;
    }

    /** The layers as the engine builds them. */
    public Architecture architecture() {
        List<LayerSpec> specs = new ArrayList<>();
        for (ConvBlock b : blocks) {
            specs.add(new LayerSpec.Conv(b.filters(), b.kernel(), b.stride(), b.padding(), 1));
            specs.add(new LayerSpec.Relu());
            if (b.pool()) {
                specs.add(new LayerSpec.Pool(2, 2));
            }
        }
        if (dense > 0) {
            specs.add(new LayerSpec.Dense(dense));
            specs.add(new LayerSpec.Relu());
        }
        specs.add(new LayerSpec.Dense(10));
        return new Architecture(new Shape(1, 28, 28), specs);
    }

    /** One row per layer; call only when {@link #problems()} is empty. */
    public List<LayerSummary> summary() {
        Architecture a = architecture();
        List<Layer> layers = a.build();
        List<LayerSummary> rows = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            rows.add(new LayerSummary(describe(l.spec()), l.outputShape(), l.paramCount(),
                    ReceptiveField.nominalSize(a.layers(), i + 1)));
        }
        return rows;
    }

    /** Total parameters. */
    public int parameters() {
        return summary().stream().mapToInt(LayerSummary::parameters).sum();
    }

    private static String describe(LayerSpec s) {
        if (s instanceof LayerSpec.Conv c) {
            return "convolution " + c.kernel() + "×" + c.kernel() + ", " + c.filters() + " filters"
                    + (c.padding() > 0 ? ", padding " + c.padding() : "") + (c.stride() > 1 ? ", stride " + c.stride() : "");
        }
        if (s instanceof LayerSpec.Pool p) {
            return "max pooling " + p.size() + "×" + p.size();
        }
        if (s instanceof LayerSpec.Dense d) {
            return "dense, " + d.outputs() + " neurons";
        }
        return s.token();
    }
}
