package org.receptive.engine;

/**
 * Softmax over the logits and the cross-entropy loss −log p[label]. The gradient of the loss
 * with respect to the logits is simply p − onehot(label).
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /** Writes softmax(logits) into probs, subtracting the maximum first so exp never overflows. */
    public static void softmax(float[] logits, float[] probs) {
        int n = probs.length;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, logits[i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(logits[i] - max);
            probs[i] = (float) e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            probs[i] = (float) (probs[i] / sum);
        }
    }

    /** The loss for one sample given its probabilities; also writes d loss / d logits. */
    public static float lossAndGradient(float[] probs, int label, float[] dLogits) {
        for (int i = 0; i < probs.length; i++) {
            dLogits[i] = probs[i] - (i == label ? 1f : 0f);
        }
        return (float) -Math.log(Math.max(probs[label], 1e-30f));
    }

    /** Index of the largest value. */
    public static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
