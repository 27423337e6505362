package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawnDigitsTest {

    @Test
    void aRedrawnDigitStillLooksLikeTheDigitAfterPreprocessing() {
        double total = 0;
        int n = 40;
        for (int i = 0; i < n; i++) {
            float[] original = Mnist.test().image(i);
            float[] canvas = DrawnDigits.render(original, Mnist.test().label(i), DrawnDigits.Variant.TYPICAL, new SplittableRandom(i));
            PreprocessedDigit d = DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE);
            assertFalse(d.isEmpty());
            total += cosine(original, d.pixels());
        }
        assertTrue(total / n > 0.5, "mean cosine similarity " + total / n);
    }

    @Test
    void strokeWidthFollowsTheVariant() {
        float[] one = Mnist.test().image(2);                 // test digit 2 is a "1"
        double thin = meanRunLength(DrawnDigits.render(one, 1, DrawnDigits.Variant.THIN, new SplittableRandom(1)));
        double thick = meanRunLength(DrawnDigits.render(one, 1, DrawnDigits.Variant.THICK, new SplittableRandom(1)));
        assertEquals(12, thin, 4);
        assertEquals(26, thick, 6);
    }

    @Test
    void smallOffCentreDigitsAreSmallAndAway() {
        for (int i = 0; i < 10; i++) {
            float[] canvas = DrawnDigits.render(Mnist.test().image(i), Mnist.test().label(i), DrawnDigits.Variant.SMALL_OFF_CENTRE,
                    new SplittableRandom(i));
            PreprocessedDigit d = DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE);
            assertTrue(d.box().height() <= 0.55 * DrawnDigits.SIZE, "height " + d.box().height());
            double cy = d.box().top() + d.box().height() / 2.0, cx = d.box().left() + d.box().width() / 2.0;
            double off = Math.hypot(cy - 140, cx - 140);
            assertTrue(off > 40, "centre only " + off + " px from the middle");
        }
    }

    @Test
    void renderingIsDeterministic() {
        float[] a = DrawnDigits.render(Mnist.test().image(7), Mnist.test().label(7), DrawnDigits.Variant.TYPICAL, new SplittableRandom(9));
        float[] b = DrawnDigits.render(Mnist.test().image(7), Mnist.test().label(7), DrawnDigits.Variant.TYPICAL, new SplittableRandom(9));
        assertArrayEquals(a, b);
    }

    /** Mean length of horizontal ink runs: the stroke width for a mostly vertical stroke. */
    static double meanRunLength(float[] canvas) {
        int runs = 0, total = 0;
        for (int y = 0; y < DrawnDigits.SIZE; y++) {
            int run = 0;
            for (int x = 0; x <= DrawnDigits.SIZE; x++) {
                boolean ink = x < DrawnDigits.SIZE && canvas[y * DrawnDigits.SIZE + x] > 0.5f;
                if (ink) {
                    run++;
                } else if (run > 0) {
                    runs++;
                    total += run;
                    run = 0;
                }
            }
        }
        return (double) total / runs;
    }

    static double cosine(float[] a, float[] b) {
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return d / Math.sqrt(na * nb);
    }
}
