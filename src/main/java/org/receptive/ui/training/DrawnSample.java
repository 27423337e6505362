package org.receptive.ui.training;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The digit drawn in the Draw view as the studio's sample: its feature maps in every layer,
 * following the weights as they train or as the timeline is scrubbed. The drawing arrives as the
 * Draw view's 28×28 input after preprocessing (null while the pad is empty).
 */
public final class DrawnSample {

    private final WeightsOnShow shown;
    private final Supplier<float[]> drawing;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code drawing}: the Draw view's current input (28×28 pixels, ink 0–1), or null when its pad is empty. */
    public DrawnSample(WeightsOnShow shown, Supplier<float[]> drawing) {
        this.shown = shown;
        this.drawing = drawing;
        // Picking a test digit again makes the message about the drawing stale.
        shown.drawnShownProperty().addListener((o, was, now) -> {
            if (!now) {
                message.set("");
            }
        });
    }

    /** Shows the feature maps for the drawing on the Draw view's pad; an empty pad is explained. */
    public boolean use() {
        float[] pixels = drawing.get();
        if (pixels == null) {
            message.set("The pad in the Draw view is empty: draw a digit there, then come back and press this again.");
            return false;
        }
        try {
            shown.showInput(pixels);
        } catch (IllegalArgumentException e) {
            message.set("This network cannot read the drawing: " + e.getMessage() + ".");
            return false;
        }
        message.set("Your drawing from the Draw view. Type a test digit's number on the left to go back to the test set.");
        return true;
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
