package org.receptive.data;

/**
 * A round brush dragged along line segments, painted exactly: a pixel's ink is how much of it
 * lies within the brush's radius of the nearest segment (1 inside, 0 outside, a linear ramp one
 * pixel wide across the edge, which is the share of a pixel a straight edge covers at that
 * distance). Overlapping segments make one stroke, as a drawn stroke on the pad is one path,
 * so no edge is inked twice. Plain arithmetic, so the same segments give the same pixels on
 * every machine. Ink is kept to 256 levels, as in a picture.
 */
final class RoundBrush {

    private RoundBrush() {
    }

    /**
     * Paints segments {@code seg[0 … n)} (x0, y0, x1, y1 each, in pixels; a pixel (i, j) spans
     * [i, i + 1) × [j, j + 1)) with a brush of {@code radius} into a side×side canvas of zeros.
     */
    static void paint(float[] canvas, int side, double[] seg, int n, double radius) {
        float[] nearest = new float[side * side];          // squared distance to the nearest segment
        java.util.Arrays.fill(nearest, Float.POSITIVE_INFINITY);
        double reach = radius + 1;
        for (int s = 0; s < n; s += 4) {
            double ax = seg[s], ay = seg[s + 1], bx = seg[s + 2], by = seg[s + 3];
            double dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy, inverse = length2 == 0 ? 0 : 1 / length2;
            int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
            int x1 = Math.min(side - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
            int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
            int y1 = Math.min(side - 1, (int) Math.ceil(Math.max(ay, by) + reach));
            for (int y = y0; y <= y1; y++) {
                double py = y + 0.5 - ay;
                int row = y * side;
                for (int x = x0; x <= x1; x++) {
                    double px = x + 0.5 - ax;
                    // The nearest point of the segment: its projection, clamped to the ends.
                    double t = Math.max(0, Math.min(1, (px * dx + py * dy) * inverse));
                    double ex = px - t * dx, ey = py - t * dy;
                    nearest[row + x] = Math.min(nearest[row + x], (float) (ex * ex + ey * ey));
                }
            }
        }
        double outer = (radius + 0.5) * (radius + 0.5), inner = radius > 0.5 ? (radius - 0.5) * (radius - 0.5) : 0;
        for (int i = 0; i < canvas.length; i++) {
            float d2 = nearest[i];
            // Off the stroke and in its core the rounding is exact (0 and 255 levels): skipped, most pixels are one of them.
            canvas[i] = d2 >= outer ? 0f : d2 <= inner ? 1f : Math.round(255 * (radius + 0.5 - Math.sqrt(d2))) / 255f;
        }
    }
}
