package org.receptive.data;

import java.util.SplittableRandom;

/**
 * {@link DigitStyle#OPEN_FOUR}: a 4's stem and crossbar are kept as the writer drew them, its arm
 * (whatever rises from the crossbar's left end: a diagonal that met the stem, or an upright) is
 * erased and drawn again as an upright that stops short of the stem, leaning either way.
 */
final class OpenFour {

    /** Cells either side of the stem's line that count as the stem. */
    static final double STEM = 2;

    private OpenFour() {
    }

    static PenPath open(PenPath path, PenPath.Box box, SplittableRandom r) {
        int h = box.height();
        // Below the crossbar there is only the stem: its line, carried up.
        StrokeGeometry.Line stem = StrokeGeometry.stem(path, box.bottom() - 0.3 * h, box.bottom());
        if (stem == null || h < 15 || Math.abs(stem.b()) > 0.6) {
            return null;
        }
        // The crossbar meets the stem at the lowest ink just left of it.
        int junction = -1;
        for (int y = box.top(); y <= box.bottom(); y++) {
            for (int x = 0; x < PenPath.SIDE; x++) {
                double left = stem.x(y) - x;
                if (path.at(x, y) && left > STEM && left <= STEM + 4) {
                    junction = y;
                }
            }
        }
        if (junction < box.top() + 0.3 * h || junction > box.bottom() - 0.15 * h) {
            return null;
        }
        PenPath out = path.copy();
        int endX = PenPath.SIDE, endY = junction;
        for (int y = 0; y < PenPath.SIDE; y++) {
            for (int x = 0; x < PenPath.SIDE; x++) {
                if (!path.at(x, y) || stem.x(y) - x <= STEM) {
                    continue;
                }
                if (y < junction - 1 || y > junction + Math.max(3, 0.15 * h)) {
                    out.set(x, y, false);              // the old arm, above the crossbar or crossing below it
                } else if (x < endX || (x == endX && y < endY)) {
                    endX = x;                          // the crossbar's left end
                    endY = y;
                }
            }
        }
        double bar = stem.x(endY) - endX;
        if (bar < 6) {
            return null;
        }
        // The new arm: up from the crossbar's left end to 70–100% of the height above it, leaning
        // out or towards the stem, but always leaving a gap at the top.
        double rise = (endY - box.top()) * (0.7 + 0.3 * r.nextDouble());
        double topY = endY - rise, lean = -0.15 + 0.6 * r.nextDouble();
        double gap = Math.max(8, 0.45 * bar);             // wider than a thick brush
        double topX = Math.min(endX + lean * rise, stem.x(topY) - STEM - gap);
        double bend = (r.nextDouble() - 0.5) * 0.16 * rise;
        double midX = (endX + topX) / 2 + bend, midY = (endY + topY) / 2;
        // Its first cells leave the crossbar; beyond them it must not cross what is left of the 4.
        double skip = Math.min(4, rise / 3), fromX = endX + (midX - endX) * skip / (endY - midY), fromY = endY - skip;
        PenPath arm = PenPath.empty();
        arm.polyline(fromX, fromY, midX, midY, topX, topY);
        if (out.touches(arm)) {
            return null;
        }
        out.polyline(endX, endY, fromX, fromY);
        out.add(arm);
        return out;
    }
}
