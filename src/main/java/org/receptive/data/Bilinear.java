package org.receptive.data;

/** Bilinear sampling of a grey image, zero outside it. */
final class Bilinear {

    private Bilinear() {
    }

    static float sample(float[] img, int rows, int cols, double y, double x) {
        int y0 = (int) Math.floor(y), x0 = (int) Math.floor(x);
        double fy = y - y0, fx = x - x0;
        return (float) ((1 - fy) * ((1 - fx) * at(img, rows, cols, y0, x0) + fx * at(img, rows, cols, y0, x0 + 1))
                + fy * ((1 - fx) * at(img, rows, cols, y0 + 1, x0) + fx * at(img, rows, cols, y0 + 1, x0 + 1)));
    }

    private static float at(float[] img, int rows, int cols, int y, int x) {
        return (y < 0 || y >= rows || x < 0 || x >= cols) ? 0f : img[y * cols + x];
    }
}
