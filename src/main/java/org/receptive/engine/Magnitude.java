package org.receptive.engine;

import java.util.List;

/**
 * The largest absolute value among some numbers: where a symmetric colour scale (blue −m, white
 * 0, red +m) for weights, gradients or feature maps has to end so every value fits. NaN (a value
 * not computed yet) is skipped; with no number, or only zeros, the answer is 0 and the caller
 * decides what an empty scale shows.
 */
public final class Magnitude {

    private Magnitude() {
    }

    /** Over {@code values[from .. to)}. */
    public static float largest(float[] values, int from, int to) {
        float m = 0;
        for (int i = from; i < to; i++) {
            float a = Math.abs(values[i]);
            if (a > m) {   // false for NaN, so it is skipped
                m = a;
            }
        }
        return m;
    }

    public static float largest(float[] values) {
        return largest(values, 0, values.length);
    }

    /** Over a grid of rows. */
    public static float largest(float[][] rows) {
        float m = 0;
        for (float[] row : rows) {
            m = Math.max(m, largest(row));
        }
        return m;
    }

    /** Over grids, e.g. channels of rows. */
    public static float largest(float[][][] grids) {
        float m = 0;
        for (float[][] g : grids) {
            m = Math.max(m, largest(g));
        }
        return m;
    }

    /** Over grids of grids, e.g. a convolution's kernels by filter and channel. */
    public static float largest(float[][][][] grids) {
        float m = 0;
        for (float[][][] g : grids) {
            m = Math.max(m, largest(g));
        }
        return m;
    }

    /** Over several grids (e.g. a layer's kernels), so they share one scale. */
    public static float largestOf(List<float[][]> grids) {
        float m = 0;
        for (float[][] g : grids) {
            m = Math.max(m, largest(g));
        }
        return m;
    }
}
