package org.receptive.ui.stepper;

import java.util.Locale;

/** Words and numbers the stepper shows: channel names, and typed values read leniently. */
final class StepperText {

    private StepperText() {
    }

    /** "Channel 1", or "Red", "Green", "Blue" for three channels (a picture's colours). */
    static String channelName(int c, int channels) {
        if (channels == 3) {
            return new String[] {"Channel 1 (red)", "Channel 2 (green)", "Channel 3 (blue)"}[c];
        }
        return "Channel " + (c + 1);
    }

    /** A typed number (see {@link org.receptive.ui.common.TypedNumber}); null if it is not one within ±1000. */
    static Float parse(String text) {
        return org.receptive.ui.common.TypedNumber.parse(text, 1000);
    }

    static String number(float v) {
        return String.format(Locale.ROOT, "%.2f", v).replace('-', '−');
    }

    /** Shows a choice box's items in words, and reads the words back to the item they name. */
    static <T> javafx.util.StringConverter<T> converter(java.util.List<T> items, java.util.function.Function<T, String> words) {
        return new javafx.util.StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : words.apply(t); }
            @Override public T fromString(String s) {
                return items.stream().filter(t -> words.apply(t).equals(s)).findFirst().orElse(null);
            }
        };
    }
}
