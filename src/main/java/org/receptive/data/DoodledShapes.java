package org.receptive.data;

import java.util.SplittableRandom;

/**
 * Shapes people doodle when asked to draw "anything": a triangle, a box, a star in one stroke,
 * a heart, an arrow, a house, a sun, a tick. Turned and wobbled at random. (A lightning bolt was
 * left out: drawn with a brush it looks like a 4.)
 * No plain ring or ellipse (that is a 0) and no face (kept out, so the measurement's smileys say
 * whether the lesson carries to something never shown).
 */
final class DoodledShapes {

    private DoodledShapes() {
    }

    static void draw(PenPath path, SplittableRandom r) {
        double[][] strokes = switch (r.nextInt(8)) {
            case 0 -> new double[][] {{0.5, 0, 1, 0.9, 0, 0.9, 0.5, 0}};                                  // triangle
            case 1 -> new double[][] {{0, 0.1, 1, 0.1, 1, 0.9, 0, 0.9, 0, 0.1}};                          // box
            case 2 -> new double[][] {star()};
            case 3 -> new double[][] {{0.5, 0.3, 0.35, 0.08, 0.12, 0.1, 0, 0.3, 0.1, 0.55, 0.5, 1,
                0.9, 0.55, 1, 0.3, 0.88, 0.1, 0.65, 0.08, 0.5, 0.3}};                                     // heart
            case 4 -> new double[][] {{0, 0.5, 1, 0.5}, {0.65, 0.2, 1, 0.5, 0.65, 0.8}};                  // arrow
            case 5 -> new double[][] {{0.1, 0.45, 0.1, 1, 0.9, 1, 0.9, 0.45}, {0, 0.5, 0.5, 0, 1, 0.5}}; // house
            case 6 -> sun();
            default -> new double[][] {{0, 0.55, 0.35, 0.95, 1, 0.05}};                                   // tick
        };
        double turn = (r.nextDouble() - 0.5) * 0.6, cos = StrictMath.cos(turn), sin = StrictMath.sin(turn);
        for (double[] stroke : strokes) {
            double[] xy = new double[stroke.length];
            for (int i = 0; i < stroke.length; i += 2) {
                double x = stroke[i] - 0.5 + 0.04 * PenDoodles.gaussian(r), y = stroke[i + 1] - 0.5 + 0.04 * PenDoodles.gaussian(r);
                xy[i] = PenDoodles.onGrid(0.5 + cos * x - sin * y);
                xy[i + 1] = PenDoodles.onGrid(0.5 + sin * x + cos * y);
            }
            path.polyline(xy);
        }
    }

    /** A five-pointed star in one stroke, each point to the next but one. */
    private static double[] star() {
        double[] xy = new double[12];
        for (int i = 0; i <= 5; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * (2 * i % 5) / 5;
            xy[2 * i] = 0.5 + 0.5 * StrictMath.cos(a);
            xy[2 * i + 1] = 0.52 + 0.5 * StrictMath.sin(a);
        }
        return xy;
    }

    /** A small ring with eight rays. */
    private static double[][] sun() {
        double[][] strokes = new double[9][];
        strokes[0] = new double[2 * 25];
        for (int i = 0; i < 25; i++) {
            double a = 2 * Math.PI * i / 24;
            strokes[0][2 * i] = 0.5 + 0.22 * StrictMath.cos(a);
            strokes[0][2 * i + 1] = 0.5 + 0.22 * StrictMath.sin(a);
        }
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8, c = StrictMath.cos(a), s = StrictMath.sin(a);
            strokes[k + 1] = new double[] {0.5 + 0.32 * c, 0.5 + 0.32 * s, 0.5 + 0.5 * c, 0.5 + 0.5 * s};
        }
        return strokes;
    }
}
