package org.receptive.ui.network;

import org.receptive.engine.Shape;

/**
 * One drawn step of the network: activation {@code activation} of the last forward pass
 * (0 = the input, i + 1 = the output of layer i), a copy of its values, their range and a caption.
 */
record LayerStage(int activation, String caption, Shape shape, float[] values, float min, float max) {

    /** Start of channel c's values (row-major) in {@link #values}. */
    int offset(int channel) {
        return channel * shape.height() * shape.width();
    }

    /** A dense layer's output: neurons with no place in the image (shape n×1×1). */
    boolean vector() {
        return shape.height() == 1 && shape.width() == 1;
    }
}
