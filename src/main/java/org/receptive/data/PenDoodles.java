package org.receptive.data;

import java.util.SplittableRandom;

/**
 * Things that are not digits, as pen paths: letters, scribbles and doodled shapes, each with
 * its points moved at random, drawn afterwards with a brush like the digits ({@link DrawnDigits}).
 * They teach the network to be unsure of what is not a digit (outlier exposure, see
 * {@link DrawnTraining}). This generator is deliberately not the one the "not a digit" rule is
 * measured on ({@link NonDigits}): other letters' shapes, other scribbles, other shapes, and
 * no faces at all, so the measured rates say how far the lesson carries.
 */
public final class PenDoodles {

    /** What a doodle is. */
    public enum Kind { LETTER, SCRIBBLE, SHAPE }

    /**
     * Letters and signs as strokes on a unit square (x right, y down), each stroke x0, y0, x1, y1…
     * Left out: whatever people also write as a digit (O, D, C, I, l, J, T, Z, S, G, B, b, g, q,
     * a, e, h, r, t, u, U, y).
     */
    private static final double[][][] LETTERS = {
        {{0, 1, 0.5, 0, 1, 1}, {0.2, 0.62, 0.8, 0.62}},                                             // A
        {{1, 0, 0, 0, 0, 1, 1, 1}, {0, 0.5, 0.75, 0.5}},                                            // E
        {{1, 0, 0, 0, 0, 1}, {0, 0.48, 0.7, 0.48}},                                                 // F
        {{0, 0, 0, 1}, {1, 0, 1, 1}, {0, 0.5, 1, 0.5}},                                             // H
        {{0, 0, 0, 1}, {0.9, 0, 0, 0.55}, {0.3, 0.4, 1, 1}},                                        // K
        {{0, 1, 0.05, 0, 0.5, 0.65, 0.95, 0, 1, 1}},                                                // M
        {{0, 1, 0, 0, 1, 1, 1, 0}},                                                                 // N
        {{0, 1, 0, 0, 0.6, 0, 0.85, 0.12, 0.9, 0.27, 0.85, 0.42, 0.6, 0.52, 0, 0.52}},              // P
        {{0, 1, 0, 0, 0.6, 0, 0.85, 0.12, 0.9, 0.27, 0.85, 0.42, 0.6, 0.52, 0, 0.52}, {0.4, 0.52, 1, 1}}, // R
        {{0, 0, 0.5, 1, 1, 0}},                                                                     // V
        {{0, 0, 0.25, 1, 0.5, 0.35, 0.75, 1, 1, 0}},                                                // W
        {{0, 0, 1, 1}, {1, 0, 0, 1}},                                                               // X
        {{0, 0, 0.5, 0.5, 1, 0}, {0.5, 0.5, 0.5, 1}},                                               // Y
        {{0, 0, 0, 1}, {0.8, 0.35, 0, 0.72}, {0.35, 0.6, 0.9, 1}},                                  // k
        {{0, 1, 0, 0}, {0, 0.3, 0.1, 0.08, 0.25, 0, 0.4, 0.08, 0.5, 0.3, 0.5, 1},
            {0.5, 0.3, 0.6, 0.08, 0.75, 0, 0.9, 0.08, 1, 0.3, 1, 1}},                               // m
        {{0, 1, 0, 0}, {0, 0.3, 0.15, 0.06, 0.45, 0, 0.8, 0.08, 1, 0.35, 1, 1}},                    // n
        {{0, 0, 0.2, 1, 0.5, 0.3, 0.8, 1, 1, 0}},                                                   // w
        {{0.3, 0, 0.2, 1}, {0.75, 0, 0.65, 1}, {0, 0.33, 1, 0.33}, {0, 0.67, 1, 0.67}},             // #
        {{0.5, 0, 0.5, 1}, {0.07, 0.25, 0.93, 0.75}, {0.93, 0.25, 0.07, 0.75}},                     // *
    };

    private PenDoodles() {
    }

    /** A doodle of a random kind. */
    public static PenPath draw(SplittableRandom r) {
        return draw(Kind.values()[r.nextInt(Kind.values().length)], r);
    }

    /** A doodle of the given kind, about 40 cells tall in the middle of the grid. */
    public static PenPath draw(Kind kind, SplittableRandom r) {
        PenPath path = PenPath.empty();
        switch (kind) {
            case LETTER -> letter(path, r);
            case SCRIBBLE -> scribble(path, r);
            case SHAPE -> DoodledShapes.draw(path, r);
        }
        return path;
    }

    private static void letter(PenPath path, SplittableRandom r) {
        double[][] strokes = LETTERS[r.nextInt(LETTERS.length)];
        double width = 0.6 + 0.5 * r.nextDouble();
        for (double[] stroke : strokes) {
            double[] xy = new double[stroke.length];
            for (int i = 0; i < stroke.length; i += 2) {
                // Each point moved by up to about 5% of the letter, as a hand does.
                xy[i] = onGrid(0.5 + (stroke[i] - 0.5) * width + 0.05 * gaussian(r));
                xy[i + 1] = onGrid(stroke[i + 1] + 0.05 * gaussian(r));
            }
            path.polyline(xy);
        }
    }

    /**
     * A smooth curve wandering through 9–14 random points (a tangle: with fewer points a curve
     * too often looks like a 2, a 6 or an 8), or a coil of 3–6 loops.
     */
    private static void scribble(PenPath path, SplittableRandom r) {
        if (r.nextInt(3) == 0) {
            int loops = 3 + r.nextInt(4);
            double radius = 0.12 + 0.1 * r.nextDouble(), tilt = (r.nextDouble() - 0.5) * 0.8;
            double[] xy = new double[2 * (loops * 24 + 1)];
            for (int i = 0; i <= loops * 24; i++) {
                double t = i / 24.0, a = 2 * Math.PI * t;
                double x = 0.1 + 0.8 * t / loops + radius * StrictMath.cos(a + Math.PI), y = 0.5 + radius * StrictMath.sin(a);
                xy[2 * i] = onGrid(x);
                xy[2 * i + 1] = onGrid(y + tilt * (x - 0.5));
            }
            path.polyline(xy);
            return;
        }
        int n = 9 + r.nextInt(6);
        double[] px = new double[n], py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = r.nextDouble();
            py[i] = r.nextDouble();
        }
        path.polyline(catmullRom(px, py, 8));
    }

    /** Points on the Catmull–Rom spline through (px, py), {@code steps} per span, as grid x, y pairs. */
    static double[] catmullRom(double[] px, double[] py, int steps) {
        int n = px.length, k = 0;
        double[] xy = new double[2 * ((n - 1) * steps + 1)];
        for (int i = 0; i < n - 1; i++) {
            int a = Math.max(0, i - 1), b = i, c = i + 1, d = Math.min(n - 1, i + 2);
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                xy[k++] = onGrid(spline(px[a], px[b], px[c], px[d], t));
                xy[k++] = onGrid(spline(py[a], py[b], py[c], py[d], t));
            }
        }
        xy[k++] = onGrid(px[n - 1]);
        xy[k] = onGrid(py[n - 1]);
        return xy;
    }

    /** The Catmull–Rom segment between p1 and p2 at t in [0, 1]. */
    private static double spline(double p0, double p1, double p2, double p3, double t) {
        double t2 = t * t, t3 = t2 * t;
        return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
    }

    /** A unit-square coordinate on the grid: the square is 40 cells wide, in the middle. */
    static double onGrid(double unit) {
        return 8 + 40 * unit;
    }

    static double gaussian(SplittableRandom r) {
        // Box–Muller with StrictMath, so a seed gives the same doodle on every machine.
        return StrictMath.sqrt(-2 * StrictMath.log(1 - r.nextDouble())) * StrictMath.cos(2 * Math.PI * r.nextDouble());
    }
}
