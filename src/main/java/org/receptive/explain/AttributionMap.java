package org.receptive.explain;

import org.receptive.engine.Magnitude;

/**
 * One explanation: a value per input pixel ({@code height × width}, row by row) saying how much
 * that pixel counts for the {@link Question}'s answer by the {@link Method}, in the method's own
 * unit (a drop of probability, a score per unit of ink, a weighted activation).
 */
public record AttributionMap(Method method, Question question, int height, int width, float[] values) {

    public AttributionMap {
        if (values.length != height * width) {
            throw new IllegalArgumentException(values.length + " values do not make a " + height + "×" + width + " map");
        }
    }

    public float at(int y, int x) {
        return values[y * width + x];
    }

    /** The largest magnitude, where a symmetric colour scale ends; 0 for a map of zeros. */
    public float largest() {
        return Magnitude.largest(values);
    }
}
