package org.receptive.engine;

/**
 * The description of a layer, independent of its input: what an architecture string holds and
 * what a model file stores. {@link #build} works out the output shape from an input shape.
 */
public sealed interface LayerSpec {

    /** Makes the layer for this input shape, or explains in plain words why it cannot. */
    Layer build(Shape input);

    /** The token of this layer in an architecture string, e.g. {@code conv5x5x8p2}. */
    String token();

    /** Convolution with {@code filters} kernels of size k×k. */
    record Conv(int filters, int kernel, int stride, int padding, int dilation) implements LayerSpec {
        public Conv {
            check(filters >= 1 && filters <= 1024, "a convolution needs 1 to 1024 filters, not " + filters);
            check(kernel >= 1 && kernel <= 7, "kernel size must be 1 to 7, not " + kernel);
            check(stride >= 1 && stride <= 8, "stride must be 1 to 8, not " + stride);
            check(padding >= 0 && padding <= 8, "padding must be 0 to 8, not " + padding);
            check(dilation >= 1 && dilation <= 8, "dilation must be 1 to 8, not " + dilation);
        }

        @Override
        public Layer build(Shape input) {
            return new Conv2d(input, this);
        }

        @Override
        public String token() {
            return "conv" + kernel + "x" + kernel + "x" + filters
                    + (padding != 0 ? "p" + padding : "")
                    + (stride != 1 ? "s" + stride : "")
                    + (dilation != 1 ? "d" + dilation : "");
        }
    }

    /** Max pooling over size×size windows moved by {@code stride}. */
    record Pool(int size, int stride) implements LayerSpec {
        public Pool {
            check(size >= 1 && size <= 8, "pool size must be 1 to 8, not " + size);
            check(stride >= 1 && stride <= 8, "pool stride must be 1 to 8, not " + stride);
        }

        @Override
        public Layer build(Shape input) {
            return new MaxPool2d(input, this);
        }

        @Override
        public String token() {
            return "pool" + size + (stride != size ? "s" + stride : "");
        }
    }

    /** Rectified linear unit, max(0, x). */
    record Relu() implements LayerSpec {
        @Override
        public Layer build(Shape input) {
            return new ReLU(input);
        }

        @Override
        public String token() {
            return "relu";
        }
    }

    /** Reshape to a vector; no arithmetic. */
    record Flatten() implements LayerSpec {
        @Override
        public Layer build(Shape input) {
            return new org.receptive.engine.Flatten(input);
        }

        @Override
        public String token() {
            return "flatten";
        }
    }

    /** Fully connected layer with {@code outputs} neurons. */
    record Dense(int outputs) implements LayerSpec {
        public Dense {
            check(outputs >= 1 && outputs <= 4096, "a dense layer needs 1 to 4096 outputs, not " + outputs);
        }

        @Override
        public Layer build(Shape input) {
            return new org.receptive.engine.Dense(input, outputs);
        }

        @Override
        public String token() {
            return "dense" + outputs;
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
