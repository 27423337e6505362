package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Softmax, the cross-entropy loss and its gradient p − onehot(label), by hand. */
class SoftmaxCrossEntropyTest {

    @Test
    void softmaxOfKnownLogits() {
        float[] p = new float[3];
        SoftmaxCrossEntropy.softmax(new float[] {0f, (float) Math.log(3), 0f}, p);
        assertArrayEquals(new float[] {0.2f, 0.6f, 0.2f}, p, 1e-6f);   // e^0 : e^ln3 : e^0 = 1 : 3 : 1
    }

    @Test
    void hugeLogitsDoNotOverflow() {
        float[] p = new float[2];
        SoftmaxCrossEntropy.softmax(new float[] {1000f, 1000f + (float) Math.log(3)}, p);
        assertArrayEquals(new float[] {0.25f, 0.75f}, p, 1e-5f);
        SoftmaxCrossEntropy.softmax(new float[] {-1000f, -1000f}, p);
        assertArrayEquals(new float[] {0.5f, 0.5f}, p, 1e-6f);
    }

    @Test
    void lossAndGradient() {
        float[] d = new float[3];
        float loss = SoftmaxCrossEntropy.lossAndGradient(new float[] {0.2f, 0.6f, 0.2f}, 1, d);
        assertEquals(-Math.log(0.6), loss, 1e-6);
        assertArrayEquals(new float[] {0.2f, -0.4f, 0.2f}, d, 1e-6f);
        // A probability of exactly 0 gives a large but finite loss.
        assertEquals(-Math.log(1e-30f), SoftmaxCrossEntropy.lossAndGradient(new float[] {1f, 0f}, 1, new float[2]), 1e-3);
    }

    @Test
    void argmaxTakesTheFirstOfEqualScores() {
        assertEquals(1, SoftmaxCrossEntropy.argmax(new float[] {0.1f, 0.4f, 0.4f, 0.1f}));
        assertEquals(0, SoftmaxCrossEntropy.argmax(new float[] {3f}));
    }
}
