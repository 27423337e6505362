package org.receptive.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The pictures {@link NonDigitRule} is measured on, made reproducibly from an index: MNIST test
 * digits drawn four ways by {@link DrawnDigits} and scanned (enlarged 6× with smooth grey levels,
 * dark on light or light on dark), and the generated {@link NonDigits}.
 */
public final class DigitOrNot {

    /** One picture: its group (e.g. "drawn typical", "word"), its label (−1 for a non-digit) and its grey levels. */
    public record Picture(String group, int label, float[] grey, int height, int width) {
        public boolean digit() {
            return label >= 0;
        }
    }

    private static final int SCAN = 6;

    private DigitOrNot() {
    }

    /** MNIST test digit {@code i}, drawn in each {@link DrawnDigits.Variant} and scanned. */
    public static List<Picture> digits(int i) {
        Dataset test = Mnist.test();
        float[] image = test.image(i);
        int label = test.label(i);
        SplittableRandom random = new SplittableRandom(1000L + i);
        List<Picture> out = new ArrayList<>();
        for (DrawnDigits.Variant v : DrawnDigits.Variant.values()) {
            out.add(new Picture("drawn " + v.name().toLowerCase(Locale.ROOT).replace('_', ' '), label,
                    DrawnDigits.render(image, label, v, random.split()), DrawnDigits.SIZE, DrawnDigits.SIZE));
        }
        int side = 28 * SCAN;
        boolean darkOnLight = i % 4 < 2;
        float[] scan = new float[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                float v = Bilinear.sample(image, 28, 28, (y + 0.5) / SCAN - 0.5, (x + 0.5) / SCAN - 0.5);
                scan[y * side + x] = darkOnLight ? 1 - v : v;
            }
        }
        out.add(new Picture("scanned", label, scan, side, side));
        return out;
    }

    /** Non-digit {@code i} ({@link NonDigits#render}). */
    public static Picture nonDigit(int i) {
        NonDigits.Sample s = NonDigits.render(i);
        return new Picture(s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), -1, s.grey(),
                NonDigits.SIZE, NonDigits.SIZE);
    }
}
