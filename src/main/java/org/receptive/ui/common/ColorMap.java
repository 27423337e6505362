package org.receptive.ui.common;

import javafx.scene.paint.Color;

/**
 * Colour maps for numbers, all readable with the common colour-vision deficiencies:
 * viridis (van der Walt and Smith, matplotlib) for activations, a blue–white–red diverging map
 * (after ColorBrewer's RdBu) for signed values such as weights, and grey for ink.
 */
public enum ColorMap {

    /** Sequential, dark purple → blue → green → yellow. */
    VIRIDIS(new Color[] {
        Color.web("#440154"), Color.web("#482878"), Color.web("#3e4989"), Color.web("#31688e"),
        Color.web("#26828e"), Color.web("#1f9e89"), Color.web("#35b779"), Color.web("#6ece58"),
        Color.web("#b5de2b"), Color.web("#fde725")}),
    /** Diverging: negative blue, zero white, positive red. */
    DIVERGING(new Color[] {
        Color.web("#2166ac"), Color.web("#4393c3"), Color.web("#92c5de"), Color.web("#d1e5f0"),
        Color.web("#f7f7f7"),
        Color.web("#fddbc7"), Color.web("#f4a582"), Color.web("#d6604d"), Color.web("#b2182b")}),
    /** Black background, white ink, as MNIST digits are stored. */
    GREY(new Color[] {Color.BLACK, Color.WHITE});

    private final Color[] stops;

    ColorMap(Color[] stops) {
        this.stops = stops;
    }

    /** Colour of t in [0, 1] (clamped). */
    public Color at(double t) {
        double c = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) c);
        return stops[i].interpolate(stops[i + 1], c - i);
    }

    /** Colour of value v on a scale from min to max; the diverging map keeps 0 white. */
    public Color of(double v, double min, double max) {
        if (this == DIVERGING) {
            double m = symmetricEnd(min, max);
            return at(m == 0 ? 0.5 : 0.5 + 0.5 * v / m);
        }
        return at(max == min ? 0 : (v - min) / (max - min));
    }

    /** Where the diverging map's scale ends for values from min to max: ±the larger magnitude, so 0 stays white. */
    static double symmetricEnd(double min, double max) {
        return Math.max(Math.abs(min), Math.abs(max));
    }

    /** Whether this map is centred on zero. */
    public boolean diverging() {
        return this == DIVERGING;
    }
}
