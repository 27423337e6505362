package org.receptive.data;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.SplittableRandom;

/**
 * Capital letters as a person draws them with a mouse: straight strokes of a round brush, each
 * letter a list of polylines on a unit square (x right, y down), drawn at a random size, place,
 * slant and stroke width, like {@link DrawnDigits} draws digits.
 */
final class StrokeLetters {

    /** Letters whose strokes are not also a digit's (no I, L, S, Z, O). */
    private static final double[][][] LETTERS = {
        {{0, 1, 0.5, 0, 1, 1}, {0.22, 0.6, 0.78, 0.6}},                            // A
        {{1, 0, 0, 0, 0, 1, 1, 1}, {0, 0.5, 0.75, 0.5}},                           // E
        {{1, 0, 0, 0, 0, 1}, {0, 0.5, 0.75, 0.5}},                                 // F
        {{0, 0, 0, 1}, {1, 0, 1, 1}, {0, 0.5, 1, 0.5}},                            // H
        {{0, 0, 0, 1}, {1, 0, 0, 0.55}, {0.25, 0.4, 1, 1}},                        // K
        {{0, 1, 0, 0, 0.5, 0.6, 1, 0, 1, 1}},                                      // M
        {{0, 1, 0, 0, 1, 1, 1, 0}},                                                // N
        {{0, 0, 0.5, 1, 1, 0}},                                                    // V
        {{0, 0, 0.25, 1, 0.5, 0.4, 0.75, 1, 1, 0}},                                // W
        {{0, 0, 1, 1}, {1, 0, 0, 1}},                                              // X
        {{0, 0, 0.5, 0.5, 1, 0}, {0.5, 0.5, 0.5, 1}},                              // Y
        {{0, 0, 1, 0}, {0.5, 0, 0.5, 1}},                                          // T
        {{0, 1, 0, 0, 0.7, 0, 1, 0.25, 0.7, 0.5, 0, 0.5}, {0.55, 0.5, 1, 1}},      // R
    };

    private StrokeLetters() {
    }

    static void draw(Graphics2D g, SplittableRandom r) {
        double[][] letter = LETTERS[r.nextInt(LETTERS.length)];
        int brush = 12 + r.nextInt(15);
        double h = NonDigits.SIZE * (0.45 + 0.35 * r.nextDouble()), w = h * (0.6 + 0.4 * r.nextDouble());
        double left = (NonDigits.SIZE - w) / 2 + (r.nextDouble() - 0.5) * 40;
        double top = (NonDigits.SIZE - h) / 2 + (r.nextDouble() - 0.5) * 40;
        double slant = (r.nextDouble() - 0.5) * 0.4;
        g.setStroke(new BasicStroke(brush, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double[] line : letter) {
            Path2D.Double p = new Path2D.Double();
            for (int i = 0; i < line.length; i += 2) {
                double y = top + line[i + 1] * h, x = left + line[i] * w + slant * (line[i + 1] - 0.5) * h;
                if (i == 0) {
                    p.moveTo(x, y);
                } else {
                    p.lineTo(x, y);
                }
            }
            g.draw(p);
        }
    }
}
