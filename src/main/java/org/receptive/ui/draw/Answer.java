package org.receptive.ui.draw;

import java.util.Locale;
import org.receptive.engine.SoftmaxCrossEntropy;

/**
 * What the network answers for the pad: the ten probabilities and the top digit, or nothing at
 * all when there is no ink (an empty pad gets a prompt, never a guess).
 */
record Answer(float[] probabilities, int best, boolean empty) {

    /**
     * Below this top probability the answer is "I am not sure". A softmax over 10 classes rarely
     * gives a wrong answer above 0.6 on drawn digits, while most hesitant scribbles stay below it.
     */
    static final float SURE = 0.6f;

    static final String PROMPT = "Draw a digit on the pad";

    /** No ink: no guess. */
    static Answer none(int classes) {
        return new Answer(new float[classes], -1, true);
    }

    static Answer of(float[] probabilities) {
        return new Answer(probabilities.clone(), SoftmaxCrossEntropy.argmax(probabilities), false);
    }

    boolean notSure() {
        return !empty && probabilities[best] < SURE;
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
