package org.receptive.cortex;

import java.util.Locale;

/**
 * What the visual-cortex lab says in words: the name of a kind of neuron, what a second-layer
 * unit combines, and the whole state in a sentence for screen readers and the status line.
 */
public final class CortexText {

    /** Above this share of "firing fully" a neuron counts as firing in the sentence. */
    static final float FIRING = 0.05f;

    private CortexText() {
    }

    /** "45°" for a preset neuron, "kernel 7 (90°)" for a learned one. */
    public static String kind(FirstLayer layer, int kind) {
        return layer.set() == KernelSet.PRESET ? layer.names()[kind]
                : String.format(Locale.ROOT, "%s (%.0f°)", layer.names()[kind], layer.angles()[kind]);
    }

    /**
     * A response with as many decimals as its scale needs for three significant figures: "38.5" on
     * the preset lines' scale (about 40), "0.052" on the learned kernels' (about 0.1), whose
     * responses would all read "0.0" with one decimal. Never fewer than one decimal.
     */
    public static String response(double v, double scale) {
        int decimals = scale > 0 ? Math.max(1, 2 - (int) Math.floor(Math.log10(scale))) : 1;
        return String.format(Locale.ROOT, "%." + Math.min(decimals, 6) + "f", v);
    }

    /** "needs 0° and 90° lines together". */
    public static String combines(FirstLayer layer, CombiningUnit u) {
        return String.format(Locale.ROOT, "needs %.0f° and %.0f° lines together", layer.angles()[u.kinds()[0]],
                layer.angles()[u.kinds()[1]]);
    }

    /** "Cross at 45°", or "Test digit 7 (a 3)" for a digit. */
    public static String stimulus(StimulusKind kind, double degrees, int digit, int digitLabel) {
        return kind == StimulusKind.DIGIT
                ? "Test digit " + digit + " (a " + digitLabel + ")"
                : kind.label() + String.format(Locale.ROOT, " at %.0f°", degrees);
    }

    /**
     * The state in one sentence: what is shown, how many neurons fire and which kind most, and
     * what the picked neuron (kind, row, col) answers. {@code responses} is [kind][row][col].
     */
    public static String state(FirstLayer layer, String stimulus, float[][][] responses, int kind, int row, int col) {
        int firing = 0, strongestKind = 0;
        float strongest = 0;
        for (int k = 0; k < responses.length; k++) {
            for (float[] r : responses[k]) {
                for (float v : r) {
                    if (v > FIRING * layer.reference()) {
                        firing++;
                    }
                    if (v > strongest) {
                        strongest = v;
                        strongestKind = k;
                    }
                }
            }
        }
        NeuronSheet sheet = layer.sheet();
        String most = firing == 0 ? "no neuron fires"
                : firing + " of " + responses.length * sheet.rows() * sheet.cols() + " neurons fire, most strongly the "
                + kind(layer, strongestKind) + " ones";
        return stimulus + ": " + most + ". The picked " + kind(layer, kind) + " neuron (row " + row
                + ", column " + col + ") responds " + response(responses[kind][row][col], layer.reference()) + ".";
    }
}
