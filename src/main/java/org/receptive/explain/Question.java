package org.receptive.explain;

/**
 * What an explanation is asked: "why {@code target}?", or with a {@code versus} class "why
 * {@code target} and not {@code versus}?", which explains the difference of the two classes'
 * scores (the question a teacher asks about a misread digit). {@code versus} is −1 when absent.
 */
public record Question(int target, int versus) {

    public Question {
        if (target < 0 || versus < -1 || versus == target) {
            throw new IllegalArgumentException("cannot ask why " + target + (versus >= 0 ? " and not " + versus : ""));
        }
    }

    /** "Why 7?" */
    public static Question why(int target) {
        return new Question(target, -1);
    }

    /** "Why 7 and not 1?" */
    public static Question whyNot(int target, int versus) {
        return new Question(target, versus);
    }

    public boolean contrastive() {
        return versus >= 0;
    }

    /** The question in words, as the chooser and the legend say it. */
    public String text() {
        return contrastive() ? "Why " + target + " and not " + versus + "?" : "Why " + target + "?";
    }

    /** The quantity explained, given per-class numbers (probabilities or scores): target's, minus versus's if asked. */
    double of(float[] perClass, int offset) {
        double v = perClass[offset + target];
        return contrastive() ? v - perClass[offset + versus] : v;
    }
}
