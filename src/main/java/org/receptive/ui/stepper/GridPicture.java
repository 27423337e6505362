package org.receptive.ui.stepper;

import java.util.List;
import java.util.Set;
import org.receptive.engine.Magnitude;

/**
 * What one grid of the stepper shows, worked out by a view-model so the view only draws it: the
 * numbers (NaN for a cell not computed yet), the padding ring around them, the colour scale's
 * end, the kernel's window (cells in order, with the weight over each or null), marked cells
 * (e.g. the ones a backward step changes), one emphasised cell, and the sentence a screen reader
 * says. Rows and columns are data coordinates: padding cells are at −1, −2, … and past the edge.
 */
public record GridPicture(float[][] values, int padding, double magnitude, List<Cell> window, float[] windowWeights,
                          Set<Cell> marks, Cell emphasis, String description) {

    /** Just the numbers, on a scale of their own, with a description. */
    public static GridPicture of(float[][] values, int padding, String description) {
        return new GridPicture(values, padding, magnitude(new float[][][] {values}), List.of(), null, Set.of(), null, description);
    }

    public GridPicture withScale(double m) {
        return new GridPicture(values, padding, m, window, windowWeights, marks, emphasis, description);
    }

    public GridPicture withWindow(List<Cell> cells, float[] weights) {
        return new GridPicture(values, padding, magnitude, cells, weights, marks, emphasis, description);
    }

    public GridPicture withMarks(Set<Cell> cells) {
        return new GridPicture(values, padding, magnitude, window, windowWeights, cells, emphasis, description);
    }

    public GridPicture withEmphasis(Cell cell) {
        return new GridPicture(values, padding, magnitude, window, windowWeights, marks, cell, description);
    }

    /**
     * The largest magnitude among the numbers (NaN, not computed yet, skipped), or 1 when all are
     * 0: the end of a diverging colour scale, so 0 stays white.
     */
    public static double magnitude(float[][][] g) {
        double m = largest(g);
        return m == 0 ? 1 : m;
    }

    /** {@link #magnitude(float[][][])} over several kernels, (N, C, k, k). */
    public static double magnitude(float[][][][] g) {
        double m = 0;
        for (float[][][] k : g) {
            m = Math.max(m, largest(k));
        }
        return m == 0 ? 1 : m;
    }

    private static double largest(float[][][] g) {
        return Magnitude.largest(g);   // NaN (not computed yet) skipped
    }
}
