package org.receptive.data;

import java.awt.image.BufferedImage;

/**
 * Reduces a picture to a small grid of values 0..1 by area averaging, per colour channel, so a
 * photo can become the stepper's input (R, G, B as three channels, or grey as one).
 */
public final class GridImage {

    private GridImage() {
    }

    /** (3, rows, cols): red, green and blue of the picture, each area-averaged to rows×cols. */
    public static float[][][] rgb(BufferedImage picture, int rows, int cols) {
        int h = picture.getHeight(), w = picture.getWidth();
        float[][] planes = new float[3][h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = picture.getRGB(x, y);
                planes[0][y * w + x] = ((argb >> 16) & 0xff) / 255f;
                planes[1][y * w + x] = ((argb >> 8) & 0xff) / 255f;
                planes[2][y * w + x] = (argb & 0xff) / 255f;
            }
        }
        float[][][] out = new float[3][][];
        for (int c = 0; c < 3; c++) {
            out[c] = grid(Resample.area(planes[c], h, w, rows, cols), rows, cols);
        }
        return out;
    }

    /** (1, rows, cols): the picture's luminance, area-averaged. */
    public static float[][][] grey(BufferedImage picture, int rows, int cols) {
        float[][][] rgb = rgb(picture, rows, cols);
        float[][] g = new float[rows][cols];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                g[y][x] = 0.299f * rgb[0][y][x] + 0.587f * rgb[1][y][x] + 0.114f * rgb[2][y][x];
            }
        }
        return new float[][][] {g};
    }

    /** An MNIST digit (28×28, row-major) area-averaged to rows×cols. */
    public static float[][] digit(float[] mnist, int rows, int cols) {
        return grid(Resample.area(mnist, 28, 28, rows, cols), rows, cols);
    }

    private static float[][] grid(float[] flat, int rows, int cols) {
        float[][] g = new float[rows][cols];
        for (int y = 0; y < rows; y++) {
            System.arraycopy(flat, y * cols, g[y], 0, cols);
        }
        return g;
    }
}
