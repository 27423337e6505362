package org.receptive.ui.draw;

import java.util.Locale;
import org.receptive.data.NonDigitRule;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.SoftmaxCrossEntropy;

/**
 * What the network answers for the pad: the ten probabilities and the top digit, or nothing at
 * all when there is no ink (an empty pad gets a prompt, never a guess). A speck, or what does not
 * look like a digit at all ({@link NonDigitRule}, the same rule {@code classify} uses), is said
 * to be so instead of a guess.
 */
record Answer(float[] probabilities, int best, boolean empty, NonDigitRule.Reason reason) {


    static final String PROMPT = "Draw a digit on the pad";

    /** No ink: no guess. */
    static Answer none(int classes) {
        return new Answer(new float[classes], -1, true, null);
    }

    static Answer of(float[] probabilities) {
        return new Answer(probabilities.clone(), SoftmaxCrossEntropy.argmax(probabilities), false, null);
    }

    /** The answer for a preprocessed drawing and the network's logits for it: none when empty, then the rule's verdict. */
    static Answer of(PreprocessedDigit p, float[] probabilities, float[] logits) {
        if (p.isEmpty()) {
            return none(probabilities.length);
        }
        return new Answer(probabilities.clone(), SoftmaxCrossEntropy.argmax(probabilities), false, NonDigitRule.judge(p, logits));
    }

    /** A speck: preprocessing would blow a dot up into a confident "0". */
    boolean tooSmall() {
        return reason == NonDigitRule.Reason.TOO_SMALL;
    }

    /** A word, a shape, a scribble: the rule says this is no digit at all. */
    boolean notADigit() {
        return reason != null && reason != NonDigitRule.Reason.TOO_SMALL;
    }

    boolean notSure() {
        return !empty && (reason != null || probabilities[best] < NonDigitRule.SURE);
    }

    /** The second most likely digit (−1 when empty). */
    int runnerUp() {
        int second = -1;
        for (int d = 0; d < probabilities.length && !empty; d++) {
            if (d != best && (second < 0 || probabilities[d] > probabilities[second])) {
                second = d;
            }
        }
        return second;
    }

    /** The big text: the digit, "?" when unsure, nothing when empty. */
    String headline() {
        return empty ? "" : notSure() ? "?" : Integer.toString(best);
    }

    /** The line under it, in plain words. */
    String status() {
        if (empty) {
            return PROMPT;
        }
        if (tooSmall()) {
            return "Too small to read: draw the digit bigger";
        }
        if (notADigit()) {
            return "This does not look like a digit: " + reason.explanation();
        }
        if (notSure()) {
            int second = runnerUp();
            return String.format(Locale.ROOT, "I am not sure: maybe %d (%.0f%%) or %d (%.0f%%)",
                    best, 100 * probabilities[best], second, 100 * probabilities[second]);
        }
        return String.format(Locale.ROOT, "It is a %d, %.1f%% sure", best, 100 * probabilities[best]);
    }

    /** "7 (93%)", for before/after comparisons. */
    String brief() {
        return empty ? "nothing" : String.format(Locale.ROOT, "%d (%.0f%%)", best, 100 * probabilities[best]);
    }
}
