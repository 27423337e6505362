package org.receptive.ui.draw;

import org.receptive.data.Drawing;

/**
 * Each digit written as a person writes it with a mouse on the 280×280 pad: a few pen strokes
 * through hand-placed points, smoothed with a Catmull–Rom spline so curves look drawn rather than
 * polygonal. The demo harness draws them on the Draw view for screenshots, and tests check the
 * model reads strokes (not only MNIST images). Test sources only: the app does not ship them.
 */
public final class SampleDigits {

    /** Pen strokes per digit; each stroke is x, y pairs in pad pixels. */
    private static final double[][][] STROKES = {
        {{140, 42, 95, 62, 76, 125, 88, 195, 135, 236, 182, 205, 200, 135, 184, 70, 140, 42, 130, 46}},
        {{128, 70, 152, 44, 150, 120, 147, 236}},
        {{82, 92, 110, 55, 160, 48, 195, 85, 178, 140, 120, 195, 80, 232, 150, 228, 208, 230}},
        {{80, 68, 130, 45, 185, 65, 180, 112, 128, 138, 188, 165, 190, 215, 140, 238, 80, 218}},
        {{112, 44, 92, 110, 82, 160, 205, 158}, {172, 92, 170, 170, 168, 240}},
        {{198, 48, 105, 48, 94, 128, 140, 118, 190, 150, 192, 205, 145, 236, 82, 218}},
        {{178, 46, 120, 90, 86, 165, 104, 228, 160, 232, 192, 190, 162, 145, 110, 150, 88, 182}},
        {{72, 52, 205, 52, 160, 130, 118, 240}},
        {{176, 68, 140, 42, 96, 66, 108, 112, 175, 158, 188, 208, 140, 238, 92, 210, 104, 160, 172, 114, 180, 70}},
        {{184, 78, 150, 45, 102, 60, 94, 110, 140, 132, 186, 98, 184, 78, 182, 160, 176, 240}},
    };

    /** Segments per pair of points when smoothing. */
    private static final int STEPS = 8;

    private SampleDigits() {
    }

    /** Draws digit d (0..9) into {@code drawing} with a brush {@code brush} pixels wide. */
    static void draw(Drawing drawing, int digit, double brush) {
        double sx = drawing.width() / 280.0, sy = drawing.height() / 280.0;
        for (double[] smooth : strokes(digit)) {
            drawing.begin(smooth[0] * sx, smooth[1] * sy, brush, false);
            for (int i = 2; i < smooth.length; i += 2) {
                drawing.extend(smooth[i] * sx, smooth[i + 1] * sy);
            }
            drawing.end();
        }
    }

    /**
     * Clears the Draw view's pad and draws digit d (0..9) on it stroke by stroke, with its brush,
     * as the pad does when a person drags the mouse.
     */
    public static void drawOn(DrawViewModel pad, int digit) {
        drawStrokes(pad, strokes(digit));
    }

    /**
     * Clears the pad and draws the given strokes (x, y pairs in pad pixels) through the pad's own
     * stroke methods, each smoothed through its points as the sample digits are.
     */
    public static void drawOn(DrawViewModel pad, double[][] strokes) {
        double[][] smooth = new double[strokes.length][];
        for (int s = 0; s < strokes.length; s++) {
            smooth[s] = catmullRom(strokes[s]);
        }
        drawStrokes(pad, smooth);
    }

    private static void drawStrokes(DrawViewModel pad, double[][] strokes) {
        pad.clear();
        for (double[] smooth : strokes) {
            pad.beginStroke(smooth[0], smooth[1]);
            for (int i = 2; i < smooth.length; i += 2) {
                pad.extendStroke(smooth[i], smooth[i + 1]);
            }
            pad.endStroke();
        }
    }

    /** Digit d's strokes smoothed, as x, y pairs in pad pixels (the pad is 280×280). */
    private static double[][] strokes(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("a sample digit is 0 to 9, not " + digit);
        }
        double[][] out = new double[STROKES[digit].length][];
        for (int s = 0; s < out.length; s++) {
            out[s] = catmullRom(STROKES[digit][s]);
        }
        return out;
    }

    /** The pen path as points: x, y pairs through every given point (uniform Catmull–Rom). */
    static double[] catmullRom(double[] p) {
        int n = p.length / 2;
        if (n < 3) {
            return p.clone();
        }
        double[] out = new double[2 * ((n - 1) * STEPS + 1)];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            int i0 = Math.max(0, i - 1), i2 = i + 1, i3 = Math.min(n - 1, i + 2);
            for (int s = 0; s < STEPS; s++) {
                double t = (double) s / STEPS;
                out[k++] = spline(p[2 * i0], p[2 * i], p[2 * i2], p[2 * i3], t);
                out[k++] = spline(p[2 * i0 + 1], p[2 * i + 1], p[2 * i2 + 1], p[2 * i3 + 1], t);
            }
        }
        out[k++] = p[2 * n - 2];
        out[k] = p[2 * n - 1];
        return out;
    }

    /** One coordinate of the Catmull–Rom segment from b to c (Catmull and Rom, 1974), t in [0, 1]. */
    private static double spline(double a, double b, double c, double d, double t) {
        double t2 = t * t, t3 = t2 * t;
        return 0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (3 * b - a - 3 * c + d) * t3);
    }
}
