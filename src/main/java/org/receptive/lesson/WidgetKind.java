package org.receptive.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The live demos a lesson can open. */
public enum WidgetKind {
    /** The convolution stepper, with a preset input and kernel. */
    STEPPER,
    /** The visual-cortex lab: oriented receptive fields tiling a visual field. */
    CORTEX,
    /** The draw-a-digit pad. */
    DRAW,
    /** The Network view of the default model. */
    NETWORK,
    /** The training studio. */
    TRAINING;

    /** The kind written in a lesson ({@code stepper}, {@code cortex}, …), or null. */
    static WidgetKind named(String word) {
        for (WidgetKind k : values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(word)) {
                return k;
            }
        }
        return null;
    }

    static String known() {
        return Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
