package org.receptive.cli;

/**
 * A command refused, or stopped, for a reason a person can act on; its message is the one plain
 * sentence printed after "error: ". Thrown before any work is wasted whenever possible.
 */
final class Refusal extends RuntimeException {

    Refusal(String sentence) {
        super(sentence, null, false, false);
    }

    /** Refuses when {@code value} is outside lo..hi, naming the option. */
    static void unlessWithin(String option, long value, long lo, long hi, String meaning) {
        if (value < lo || value > hi) {
            throw new Refusal(option + " must be " + meaning + ", not " + value);
        }
    }

    /** Refuses when {@code value} is not a finite number in (lo, hi]. */
    static void unlessAboveUpTo(String option, double value, double lo, double hi, String meaning) {
        if (!(value > lo && value <= hi)) {
            throw new Refusal(option + " must be " + meaning + ", not " + value);
        }
    }
}
