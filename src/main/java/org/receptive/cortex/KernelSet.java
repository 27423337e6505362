package org.receptive.cortex;

import java.util.Locale;

/** Where the lab's first-layer kernels come from: drawn by hand, or found by training. */
public enum KernelSet {
    PRESET("Preset lines", "Hand-made 7×7 line detectors at 0°, 45°, 90° and 135°"),
    LEARNED("Learned", "The most orientation-selective of the trained model's sixteen 5×5 first-layer kernels: "
            + "nobody told the network about angles");

    private final String label;
    private final String tooltip;

    KernelSet(String label, String tooltip) {
        this.label = label;
        this.tooltip = tooltip;
    }

    public String label() {
        return label;
    }

    public String tooltip() {
        return tooltip;
    }

    /** The set a lesson names ({@code preset}, {@code learned}), or null. */
    public static KernelSet named(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        return w.equals("preset") || w.equals("lines") ? PRESET : w.equals("learned") || w.equals("trained") ? LEARNED : null;
    }
}
