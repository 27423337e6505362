package org.receptive.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Ways people write digits that MNIST rarely has, made from an MNIST digit of that class: its
 * pen path ({@link PenPath}) gets the style's stroke (a slash, a flag, a crossbar), or a part is
 * redrawn (a 4's arm, a 9's tail), with random sizes and angles, and is then drawn with a brush
 * like any other digit ({@link DrawnDigits}). Not every digit suits every style (a 9 whose loop
 * is not closed has no loop to hang a straight tail on): {@link #restyle} then gives null.
 */
public enum DigitStyle {

    /** A zero with a slash through it, lower left to upper right (Ø). */
    SLASHED_ZERO(0) {
        @Override
        PenPath change(PenPath path, PenPath.Box box, SplittableRandom r) {
            double[] centre = StrokeGeometry.loopCentre(path, box);
            double angle = Math.toRadians(45 + 35 * r.nextDouble());
            double dx = Math.cos(angle), dy = -Math.sin(angle);             // up and to the right
            double h = box.height();
            // Past the ring at the top end at least; at the bottom end it may stop just short.
            double ahead = StrokeGeometry.reach(path, box, centre, dx, dy) + h * (0.03 + 0.22 * r.nextDouble());
            double back = StrokeGeometry.reach(path, box, centre, -dx, -dy) + h * (-0.05 + 0.25 * r.nextDouble());
            PenPath out = path.copy();
            out.line(centre[0] - back * dx, centre[1] - back * dy, centre[0] + ahead * dx, centre[1] + ahead * dy);
            return out;
        }
    },

    /**
     * A one with a flag down to the left from its top, and half of the time a base (the
     * continental 1). The flag is steep and shorter than half the stem, as people write it.
     */
    CONTINENTAL_ONE(1) {
        @Override
        PenPath change(PenPath path, PenPath.Box box, SplittableRandom r) {
            StrokeGeometry.Line stem = StrokeGeometry.stem(path, box.top() + 0.2 * box.height(), box.top() + 0.8 * box.height());
            if (stem == null || box.height() < 12 || stem.b() > 0.2) {
                return null;                                               // not a stroke, or leaning back like a \
            }
            // Only the stem is kept: a flag or hook the writer drew already would double the new one.
            PenPath out = StrokeGeometry.near(path, stem, 2.5);
            PenPath.Box kept = out.box();
            double length = kept.height();
            double[] down = stem.direction(), left = {-down[1], down[0]};
            if (left[0] > 0) {
                left = new double[] {-left[0], -left[1]};
            }
            double tx = stem.x(kept.top()), ty = kept.top();
            // The flag is a short upstroke, steep on the page: 35–60° below the horizontal, a
            // third to under half the stem. A 7's bar is long and near level. Angles taken from
            // the stem made a third of the flags on MNIST's leaning 1s (/) flatter than 30°, and
            // those 1s were 7s.
            double stemDegrees = Math.toDegrees(Math.atan2(down[1], -down[0]));       // 90: upright; less: leaning /
            double steepest = Math.min(60, stemDegrees - MIN_FLAG_TO_STEM);
            if (steepest < MIN_FLAG_DEGREES) {
                return null;                                               // leaning too far for a flag apart from its stem
            }
            double theta = Math.toRadians(MIN_FLAG_DEGREES + (steepest - MIN_FLAG_DEGREES) * r.nextDouble());
            double flag = length * (0.3 + 0.15 * r.nextDouble());
            out.line(tx, ty, tx - flag * Math.cos(theta), ty + flag * Math.sin(theta));
            if (r.nextBoolean()) {
                double bx = stem.x(kept.bottom()), by = kept.bottom();
                double toLeft = length * (0.12 + 0.18 * r.nextDouble()), toRight = length * (0.12 + 0.18 * r.nextDouble());
                out.line(bx + toLeft * left[0], by + toLeft * left[1], bx - toRight * left[0], by - toRight * left[1]);
            }
            return out;
        }
    },

    /** A seven with a bar across its stem. */
    CROSSED_SEVEN(7) {
        @Override
        PenPath change(PenPath path, PenPath.Box box, SplittableRandom r) {
            int y = (int) Math.round(box.top() + box.height() * (0.42 + 0.18 * r.nextDouble()));
            Double x = StrokeGeometry.middleOfRow(path, y, 2);
            if (x == null || box.height() < 12) {
                return null;
            }
            double w = Math.max(box.width(), 0.5 * box.height());
            double toLeft = Math.max(5, w * (0.15 + 0.17 * r.nextDouble())), toRight = Math.max(5, w * (0.15 + 0.17 * r.nextDouble()));
            double tilt = Math.toRadians(-8 + 16 * r.nextDouble());
            PenPath bar = PenPath.empty();
            bar.line(x - toLeft * Math.cos(tilt), y + toLeft * Math.sin(tilt), x + toRight * Math.cos(tilt), y - toRight * Math.sin(tilt));
            // Away from the stem the bar must meet no ink: a 7 whose writer crossed it already does not suit.
            for (int cx = 0; cx < PenPath.SIDE; cx++) {
                for (int cy = y - 6; cy <= y + 6; cy++) {
                    if (bar.at(cx, cy) && Math.abs(cx - x) > 3 && (path.at(cx, cy) || path.at(cx, cy - 1) || path.at(cx, cy + 1))) {
                        return null;
                    }
                }
            }
            PenPath out = path.copy();
            out.add(bar);
            return out;
        }
    },

    /** A four whose arm stops short of the stem, so its top is open. */
    OPEN_FOUR(4) {
        @Override
        PenPath change(PenPath path, PenPath.Box box, SplittableRandom r) {
            return OpenFour.open(path, box, r);
        }
    },

    /** A nine whose tail drops straight down from the right of its loop. */
    STRAIGHT_NINE(9) {
        @Override
        PenPath change(PenPath path, PenPath.Box box, SplittableRandom r) {
            return StraightNine.straighten(path, box, r);
        }
    };

    /** The continental 1's flag is at least this steep, in degrees below the horizontal. */
    static final double MIN_FLAG_DEGREES = 35;
    /** The continental 1's flag is at least this many degrees from its stem, so the two strokes stay apart. */
    static final double MIN_FLAG_TO_STEM = 20;

    private final int digit;

    DigitStyle(int digit) {
        this.digit = digit;
    }

    /** The digit this style is a way of writing. */
    public int digit() {
        return digit;
    }

    /** E.g. "crossed seven". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The pen path of {@code path} (a digit of this style's class) written in this style, or null
     * when it does not suit; {@code path} is not changed.
     */
    public PenPath restyle(PenPath path, SplittableRandom random) {
        PenPath.Box box = path.box();
        PenPath out = box == null ? null : change(path, box, random);
        // Each style's stroke joins the digit: more pieces than before means the digit was misread.
        return out == null || out.pieces() > path.pieces() ? null : out;
    }

    abstract PenPath change(PenPath path, PenPath.Box box, SplittableRandom random);

    /** The style written on MNIST digits of {@code digit}, none for the other digits. */
    public static DigitStyle of(int digit) {
        for (DigitStyle s : values()) {
            if (s.digit == digit) {
                return s;
            }
        }
        return null;
    }
}
