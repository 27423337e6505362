package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmentationTest {

    private final Dataset augmented = Mnist.test().withAugmentation(Augmentation.DEFAULT);

    @Test
    void theSameSeedGivesTheSameImage() {
        float[] a = new float[784], b = new float[784], c = new float[784];
        augmented.copy(3, a, new SplittableRandom(42));
        augmented.copy(3, b, new SplittableRandom(42));
        augmented.copy(3, c, new SplittableRandom(43));
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
        assertFalse(Arrays.equals(a, Mnist.test().image(3)), "augmentation changes the image");
    }

    @Test
    void withoutARandomGeneratorNothingChanges() {
        float[] a = new float[784];
        augmented.copy(3, a, null);
        assertArrayEquals(Mnist.test().image(3), a);
        float[] b = Mnist.test().image(3);
        Augmentation.NONE.apply(b, 28, 28, new SplittableRandom(1));
        assertArrayEquals(Mnist.test().image(3), b);
    }

    @Test
    void valuesStayInRangeAndInkIsRoughlyKept() {
        float[] img = new float[784];
        for (int i = 0; i < 200; i++) {
            augmented.copy(i, img, new SplittableRandom(i));
            float ink = 0;
            for (float v : img) {
                assertTrue(v >= 0f && v <= 1f + 1e-6f, "value " + v);
                ink += v;
            }
            float original = sum(Mnist.test().image(i));
            assertTrue(ink > 0.3 * original && ink < 3 * original, "ink " + ink + " vs " + original);
        }
    }

    @Test
    void aPureShiftMovesTheInk() {
        Augmentation shiftOnly = new Augmentation(3, 1, 1, 0, 0, 0);
        float[] img = Mnist.test().image(0);
        float before = sum(img);
        shiftOnly.apply(img, 28, 28, new SplittableRandom(5));
        assertEquals(before, sum(img), before * 0.02f, "a shift of a centred digit loses no ink");
    }

    static float sum(float[] v) {
        float s = 0;
        for (float f : v) {
            s += f;
        }
        return s;
    }
}
