package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Softmax, the cross-entropy loss and its gradient p − onehot(label), by hand; an outlier's p − 1/n. */
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
    void anOutlierIsPulledTowardsEqualProbabilities() {
        float[] d = new float[4];
        float[] p = {0.7f, 0.1f, 0.1f, 0.1f};
        float loss = SoftmaxCrossEntropy.lossAndGradient(p, Samples.OUTLIER, d);
        assertEquals(-(Math.log(0.7) + 3 * Math.log(0.1)) / 4, loss, 1e-6);
        assertArrayEquals(new float[] {0.45f, -0.15f, -0.15f, -0.15f}, d, 1e-6f);
        // Already equal: nothing to learn.
        SoftmaxCrossEntropy.lossAndGradient(new float[] {0.25f, 0.25f, 0.25f, 0.25f}, Samples.OUTLIER, d);
        assertArrayEquals(new float[4], d, 1e-7f);
    }

    @Test
    void theOutlierGradientIsTheSlopeOfItsLossInTheLogits() {
        double[] logits = {1.5, -0.3, 0.2, 2.1, -1.0};
        float[] p = new float[5], d = new float[5];
        SoftmaxCrossEntropy.softmax(floats(logits), p);
        SoftmaxCrossEntropy.lossAndGradient(p, Samples.OUTLIER, d);
        for (int i = 0; i < logits.length; i++) {
            double h = 1e-3, up = uniformLoss(logits, i, h), down = uniformLoss(logits, i, -h);
            assertEquals((up - down) / (2 * h), d[i], 1e-4, "logit " + i);
        }
    }

    /** −(1/n)·Σ log softmax(logits with logit i moved by h), in doubles. */
    private static double uniformLoss(double[] logits, int i, double h) {
        double[] z = logits.clone();
        z[i] += h;
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v);
        }
        double loss = 0;
        for (double v : z) {
            loss -= v - Math.log(sum);
        }
        return loss / z.length;
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    @Test
    void argmaxTakesTheFirstOfEqualScores() {
        assertEquals(1, SoftmaxCrossEntropy.argmax(new float[] {0.1f, 0.4f, 0.4f, 0.1f}));
        assertEquals(0, SoftmaxCrossEntropy.argmax(new float[] {3f}));
    }
}
