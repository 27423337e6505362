package org.receptive.cortex;

import java.util.Locale;

/**
 * What the lab shows on its visual field, and how each is drawn there. A cross is there to tell a
 * cross detector from a single bar.
 */
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

    /** Stripes of the grating this many cells apart: a few per receptive field. */
    public static final double GRATING_PERIOD = 6;

    /**
     * This stimulus on a size×size field: a bar or cross centred at (cy, cx) and turned by
     * {@code degrees}, as long as {@link FirstLayer#BAR_LENGTH}; a grating or an edge at that
     * angle over the whole field; {@code digit} (28×28 pixels, read only for {@link #DIGIT})
     * pasted with its centre at (cy, cx).
     */
    public float[][] draw(int size, double cy, double cx, double degrees, float[] digit) {
        return switch (this) {
            case BAR -> Stimulus.bar(size, cy, cx, degrees, FirstLayer.BAR_LENGTH, FirstLayer.BAR_THICKNESS);
            case CROSS -> Stimulus.cross(size, cy, cx, degrees, FirstLayer.BAR_LENGTH, FirstLayer.BAR_THICKNESS);
            case GRATING -> Stimulus.grating(size, degrees, GRATING_PERIOD, 0);
            case EDGE -> Stimulus.edge(size, degrees);
            case DIGIT -> Stimulus.image(size, digit, 28, cy, cx);
        };
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
