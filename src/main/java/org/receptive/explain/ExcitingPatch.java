package org.receptive.explain;

import org.receptive.engine.ReceptiveField;

/**
 * One of the data set's samples that excites a channel most: the sample, the cell of the channel's
 * map where it does (its first largest), that activation, and the cell's receptive field on the
 * input, the patch the neuron there sees.
 */
public record ExcitingPatch(int sample, int y, int x, float activation, ReceptiveField field) {

    /** The patch of {@code image} (the sample, height × width, one channel) inside the field, row by row. */
    public float[] crop(float[] image, int width) {
        float[] out = new float[field.height() * field.width()];
        for (int r = 0; r < field.height(); r++) {
            System.arraycopy(image, (field.top() + r) * width + field.left(), out, r * field.width(), field.width());
        }
        return out;
    }
}
