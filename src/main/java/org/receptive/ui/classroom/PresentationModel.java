package org.receptive.ui.classroom;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Classroom settings: presenting (full screen, no controls around the view), zoom for the back
 * row (100–250%), a high-contrast theme, and reduced motion (animations do not start by
 * themselves). A teacher drives it from the keyboard; views read these properties.
 */
public final class PresentationModel {

    public static final double MIN_ZOOM = 1.0;
    public static final double MAX_ZOOM = 2.5;
    public static final double ZOOM_STEP = 0.25;

    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(false);

    public PresentationModel() {
        zoom.addListener((o, was, now) -> {
            double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                zoom.set(clamped);
            }
        });
    }

    public void togglePresenting() {
        presenting.set(!presenting.get());
    }

    public void zoomIn() {
        zoom.set(Math.round((zoom.get() + ZOOM_STEP) / ZOOM_STEP) * ZOOM_STEP);
    }

    public void zoomOut() {
        zoom.set(Math.round((zoom.get() - ZOOM_STEP) / ZOOM_STEP) * ZOOM_STEP);
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** "Zoom 150%", for the status line and screen readers. */
    public StringBinding zoomText() {
        return Bindings.createStringBinding(() -> String.format(Locale.ROOT, "Zoom %.0f%%", 100 * zoom.get()), zoom);
    }

    public BooleanProperty presentingProperty() { return presenting; }
    public DoubleProperty zoomProperty() { return zoom; }
    public BooleanProperty highContrastProperty() { return highContrast; }
    public BooleanProperty reducedMotionProperty() { return reducedMotion; }
}
