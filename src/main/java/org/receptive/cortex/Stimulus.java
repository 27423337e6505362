package org.receptive.cortex;

/**
 * Pictures shown to the model neurons: bars, gratings, edges and digits on a dark visual field, values
 * 0..1, drawn with soft (anti-aliased) borders so small rotations change the response smoothly.
 * Angles follow the lab's convention: 0° is a horizontal bar, 90° a vertical one.
 */
public final class Stimulus {

    private Stimulus() {
    }

    /** A bar of the given length and thickness centred at (cy, cx), turned by {@code degrees}. */
    public static float[][] bar(int size, double cy, double cx, double degrees, double length, double thickness) {
        float[][] f = new float[size][size];
        double a = Math.toRadians(degrees);
        double ux = Math.cos(a), uy = -Math.sin(a);          // along the bar (y grows downwards)
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double dx = x - cx, dy = y - cy;
                double along = dx * ux + dy * uy, across = -dx * uy + dy * ux;
                f[y][x] = (float) (soft(thickness / 2 - Math.abs(across)) * soft(length / 2 - Math.abs(along)));
            }
        }
        return f;
    }

    /** Two such bars crossing at right angles at (cy, cx): what a second-layer cross detector looks for. */
    public static float[][] cross(int size, double cy, double cx, double degrees, double length, double thickness) {
        float[][] one = bar(size, cy, cx, degrees, length, thickness);
        float[][] two = bar(size, cy, cx, degrees + 90, length, thickness);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                one[y][x] = Math.max(one[y][x], two[y][x]);
            }
        }
        return one;
    }

    /** A sine grating: stripes {@code period} pixels apart running at {@code degrees}. */
    public static float[][] grating(int size, double degrees, double period, double phase) {
        float[][] f = new float[size][size];
        double a = Math.toRadians(degrees);
        double nx = Math.sin(a), ny = Math.cos(a);           // across the stripes
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                f[y][x] = (float) (0.5 + 0.5 * Math.cos(2 * Math.PI * (x * nx + y * ny) / period + phase));
            }
        }
        return f;
    }

    /** Bright on one side of a line through the centre at {@code degrees}, dark on the other. */
    public static float[][] edge(int size, double degrees) {
        float[][] f = new float[size][size];
        double a = Math.toRadians(degrees);
        double nx = Math.sin(a), ny = Math.cos(a);
        double c = (size - 1) / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                f[y][x] = (float) soft((x - c) * nx + (y - c) * ny);
            }
        }
        return f;
    }

    /**
     * A square image (e.g. a 28×28 MNIST digit, row-major, values 0..1) pasted at its own scale
     * with its centre at cell (cy, cx), rounded to whole cells; what falls outside is cut off.
     * One image pixel per field cell, because that is the scale a first layer was trained at.
     */
    public static float[][] image(int size, float[] pixels, int side, double cy, double cx) {
        if (pixels.length != side * side) {
            throw new IllegalArgumentException(pixels.length + " pixels do not make a " + side + "×" + side + " image");
        }
        float[][] f = new float[size][size];
        int top = (int) Math.round(cy) - side / 2, left = (int) Math.round(cx) - side / 2;
        for (int y = Math.max(0, top); y < Math.min(size, top + side); y++) {
            for (int x = Math.max(0, left); x < Math.min(size, left + side); x++) {
                f[y][x] = pixels[(y - top) * side + (x - left)];
            }
        }
        return f;
    }

    /** 0 below −½, 1 above ½, linear between: a one-pixel anti-aliased border. */
    private static double soft(double d) {
        return Math.max(0, Math.min(1, d + 0.5));
    }
}
