package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Samples;

/** The drawn training images: as many of each kind as asked, labelled right, the same whatever the threads. */
class DrawnTrainingTest {

    private static final Dataset SOURCE = Mnist.train().subset(0, 400);
    private static final DrawnTraining.Mix MIX = new DrawnTraining.Mix(0.1, 0.05, 0.05);

    @Test
    void eachKindComesInTheShareAskedForWithItsLabel() throws Exception {
        AtomicInteger done = new AtomicInteger();
        Dataset d = DrawnTraining.build(SOURCE, MIX, 1, 2, done::set);
        assertEquals(40 + 20 + 20, d.size());
        assertEquals(d.size(), done.get(), "the last report counts every image");
        for (int k = 0; k < 40; k++) {
            assertTrue(d.label(k) >= 0 && d.label(k) <= 9);
        }
        for (int k = 40; k < 60; k++) {
            // The styles take turns: 0, 1, 7, 4, 9, 0, …
            assertEquals(DigitStyle.values()[(k - 40) % DigitStyle.values().length].digit(), d.label(k), "image " + k);
        }
        for (int k = 60; k < 80; k++) {
            assertEquals(Samples.OUTLIER, d.label(k), "image " + k);
        }
        for (int k = 0; k < d.size(); k++) {
            float[] img = d.image(k);
            float ink = 0;
            for (float v : img) {
                ink += v;
            }
            // Preprocessed as the app does: ink in the middle 20×20, a fair amount of it.
            assertTrue(ink > 10 && ink < 300, "image " + k + " has ink " + ink);
            assertEquals(0f, img[0] + img[27] + img[27 * 28] + img[28 * 28 - 1], "image " + k + " inked a corner");
        }
    }

    @Test
    void theSameSeedDrawsTheSameImagesOnOneThreadOrThree() throws Exception {
        Dataset one = DrawnTraining.build(SOURCE, MIX, 5, 1, n -> { });
        Dataset three = DrawnTraining.build(SOURCE, MIX, 5, 3, n -> { });
        for (int k = 0; k < one.size(); k++) {
            assertEquals(one.label(k), three.label(k));
            assertArrayEquals(one.image(k), three.image(k), "image " + k);
        }
        Dataset other = DrawnTraining.build(SOURCE, MIX, 6, 1, n -> { });
        boolean differs = false;
        for (int k = 0; k < one.size() && !differs; k++) {
            differs = !java.util.Arrays.equals(one.image(k), other.image(k));
        }
        assertTrue(differs, "another seed should draw other images");
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DrawnTraining.Mix(-0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new DrawnTraining.Mix(0, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new DrawnTraining.Mix(0, 0, Double.NaN));
    }

    @Test
    void doodlesAreDrawnInTheMiddleOfTheGridAndNeverEmpty() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(2);
        for (PenDoodles.Kind kind : PenDoodles.Kind.values()) {
            for (int i = 0; i < 30; i++) {
                PenPath p = PenDoodles.draw(kind, r);
                PenPath.Box box = p.box();
                assertTrue(box != null && Math.max(box.height(), box.width()) >= 15, kind + " " + i + ": " + box);
                assertTrue(box.top() >= 0 && box.bottom() < PenPath.SIDE && box.left() >= 0 && box.right() < PenPath.SIDE);
            }
        }
    }
}
