package org.receptive.data;

import java.util.ArrayDeque;

/**
 * Decides when a picture or a drawing is not a digit, so the app and {@code classify} say "this
 * does not look like a digit" instead of a confident guess. A digit has to look like the digits
 * the network knows on every count: the network's evidence (the energy of its logits), one or two
 * pieces of ink, not much wider than tall, its bounding box not filled in, not too much ink in the
 * 28×28 input, and not a speck on a large picture.
 *
 * <p>The constants were chosen on half of a generated set of digits and non-digits and checked
 * on the other half; they live here and nowhere else. {@code evaluate --non-digits N} measures
 * them again and proposes new ones, which is needed whenever the default model is retrained (the
 * energy depends on the model): see docs/DEVELOPING.md for the command and the last figures.
 */
public final class NonDigitRule {

    /**
     * Below this the network recognises no digit: log Σ exp(logit), the negative of the "energy"
     * of Liu et al., "Energy-based Out-of-distribution Detection" (NeurIPS 2020), which separates
     * unknown pictures better than the top probability does.
     */
    public static final double MIN_ENERGY = 2.62;
    /** More separate pieces of ink than this in the 28×28 input: a word, a face, a pattern. */
    public static final int MAX_PARTS = 2;
    /**
     * Ink wider than this many times its height: a word, not a digit. Unbounded for the default
     * model: the calibration chose no cap, since the other counts already turn away the words
     * (94% of them on the held-out half).
     */
    public static final double MAX_ASPECT = Double.POSITIVE_INFINITY;
    /** More than this share of the ink's bounding box inked: a blotch, a gradient, a filled shape. */
    public static final double MAX_COVERAGE = 0.874;
    /** More than this mean ink in the 28×28 input: a filled area, not strokes. */
    public static final double MAX_FILL = 0.257;
    /**
     * Below this top probability the Draw view answers "I am not sure" (it shows the two likeliest
     * digits instead of one). A softmax over 10 classes rarely gives a wrong answer above 0.6 on
     * drawn digits, while most hesitant scribbles stay below it. Not part of the rule: a digit
     * the network hesitates over is still a digit.
     */
    public static final float SURE = 0.6f;
    /**
     * Ink shorter than this share of the picture's longer side is a speck: preprocessing would
     * scale a dot up to 20×20 and the network would call it a confident 0.
     */
    public static final double MIN_EXTENT = 0.1;

    /** Why a picture is not judged a digit, with the words a student reads. */
    public enum Reason {
        TOO_SMALL("the ink is a speck on a large picture"),
        PARTS("it is made of too many separate pieces"),
        WIDE("it is much wider than it is tall"),
        FILLED("too much of it is filled in"),
        UNKNOWN_TO_THE_NETWORK("nothing in it resembles the digits the network learned");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        /** E.g. "it is much wider than it is tall". */
        public String explanation() {
            return explanation;
        }
    }

    /**
     * What the rule looks at.
     *
     * @param energy   log Σ exp(logit): large when the network recognises what it sees
     * @param parts    separate pieces of ink in the 28×28 input (8-connected, above 0.3, 3 cells or more)
     * @param aspect   width over height of the ink's bounding box
     * @param coverage inked share of the ink's bounding box in the picture
     * @param fill     mean of the 28×28 input
     * @param extent   the ink's longer side over the picture's longer side
     */
    public record Features(double energy, int parts, double aspect, double coverage, double fill, double extent) {
    }

    /** A set of constants, so candidates can be measured side by side. */
    public record Limits(double minEnergy, int maxParts, double maxAspect, double maxCoverage, double maxFill) {
    }

    /** The constants above. */
    public static final Limits LIMITS = new Limits(MIN_ENERGY, MAX_PARTS, MAX_ASPECT, MAX_COVERAGE, MAX_FILL);

    private NonDigitRule() {
    }

    /** Null when {@code p} (not empty) looks like a digit to a network that gave {@code logits}, else why not. */
    public static Reason judge(PreprocessedDigit p, float[] logits) {
        return judge(features(p, logits), LIMITS);
    }

    /** The rule with any constants. */
    public static Reason judge(Features f, Limits limits) {
        if (f.extent() < MIN_EXTENT) {
            return Reason.TOO_SMALL;
        }
        if (f.parts() < 1 || f.parts() > limits.maxParts()) {
            return Reason.PARTS;
        }
        if (f.aspect() > limits.maxAspect()) {
            return Reason.WIDE;
        }
        if (f.coverage() > limits.maxCoverage() || f.fill() > limits.maxFill()) {
            return Reason.FILLED;
        }
        if (f.energy() < limits.minEnergy()) {
            return Reason.UNKNOWN_TO_THE_NETWORK;
        }
        return null;
    }

    /** The features of a preprocessed picture that is not empty. */
    public static Features features(PreprocessedDigit p, float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : logits) {
            sum += Math.exp(v - max);
        }
        PreprocessedDigit.Box box = p.box();
        int inked = 0;
        for (int y = box.top(); y < box.top() + box.height(); y++) {
            for (int x = box.left(); x < box.left() + box.width(); x++) {
                if (p.grey()[y * p.width() + x] > DigitPreprocessor.INK) {
                    inked++;
                }
            }
        }
        double fill = 0;
        for (float v : p.pixels()) {
            fill += v;
        }
        return new Features(max + Math.log(sum), parts(p.pixels(), PreprocessedDigit.SIDE),
                (double) box.width() / box.height(), (double) inked / ((long) box.height() * box.width()),
                fill / p.pixels().length,
                (double) Math.max(box.height(), box.width()) / Math.max(p.height(), p.width()));
    }

    /** Pieces of ink above 0.3 of at least 3 cells, 8-connected, in a side×side grid. */
    static int parts(float[] pixels, int side) {
        boolean[] seen = new boolean[pixels.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int parts = 0;
        for (int start = 0; start < pixels.length; start++) {
            if (seen[start] || pixels[start] <= 0.3f) {
                continue;
            }
            int size = 0;
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int i = queue.poll(), y = i / side, x = i % side;
                size++;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int ny = y + dy, nx = x + dx, j = ny * side + nx;
                        if (ny >= 0 && ny < side && nx >= 0 && nx < side && !seen[j] && pixels[j] > 0.3f) {
                            seen[j] = true;
                            queue.add(j);
                        }
                    }
                }
            }
            if (size >= 3) {
                parts++;
            }
        }
        return parts;
    }
}
