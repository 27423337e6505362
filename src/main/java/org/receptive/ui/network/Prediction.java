package org.receptive.ui.network;

import java.util.Locale;

/**
 * What the network answered for the input on show: the ten probabilities, the digit it picked
 * and the true label (−1 for a drawing, which has none). One value, set at once, so a listener can
 * never see the probabilities of one digit beside the answer or label of the one before.
 */
public record Prediction(float[] probabilities, int digit, int label) {

    /** Before any input is shown: no answer. */
    static Prediction none(int classes) {
        return new Prediction(new float[classes], -1, -1);
    }

    public boolean answered() {
        return digit >= 0;
    }

    /** "97.3% sure", or empty before any answer. */
    public String confidenceText() {
        return answered() ? String.format(Locale.ROOT, "%.1f%% sure", 100 * probabilities[digit]) : "";
    }

    /** Right or wrong against the label; an input without a label (a drawing) gets no verdict. */
    public String verdictText() {
        if (!answered()) {
            return "";
        }
        if (label < 0) {
            return "A drawn digit: no label to check against";
        }
        return digit == label ? "✓ right (label " + label + ")" : "✗ wrong: the label is " + label;
    }

    /** The style of the verdict: "right", "wrong", or "unlabelled". */
    public String verdictStyle() {
        return label < 0 ? "unlabelled" : digit == label ? "right" : "wrong";
    }
}
