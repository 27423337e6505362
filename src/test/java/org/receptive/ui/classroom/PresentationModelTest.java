package org.receptive.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresentationModelTest {

    @Test
    void zoomMovesInQuarterStepsBetween100And250Percent() {
        PresentationModel m = new PresentationModel();
        assertEquals("Zoom 100%", m.zoomText().get());
        m.zoomIn();
        m.zoomIn();
        assertEquals(1.5, m.zoomProperty().get());
        assertEquals("Zoom 150%", m.zoomText().get());
        for (int i = 0; i < 10; i++) {
            m.zoomIn();
        }
        assertEquals(2.5, m.zoomProperty().get(), "capped at 250%");
        for (int i = 0; i < 10; i++) {
            m.zoomOut();
        }
        assertEquals(1.0, m.zoomProperty().get(), "never below 100%");
        m.zoomProperty().set(9);
        assertEquals(2.5, m.zoomProperty().get(), "any setter is clamped");
    }

    @Test
    void presentingTogglesAndSettingsAreIndependent() {
        PresentationModel m = new PresentationModel();
        m.togglePresenting();
        assertTrue(m.presentingProperty().get());
        m.highContrastProperty().set(true);
        m.togglePresenting();
        assertEquals(false, m.presentingProperty().get());
        assertTrue(m.highContrastProperty().get());
    }
}
