package org.receptive.ui.draw;

import org.receptive.data.PreprocessedDigit;
import org.receptive.ui.common.Rect;

/**
 * Carries a receptive field from the 28×28 input back onto the drawing (or opened picture) it
 * came from, by undoing the preprocessing: the shift that centred the mass, then the scaling of
 * the ink's bounding box to 20×20. Parts of the field beyond the picture are cut off.
 */
final class FieldOnSource {

    private FieldOnSource() {
    }

    /** The field in source pixels (rows, columns of {@code p.grey()}), or null if none or empty. */
    static Rect map(Rect onInput, PreprocessedDigit p) {
        if (onInput == null || p == null || p.isEmpty() || onInput.height() <= 0 || onInput.width() <= 0) {
            return null;
        }
        double[] e = exact(onInput, p);
        int t = (int) Math.max(0, Math.floor(e[0])), b = (int) Math.min(p.height(), Math.ceil(e[1]));
        int l = (int) Math.max(0, Math.floor(e[2])), r = (int) Math.min(p.width(), Math.ceil(e[3]));
        return b > t && r > l ? new Rect(t, l, b - t, r - l) : null;
    }

    /**
     * The same, unrounded and uncut: top, bottom, left, right in fractional source pixels (a
     * 28×28 cell covers a fraction of a pixel's edge more or less than a whole number, and cells
     * side by side must meet, not overlap).
     */
    static double[] exact(Rect onInput, PreprocessedDigit p) {
        PreprocessedDigit.Box box = p.box();
        // Each fitted pixel covers box.height / fittedHeight source rows (and likewise columns).
        double rowScale = (double) box.height() / p.fittedHeight(), colScale = (double) box.width() / p.fittedWidth();
        return new double[] {
            box.top() + (onInput.top() - p.top()) * rowScale,
            box.top() + (onInput.top() + onInput.height() - p.top()) * rowScale,
            box.left() + (onInput.left() - p.left()) * colScale,
            box.left() + (onInput.left() + onInput.width() - p.left()) * colScale,
        };
    }
}
