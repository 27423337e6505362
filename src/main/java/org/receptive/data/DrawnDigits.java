package org.receptive.data;

import java.util.SplittableRandom;

/**
 * Digits as people draw them with a mouse, made from MNIST digits: each digit is thinned to its
 * pen path ({@link PenPath}) and re-drawn with a round brush on a 280×280 black canvas, at a
 * stroke width, size and place chosen by a {@link Pen}. The test {@link Variant}s are the
 * offline stand-in for a test on real mouse-drawn digits; {@link DrawnTraining} draws training
 * digits the same way with a wider range of pens.
 */
public final class DrawnDigits {

    /** Side of the canvas, as the drawing pad. */
    public static final int SIZE = 280;

    /**
     * How a path is drawn. Widths in canvas pixels, heights as a fraction of the canvas; a
     * slant shears the path by up to that much (x moves by slant × y), a squeeze scales its
     * width by 1 ± that much. The test variants neither slant nor squeeze.
     */
    public record Pen(int minWidth, int maxWidth, double minHeight, double maxHeight, boolean offCentre,
                      double maxSlant, double maxSqueeze) {
        Pen(int minWidth, int maxWidth, double minHeight, double maxHeight, boolean offCentre) {
            this(minWidth, maxWidth, minHeight, maxHeight, offCentre, 0, 0);
        }
    }

    /** How the test digits are drawn. */
    public enum Variant {
        /** Medium brush, a comfortable size, near the centre. */
        TYPICAL(new Pen(15, 21, 0.55, 0.80, false)),
        /** A 12 px brush. */
        THIN(new Pen(12, 12, 0.45, 0.80, false)),
        /** A 26 px brush. */
        THICK(new Pen(26, 26, 0.50, 0.85, false)),
        /** Small (35–50% of the height) and pushed towards an edge or corner. */
        SMALL_OFF_CENTRE(new Pen(14, 22, 0.35, 0.50, true));

        private final Pen pen;

        Variant(Pen pen) {
            this.pen = pen;
        }

        /** How this variant draws. */
        public Pen pen() {
            return pen;
        }

        /** E.g. "small off-centre". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private DrawnDigits() {
    }

    /**
     * Re-draws a 28×28 MNIST digit (0..1) of class {@code digit} as strokes; returns SIZE×SIZE
     * grey values, ink bright.
     */
    public static float[] render(float[] mnist, int digit, Variant v, SplittableRandom random) {
        return render(PenPath.of(mnist, digit), v.pen, random);
    }

    /** Draws a pen path with a brush chosen by {@code pen}; SIZE×SIZE grey values, ink bright. */
    public static float[] render(PenPath path, Pen pen, SplittableRandom random) {
        float[] canvas = new float[SIZE * SIZE];
        PenPath.Box box = path.box();
        if (box == null) {
            return canvas;
        }
        int brush = pen.minWidth() + random.nextInt(pen.maxWidth() - pen.minWidth() + 1);
        double height = SIZE * (pen.minHeight() + (pen.maxHeight() - pen.minHeight()) * random.nextDouble());
        // A cell (x, y) goes to (squeeze · (x + slant · (y − middle)), y), then to the canvas.
        double slant = 0, squeeze = 1, middle = (box.top() + box.bottom()) / 2.0;
        if (pen.maxSlant() > 0 || pen.maxSqueeze() > 0) {
            slant = (2 * random.nextDouble() - 1) * pen.maxSlant();
            squeeze = 1 + (2 * random.nextDouble() - 1) * pen.maxSqueeze();
        }
        double left = Double.POSITIVE_INFINITY, right = Double.NEGATIVE_INFINITY;
        for (int y = box.top(); y <= box.bottom(); y++) {
            for (int x = box.left(); x <= box.right(); x++) {
                if (path.at(x, y)) {
                    double sx = squeeze * (x + slant * (y - middle));
                    left = Math.min(left, sx);
                    right = Math.max(right, sx);
                }
            }
        }
        int top = box.top(), bottom = box.bottom();
        double scale = Math.max(1, height - brush) / Math.max(1, bottom - top);
        if ((right - left) * scale + brush > SIZE) {
            // Wider than the pad at that height (a wide 2, a long flag, a word): fit it across
            // instead, as a person would draw it smaller. Before, 0.8% of the test digits were cut.
            scale = Math.min(scale, Math.max(1, 0.9 * SIZE - brush) / Math.max(1, right - left));
        }
        double drawnW = (right - left) * scale + brush, drawnH = (bottom - top) * scale + brush;
        double cx, cy;
        double freeX = Math.max(0, SIZE - drawnW), freeY = Math.max(0, SIZE - drawnH);
        if (pen.offCentre()) {
            // Near an edge: each axis sits in its outer quarter of the free room.
            cx = drawnW / 2 + freeX * (random.nextBoolean() ? 0.25 * random.nextDouble() : 1 - 0.25 * random.nextDouble());
            cy = drawnH / 2 + freeY * (random.nextBoolean() ? 0.25 * random.nextDouble() : 1 - 0.25 * random.nextDouble());
        } else {
            cx = SIZE / 2.0 + (random.nextDouble() - 0.5) * Math.min(freeX, SIZE * 0.2);
            cy = SIZE / 2.0 + (random.nextDouble() - 0.5) * Math.min(freeY, SIZE * 0.2);
        }
        double ox = cx - (right - left) * scale / 2 - left * scale, oy = cy - (bottom - top) * scale / 2 - top * scale;
        // Each cell joined to its neighbours after it (E, SE, S, SW), so each segment is drawn once;
        // a cell with no neighbour at all is a dot.
        double[] segments = new double[4 * 4 * path.length()];
        int n = 0;
        int[][] next = {{0, 1}, {1, 1}, {1, 0}, {1, -1}};
        for (int y = top; y <= bottom; y++) {
            for (int x = box.left(); x <= box.right(); x++) {
                if (!path.at(x, y)) {
                    continue;
                }
                double px = ox + squeeze * (x + slant * (y - middle)) * scale, py = oy + y * scale;
                boolean alone = true;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        alone &= (dx == 0 && dy == 0) || !path.at(x + dx, y + dy);
                    }
                }
                if (alone) {
                    n = add(segments, n, px, py, px, py);
                }
                for (int[] d : next) {
                    int ny = y + d[0], nx = x + d[1];
                    if (path.at(nx, ny)) {
                        n = add(segments, n, px, py, ox + squeeze * (nx + slant * (ny - middle)) * scale, oy + ny * scale);
                    }
                }
            }
        }
        RoundBrush.paint(canvas, SIZE, segments, n, brush / 2.0);
        return canvas;
    }

    private static int add(double[] segments, int n, double x0, double y0, double x1, double y1) {
        segments[n] = x0;
        segments[n + 1] = y0;
        segments[n + 2] = x1;
        segments[n + 3] = y1;
        return n + 4;
    }
}
