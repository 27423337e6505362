package org.receptive.ui.network;

import org.receptive.engine.Shape;

/**
 * One drawn step of the network: activation {@code activation} of the last forward pass
 * (0 = the input, i + 1 = the output of layer i), a copy of its values and a caption.
 */
record Stage(int activation, String caption, Shape shape, float[] values, float min, float max) {

    /** Values of channel c, row-major, start offset in {@link #values}. */
    int offset(int channel) {
        return channel * shape.height() * shape.width();
    }
}
