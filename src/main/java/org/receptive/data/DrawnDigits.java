package org.receptive.data;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Digits as people draw them with a mouse, made from MNIST test digits: each digit is thinned to
 * its pen path and re-drawn with a round brush on a 280×280 black canvas, at a stroke width,
 * size and place chosen by a {@link Variant}. It is the offline stand-in for a test on real
 * mouse-drawn digits.
 */
public final class DrawnDigits {

    /** Side of the canvas, as the drawing pad. */
    public static final int SIZE = 280;

    /** How the digit is drawn. Widths in canvas pixels, heights as a fraction of the canvas. */
    public enum Variant {
        /** Medium brush, a comfortable size, near the centre. */
        TYPICAL(15, 21, 0.55, 0.80, false),
        /** A 12 px brush. */
        THIN(12, 12, 0.45, 0.80, false),
        /** A 26 px brush. */
        THICK(26, 26, 0.50, 0.85, false),
        /** Small (35–50% of the height) and pushed towards an edge or corner. */
        SMALL_OFF_CENTRE(14, 22, 0.35, 0.50, true);

        final int minWidth, maxWidth;
        final double minHeight, maxHeight;
        final boolean offCentre;

        Variant(int minWidth, int maxWidth, double minHeight, double maxHeight, boolean offCentre) {
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.minHeight = minHeight;
            this.maxHeight = maxHeight;
            this.offCentre = offCentre;
        }
    }

    private DrawnDigits() {
    }

    /** Re-draws a 28×28 MNIST digit (0..1) as strokes; returns SIZE×SIZE grey values, ink bright. */
    public static float[] render(float[] mnist, Variant v, SplittableRandom random) {
        // Thin at twice the resolution and a mid-grey threshold, so the small holes of 6, 8, 9 and 0
        // stay open; thinning at 28×28 fills them and turns loops into hooks no person would draw.
        final int n = 2 * 28;
        boolean[] path = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                path[y * n + x] = Bilinear.sample(mnist, 28, 28, (y - 0.5) / 2.0, (x - 0.5) / 2.0) > 0.5f;
            }
        }
        Skeleton.thin(path, n, n);
        int top = n, bottom = -1, left = n, right = -1;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (path[y * n + x]) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        float[] canvas = new float[SIZE * SIZE];
        if (bottom < 0) {
            return canvas;
        }
        int brush = v.minWidth + random.nextInt(v.maxWidth - v.minWidth + 1);
        double height = SIZE * (v.minHeight + (v.maxHeight - v.minHeight) * random.nextDouble());
        double scale = Math.max(1, height - brush) / Math.max(1, bottom - top);
        double drawnW = (right - left) * scale + brush, drawnH = (bottom - top) * scale + brush;
        double cx, cy;
        double freeX = Math.max(0, SIZE - drawnW), freeY = Math.max(0, SIZE - drawnH);
        if (v.offCentre) {
            // Near an edge: each axis sits in its outer quarter of the free room.
            cx = drawnW / 2 + freeX * (random.nextBoolean() ? 0.25 * random.nextDouble() : 1 - 0.25 * random.nextDouble());
            cy = drawnH / 2 + freeY * (random.nextBoolean() ? 0.25 * random.nextDouble() : 1 - 0.25 * random.nextDouble());
        } else {
            cx = SIZE / 2.0 + (random.nextDouble() - 0.5) * Math.min(freeX, SIZE * 0.2);
            cy = SIZE / 2.0 + (random.nextDouble() - 0.5) * Math.min(freeY, SIZE * 0.2);
        }
        double ox = cx - (right - left) * scale / 2 - left * scale, oy = cy - (bottom - top) * scale / 2 - top * scale;
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(brush, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (!path[y * n + x]) {
                    continue;
                }
                double px = ox + x * scale, py = oy + y * scale;
                g.draw(new Line2D.Double(px, py, px, py));
                // Join to the neighbours after this pixel (E, SE, S, SW) so each segment is drawn once.
                int[][] next = {{0, 1}, {1, 1}, {1, 0}, {1, -1}};
                for (int[] d : next) {
                    int ny = y + d[0], nx = x + d[1];
                    if (ny < n && nx >= 0 && nx < n && path[ny * n + nx]) {
                        g.draw(new Line2D.Double(px, py, ox + nx * scale, oy + ny * scale));
                    }
                }
            }
        }
        g.dispose();
        byte[] bytes = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < canvas.length; i++) {
            canvas[i] = (bytes[i] & 0xff) / 255f;
        }
        return canvas;
    }
}
