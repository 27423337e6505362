package org.receptive.cortex;

import java.util.Locale;

/** What the lab shows on its visual field. A cross is there to tell a cross detector from a single bar. */
public enum StimulusKind {
    BAR("Bar", "A bright bar: drag it on the visual field, turn it with the slider or the mouse wheel"),
    CROSS("Cross", "Two bars crossing at right angles: what a second-layer cross detector looks for"),
    GRATING("Grating", "Stripes across the whole field, at the chosen angle"),
    EDGE("Edge", "Dark on one side of a line through the centre, bright on the other"),
    DIGIT("Digit", "A handwritten digit from the MNIST test set, at the scale the network learned from: drag it on the field");

    private final String label;
    private final String tooltip;

    StimulusKind(String label, String tooltip) {
        this.label = label;
        this.tooltip = tooltip;
    }

    public String label() {
        return label;
    }

    public String tooltip() {
        return tooltip;
    }

    /** The kind a lesson names ({@code bar}, {@code cross}, …), or null. */
    public static StimulusKind named(String word) {
        for (StimulusKind k : values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(word.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
