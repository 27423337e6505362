package org.receptive.ui.stepper;

import java.util.Locale;
import org.receptive.stepper.Setup;
import org.receptive.stepper.Step;
import org.receptive.stepper.Term;

/**
 * Words and numbers the stepper shows and says: channel names, numbers for cells and sums, the
 * sentences a screen reader reads for each grid, what a product is made of, and typed values read
 * leniently.
 */
public final class StepperText {

    private StepperText() {
    }

    /** "Channel 1", or "Channel 1 (red)" … for three channels (a picture's colours). */
    public static String channelName(int c, int channels) {
        if (channels == 3) {
            return new String[] {"Channel 1 (red)", "Channel 2 (green)", "Channel 3 (blue)"}[c];
        }
        return "Channel " + (c + 1);
    }

    /** The largest weight, bias or rate a student may type. */
    public static final float LIMIT = 1000;

    /** A typed number (see {@link org.receptive.ui.common.TypedNumber}); null if it is not one within ±{@link #LIMIT}. */
    public static Float parse(String text) {
        return org.receptive.ui.common.TypedNumber.parse(text, LIMIT);
    }

    /** Two decimals and a printed minus: "−0.25". */
    public static String number(float v) {
        return String.format(Locale.ROOT, "%.2f", v).replace('-', '−');
    }

    /** A number small enough for a cell: 1, −0.5, 0.25, 12.3; anything that would round to 0.00 but is not 0 as ≈0. */
    public static String cellNumber(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1000) {
            return Integer.toString((int) v).replace('-', '−');
        }
        if (Math.abs(v) < 0.005f) {
            return "≈0";   // an exponent does not fit a cell, and "0" would claim an exact zero
        }
        String s = Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.replace('-', '−');
    }

    /** Three significant figures for a loss that may be tiny or huge: 0.123, 12.3, 1.23e−4, ∞. */
    public static String significant(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "not a number" : v > 0 ? "∞" : "−∞";
        }
        String s = v != 0 && (Math.abs(v) < 0.01 || Math.abs(v) >= 10000)
                ? String.format(Locale.ROOT, "%.2e", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e")
                : String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : Math.abs(v) >= 1 ? "%.2f" : "%.3f",
                        v);
        return s.replace('-', '−');
    }

    /** A rate as it is typed, without an exponent: 0.0005, 2, 0.01 (∞ or "not a number" never throw). */
    public static String plain(float v) {
        if (!Float.isFinite(v)) {
            return significant(v);
        }
        return new java.math.BigDecimal(Float.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A factor in a product, in brackets when negative: "(−1)". */
    public static String factor(float v) {
        String s = cellNumber(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    /** What input channel {@code c} shows, and where the kernel is on it. */
    static String inputSentence(Setup s, int c, Step step) {
        return channelName(c, s.channels()) + " of the input, " + s.height() + " by " + s.width()
                + (s.padding() > 0 ? " with " + s.padding() + " ring(s) of zero padding" : "")
                + (step == null ? "; the kernel is not on it yet" : "; kernel at row " + step.top() + ", column " + step.left()
                + ", sum " + number(step.sum()));
    }

    /** What output map {@code n} shows, and the cell being written. */
    static String outputSentence(Setup s, int n, Step step) {
        return "Output feature map " + (n + 1) + ", " + s.outputHeight() + " by " + s.outputWidth()
                + (step != null && step.kernel() == n ? "; writing row " + step.outRow() + ", column " + step.outCol()
                + ": " + number(step.result()) : "");
    }

    /**
     * Where one product comes from. In true convolution the weight is the kernel cell turned 180°
     * from the window cell, and that is the cell named.
     */
    public static String term(Term t) {
        if (t.padding()) {
            return "A padding cell (always 0) × weight " + cellNumber(t.weight()) + " = 0";
        }
        String flipped = t.wy() != t.ky() || t.wx() != t.kx()
                ? " (the kernel turned 180°: window cell row " + t.ky() + ", column " + t.kx() + ")" : "";
        return "Input row " + t.row() + ", column " + t.col() + " of channel " + (t.channel() + 1)
                + " × kernel row " + t.wy() + ", column " + t.wx() + flipped + " = " + number(t.product());
    }

    /** Shows a choice box's items in words, and reads the words back to the item they name. */
    public static <T> javafx.util.StringConverter<T> converter(java.util.List<T> items, java.util.function.Function<T, String> words) {
        return new javafx.util.StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : words.apply(t); }
            @Override public T fromString(String s) {
                return items.stream().filter(t -> words.apply(t).equals(s)).findFirst().orElse(null);
            }
        };
    }
}
