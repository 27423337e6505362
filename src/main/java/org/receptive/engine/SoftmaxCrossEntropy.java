package org.receptive.engine;

/**
 * Softmax over the logits and the cross-entropy loss −log p[label]. The gradient of the loss
 * with respect to the logits is simply p − onehot(label). For an outlier ({@link Samples#OUTLIER})
 * the target is the uniform distribution instead: loss −(1/n)·Σ log p[i], gradient p − 1/n.
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /** Writes softmax(logits) into probs, subtracting the maximum first so exp never overflows. */
    public static void softmax(float[] logits, float[] probs) {
        softmax(logits, 0, probs, 0, probs.length);
    }

    /** softmax of {@code logits[from … from + n)} into {@code probs[to … to + n)}. */
    static void softmax(float[] logits, int from, float[] probs, int to, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, logits[from + i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(logits[from + i] - max);
            probs[to + i] = (float) e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            probs[to + i] = (float) (probs[to + i] / sum);
        }
    }

    /** The loss for one sample given its probabilities; also writes d loss / d logits. */
    public static float lossAndGradient(float[] probs, int label, float[] dLogits) {
        return lossAndGradient(probs, 0, label, dLogits, probs.length);
    }

    /** The same for the sample whose n probabilities start at {@code at}; the gradient goes to the same place. */
    static float lossAndGradient(float[] probs, int at, int label, float[] dLogits, int n) {
        if (label == Samples.OUTLIER) {
            return towardsUniform(probs, at, dLogits, n);
        }
        for (int i = 0; i < n; i++) {
            dLogits[at + i] = probs[at + i] - (i == label ? 1f : 0f);
        }
        return (float) -Math.log(Math.max(probs[at + label], 1e-30f));
    }

    /** Cross-entropy against equal probabilities for every class, and its gradient. */
    private static float towardsUniform(float[] probs, int at, float[] dLogits, int n) {
        double loss = 0;
        for (int i = 0; i < n; i++) {
            dLogits[at + i] = probs[at + i] - 1f / n;
            loss -= Math.log(Math.max(probs[at + i], 1e-30f));
        }
        return (float) (loss / n);
    }

    /** Index of the largest value. */
    public static int argmax(float[] v) {
        return argmax(v, 0, v.length);
    }

    /** Index (from {@code at}) of the largest of {@code v[at … at + n)}. */
    static int argmax(float[] v, int at, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (v[at + i] > v[at + best]) {
                best = i;
            }
        }
        return best;
    }
}
