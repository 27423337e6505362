package org.receptive.data;

import java.awt.image.BufferedImage;

/**
 * Turns a drawing into a 28×28 network input the way MNIST itself was made (LeCun et al.): crop
 * to the ink, scale to fit a 20×20 box keeping the aspect ratio (grey levels from area
 * averaging, so thin strokes survive), and place it in 28×28 so its centre of mass sits at the
 * centre. Works for light-on-dark and dark-on-light pictures of any size.
 */
public final class DigitPreprocessor {

    /** Grey level above which a pixel counts as ink when finding the bounding box. */
    static final float INK = 0.2f;
    /** Fewer ink pixels than this fraction of the picture (or than 12) means "nothing drawn". */
    static final double MIN_INK_FRACTION = 0.0015;
    /** Where the centre of mass goes: the middle of the 28×28 grid, in pixel-index coordinates. */
    static final double CENTRE = 14.0;

    private DigitPreprocessor() {
    }

    /** Preprocesses a picture as {@link PictureFile} reads one (the app and the command line alike). */
    public static PreprocessedDigit process(BufferedImage picture) {
        return process(PictureFile.grey(picture));
    }

    /** Preprocesses a picture read by {@link PictureFile}. */
    public static PreprocessedDigit process(PictureFile.Picture picture) {
        return process(picture.grey(), picture.height(), picture.width());
    }

    /**
     * Preprocesses a grey picture of h×w values in 0..1 (row-major). The result keeps the array
     * as its {@code grey} when the picture is already light-on-dark (a drawing is 280×280: copying
     * it on every pen move was most of what a prediction allocated), so the caller must not change
     * it afterwards.
     */
    public static PreprocessedDigit process(float[] picture, int h, int w) {
        boolean inverted = lightBackground(picture);
        float[] grey = picture;
        if (inverted) {
            grey = new float[picture.length];
            for (int i = 0; i < grey.length; i++) {
                grey[i] = 1f - picture[i];
            }
        }
        int top = h, left = w, bottom = -1, right = -1, ink = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (grey[y * w + x] > INK) {
                    ink++;
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        int side = PreprocessedDigit.SIDE;
        if (ink < Math.max(12, MIN_INK_FRACTION * h * w)) {
            return new PreprocessedDigit(grey, h, w, inverted, null, new float[0], 0, 0, 0, 0, 0, 0,
                    new float[side * side], true);
        }
        int bh = bottom - top + 1, bw = right - left + 1;
        double scale = (double) PreprocessedDigit.FIT / Math.max(bh, bw);
        int fh = Math.max(1, (int) Math.round(bh * scale)), fw = Math.max(1, (int) Math.round(bw * scale));
        // Faint background below half the ink threshold is dropped so it cannot pull the centre of mass.
        float[] fitted = Resample.area(grey, top, left, w, bh, bw, fh, fw, INK / 2);
        double mass = 0, my = 0, mx = 0;
        for (int y = 0; y < fh; y++) {
            for (int x = 0; x < fw; x++) {
                double v = fitted[y * fw + x];
                mass += v;
                my += v * y;
                mx += v * x;
            }
        }
        my /= mass;
        mx /= mass;
        int placeTop = (int) Math.round(CENTRE - my), placeLeft = (int) Math.round(CENTRE - mx);
        float[] pixels = new float[side * side];
        for (int y = 0; y < fh; y++) {
            for (int x = 0; x < fw; x++) {
                int ty = placeTop + y, tx = placeLeft + x;
                if (ty >= 0 && ty < side && tx >= 0 && tx < side) {
                    pixels[ty * side + tx] = Math.min(1f, fitted[y * fw + x]);
                }
            }
        }
        return new PreprocessedDigit(grey, h, w, inverted, new PreprocessedDigit.Box(top, left, bh, bw),
                fitted, fh, fw, my, mx, placeTop, placeLeft, pixels, false);
    }

    /**
     * Whether the picture is dark ink on a light background: its median grey level, rounded to
     * 1/255, is above one half (the background dominates any drawing). Only the side of ½ the median
     * falls on matters, so the dark pixels are counted instead of building a histogram: a level
     * rounds to 127/255 or less exactly when v·255 < 127.5 (NaN counts as dark, as rounding makes it
     * 0). It gives what the histogram gave, a quarter of the preprocessing's time on a 280×280 pad.
     */
    static boolean lightBackground(float[] grey) {
        int dark = 0;
        for (float v : grey) {
            if (!(v * 255 >= 127.5f)) {
                dark++;
            }
        }
        return dark <= grey.length / 2;
    }
}
