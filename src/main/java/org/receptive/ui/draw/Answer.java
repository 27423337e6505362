package org.receptive.ui.draw;

import java.util.Locale;
import org.receptive.engine.SoftmaxCrossEntropy;

/**
 * What the network answers for the pad: the ten probabilities and the top digit, or nothing at
 * all when there is no ink (an empty pad gets a prompt, never a guess).
 */
record Answer(float[] probabilities, int best, boolean empty, boolean tooSmall) {

    /**
     * Below this top probability the answer is "I am not sure". A softmax over 10 classes rarely
     * gives a wrong answer above 0.6 on drawn digits, while most hesitant scribbles stay below it.
     */
    static final float SURE = 0.6f;

    static final String PROMPT = "Draw a digit on the pad";

    /** No ink: no guess. */
    static Answer none(int classes) {
        return new Answer(new float[classes], -1, true, false);
    }

    static Answer of(float[] probabilities) {
        return new Answer(probabilities.clone(), SoftmaxCrossEntropy.argmax(probabilities), false, false);
    }

    /**
     * The ink covers less than this share of the pad's side. Preprocessing scales any ink up to
     * 20×20, so a dot becomes a disc the network calls a confident "0": better to say so.
     */
    static final double SMALLEST = 0.1;

    /** The answer for a preprocessed drawing: none when empty, "too small" for a speck. */
    static Answer of(org.receptive.data.PreprocessedDigit p, float[] probabilities) {
        if (p.isEmpty()) {
            return none(probabilities.length);
        }
        var box = p.box();
        boolean speck = Math.max(box.height(), box.width()) < SMALLEST * Math.max(p.height(), p.width());
        return new Answer(probabilities.clone(), SoftmaxCrossEntropy.argmax(probabilities), false, speck);
    }

    boolean notSure() {
        return !empty && (tooSmall || probabilities[best] < SURE);
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
        if (tooSmall) {
            return "Too small to read: draw the digit bigger";
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
