package org.receptive.data;

import java.util.SplittableRandom;

/**
 * Random distortions applied while training so the network meets digits as people draw them
 * with a mouse: shifted, larger or smaller, slanted, with thinner or thicker strokes. Every draw
 * comes from the generator the trainer passes, so a seed fixes the images.
 *
 * @param maxShift      largest shift in pixels, each axis
 * @param minScale      smallest scale factor
 * @param maxScale      largest scale factor
 * @param maxRotation   largest rotation in degrees, either way
 * @param thickenChance chance of a 3×3 grey dilation (thicker strokes)
 * @param thinChance    chance of a 3×3 grey erosion blended at half strength (thinner strokes)
 */
public record Augmentation(double maxShift, double minScale, double maxScale, double maxRotation,
                           double thickenChance, double thinChance) {

    /** No change at all. */
    public static final Augmentation NONE = new Augmentation(0, 1, 1, 0, 0, 0);
    /** What the default model was trained with. */
    public static final Augmentation DEFAULT = new Augmentation(3, 0.75, 1.15, 15, 0.25, 0.2);

    /** Distorts a rows×cols image in place. */
    public void apply(float[] img, int rows, int cols, SplittableRandom random) {
        if (this.equals(NONE)) {
            return;
        }
        double scale = minScale + (maxScale - minScale) * random.nextDouble();
        double angle = Math.toRadians((2 * random.nextDouble() - 1) * maxRotation);
        double dy = (2 * random.nextDouble() - 1) * maxShift, dx = (2 * random.nextDouble() - 1) * maxShift;
        double roll = random.nextDouble();
        warp(img, rows, cols, scale, angle, dy, dx);
        if (roll < thickenChance) {
            morph(img, rows, cols, true, 1.0f);
        } else if (roll < thickenChance + thinChance) {
            morph(img, rows, cols, false, 0.5f);
        }
    }

    /** Inverse-maps each output pixel through rotation, scale and shift about the centre (bilinear). */
    private static void warp(float[] img, int rows, int cols, double scale, double angle, double dy, double dx) {
        float[] src = img.clone();
        double cy = (rows - 1) / 2.0, cx = (cols - 1) / 2.0;
        double cos = Math.cos(angle) / scale, sin = Math.sin(angle) / scale;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double ry = y - cy - dy, rx = x - cx - dx;
                double sy = cos * ry - sin * rx + cy;
                double sx = sin * ry + cos * rx + cx;
                img[y * cols + x] = Bilinear.sample(src, rows, cols, sy, sx);
            }
        }
    }

    /** Grey dilation (max) or erosion (min) over 3×3, blended with the original by {@code strength}. */
    private static void morph(float[] img, int rows, int cols, boolean dilate, float strength) {
        float[] src = img.clone();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float v = src[y * cols + x];
                float best = v;
                for (int j = -1; j <= 1; j++) {
                    for (int i = -1; i <= 1; i++) {
                        int yy = y + j, xx = x + i;
                        float n = (yy < 0 || yy >= rows || xx < 0 || xx >= cols) ? 0f : src[yy * cols + xx];
                        best = dilate ? Math.max(best, n) : Math.min(best, n);
                    }
                }
                img[y * cols + x] = v + strength * (best - v);
            }
        }
    }
}
