package org.receptive.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The straight line through a set of cells (their principal axis), how far the farthest cell is
 * from it, how long the cells run along it, and its angle: what the style tests check a stroke by.
 */
record StraightStroke(double cx, double cy, double dx, double dy, double worst, double length, int cells) {

    /** The cells on in {@code after} but not in {@code before}. */
    static List<int[]> added(PenPath before, PenPath after) {
        List<int[]> out = new ArrayList<>();
        for (int y = 0; y < PenPath.SIDE; y++) {
            for (int x = 0; x < PenPath.SIDE; x++) {
                if (after.at(x, y) && !before.at(x, y)) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    /** Whether every cell of {@code part} is also in {@code whole}. */
    static boolean within(PenPath part, PenPath whole) {
        for (int y = 0; y < PenPath.SIDE; y++) {
            for (int x = 0; x < PenPath.SIDE; x++) {
                if (part.at(x, y) && !whole.at(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    static StraightStroke fit(List<int[]> cells) {
        double cx = 0, cy = 0;
        for (int[] c : cells) {
            cx += c[0];
            cy += c[1];
        }
        cx /= cells.size();
        cy /= cells.size();
        double sxx = 0, syy = 0, sxy = 0;
        for (int[] c : cells) {
            sxx += (c[0] - cx) * (c[0] - cx);
            syy += (c[1] - cy) * (c[1] - cy);
            sxy += (c[0] - cx) * (c[1] - cy);
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);          // the principal axis
        double dx = Math.cos(angle), dy = Math.sin(angle);
        double worst = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int[] c : cells) {
            double along = (c[0] - cx) * dx + (c[1] - cy) * dy, across = -(c[0] - cx) * dy + (c[1] - cy) * dx;
            worst = Math.max(worst, Math.abs(across));
            lo = Math.min(lo, along);
            hi = Math.max(hi, along);
        }
        return new StraightStroke(cx, cy, dx, dy, worst, hi - lo, cells.size());
    }

    /** The angle from the horizontal in degrees, 0 to 90, whichever way the line runs. */
    double degreesFromHorizontal() {
        return Math.toDegrees(Math.atan2(Math.abs(dy), Math.abs(dx)));
    }

    /** True when the line rises to the right on screen (y grows downwards). */
    boolean risesToTheRight() {
        return dx * dy < 0;
    }

    /** Distance from (x, y) to the line. */
    double distance(double x, double y) {
        return Math.abs(-(x - cx) * dy + (y - cy) * dx);
    }
}
