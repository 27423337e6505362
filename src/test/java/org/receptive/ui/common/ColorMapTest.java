package org.receptive.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The colour maps as pure functions: no window needed. */
class ColorMapTest {

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void viridisGetsSteadilyLighterSoOrderSurvivesColourBlindnessAndGreyPrinting() {
        double last = -1;
        for (int i = 0; i <= 50; i++) {
            double l = luminance(ColorMap.VIRIDIS.at(i / 50.0));
            assertTrue(l > last, "luminance must rise at " + i);
            last = l;
        }
        assertEquals(ColorMap.VIRIDIS.at(0), ColorMap.VIRIDIS.of(-3, 0, 1), "values below the scale clamp");
        assertEquals(ColorMap.VIRIDIS.at(1), ColorMap.VIRIDIS.of(9, 0, 1), "values above the scale clamp");
    }

    @Test
    void theDivergingMapIsWhiteAtZeroBlueBelowRedAbove() {
        Color zero = ColorMap.DIVERGING.of(0, -0.3, 2);
        assertTrue(zero.getRed() > 0.95 && zero.getGreen() > 0.95 && zero.getBlue() > 0.95, zero.toString());
        Color low = ColorMap.DIVERGING.of(-2, -0.3, 2), high = ColorMap.DIVERGING.of(2, -0.3, 2);
        assertTrue(low.getBlue() > low.getRed(), "negative is blue");
        assertTrue(high.getRed() > high.getBlue(), "positive is red");
        // symmetric around zero: the same magnitude is equally far from white
        assertEquals(luminance(ColorMap.DIVERGING.of(-1, -2, 2)), luminance(ColorMap.DIVERGING.of(1, -2, 2)), 0.08);
    }

    @Test
    void aFlatScaleDoesNotDivideByZero() {
        assertEquals(ColorMap.VIRIDIS.at(0), ColorMap.VIRIDIS.of(5, 5, 5));
        assertEquals(ColorMap.DIVERGING.at(0.5), ColorMap.DIVERGING.of(0, 0, 0));
    }
}
