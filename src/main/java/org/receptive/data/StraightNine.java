package org.receptive.data;

import java.util.SplittableRandom;

/**
 * {@link DigitStyle#STRAIGHT_NINE}: a 9's loop is kept as the writer drew it, its tail (all ink
 * below the loop) is erased and drawn again as a straight line down from the loop's right side,
 * upright or leaning a little, about as long as the old one.
 */
final class StraightNine {

    private StraightNine() {
    }

    static PenPath straighten(PenPath path, PenPath.Box box, SplittableRandom r) {
        boolean[] loop = StrokeGeometry.largestLoop(path);
        int top = PenPath.SIDE, bottom = -1, size = 0;
        for (int i = 0; loop != null && i < loop.length; i++) {
            if (loop[i]) {
                top = Math.min(top, i / PenPath.SIDE);
                bottom = Math.max(bottom, i / PenPath.SIDE);
                size++;
            }
        }
        // The loop must be a real loop in the upper part: a 9 written open has nothing to keep.
        if (size < 12 || bottom > box.top() + 0.7 * box.height()) {
            return null;
        }
        int loopHeight = bottom - top + 3;
        PenPath out = path.copy();
        for (int y = bottom + 2; y < PenPath.SIDE; y++) {
            for (int x = 0; x < PenPath.SIDE; x++) {
                out.set(x, y, false);
            }
        }
        // Start on the loop's right side, between its middle and three quarters down.
        int startY = (int) Math.round(top + (bottom - top) * (0.5 + 0.25 * r.nextDouble()));
        int startX = -1;
        for (int x = 0; x < PenPath.SIDE; x++) {
            if (out.at(x, startY)) {
                startX = x;
            }
        }
        if (startX < 0) {
            return null;
        }
        // Below the loop: as long as the old tail, and at least 0.9 of the loop's height.
        double below = Math.max(box.bottom() - bottom - 1, 0.9 * loopHeight) * (1 + 0.15 * r.nextDouble());
        double endY = bottom + 1 + below;
        double lean = -0.25 + 0.3 * r.nextDouble();       // x per y: mostly a little to the left, as writers slant
        double overflow = Math.max(0, endY - (PenPath.SIDE - 1));
        if (overflow > 0) {
            // Off the bottom of the grid: move the 9 up (the drawing is scaled to the pad anyway).
            out = out.shifted(0, -(int) Math.ceil(overflow));
            startY -= (int) Math.ceil(overflow);
            endY -= Math.ceil(overflow);
        }
        out.line(startX, startY, startX + lean * (endY - startY), endY);
        return out;
    }
}
