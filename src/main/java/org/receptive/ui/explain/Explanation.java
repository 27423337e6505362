package org.receptive.ui.explain;

import java.util.Locale;
import org.receptive.explain.AttributionMap;
import org.receptive.explain.Method;

/**
 * One "why?" answer as the panel shows it: the map, the input it explains (a copy) and the
 * network's probabilities for that input.
 */
public record Explanation(AttributionMap map, float[] image, float[] probabilities) {

    /** What the legend's bar measures, in words. */
    public String legendTitle() {
        int t = map.question().target(), v = map.question().versus();
        String quantity = v < 0 ? "p(" + t + ")" : "p(" + t + ") − p(" + v + ")";
        String score = v < 0 ? "the score of " + t : "the score of " + t + " minus that of " + v;
        return switch (map.method()) {
            case OCCLUSION -> "How much covering it lowers " + quantity;
            case GRADIENT_TIMES_INPUT -> "Ink × how fast it moves " + score;
            case GRAD_CAM -> "Where the last convolution finds evidence for " + (v < 0 ? "" + t : t + " over " + v);
        };
    }

    /** The two ends of the legend in words: red, then blue (or white, for Grad-CAM). */
    public String ends() {
        Method m = map.method();
        return m.positiveMeaning() + "\n" + m.negativeMeaning();
    }

    /** "The network says 7 (93%); 1 has 2%." */
    public String answerLine() {
        int t = map.question().target(), v = map.question().versus();
        String line = String.format(Locale.ROOT, "p(%d) = %.0f%%", t, 100 * probabilities[t]);
        return v < 0 ? line : line + String.format(Locale.ROOT, ", p(%d) = %.0f%%", v, 100 * probabilities[v]);
    }
}
