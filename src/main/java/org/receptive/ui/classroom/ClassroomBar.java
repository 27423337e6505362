package org.receptive.ui.classroom;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.receptive.ui.common.Controls;

/**
 * The classroom controls at the right of the header: zoom, high contrast, reduced motion,
 * presenting, and a picture of the current view. Each names its key in its tooltip, because a
 * teacher at the front drives the app from the keyboard or a clicker.
 */
public final class ClassroomBar extends HBox {

    public ClassroomBar(PresentationModel model, Runnable savePicture, Runnable showKeys) {
        super(6);
        getStyleClass().add("classroom-bar");
        setAlignment(Pos.CENTER_RIGHT);
        Button out = Controls.button("zoomOut", "A−", "Smaller (Ctrl+−)");
        out.setOnAction(e -> model.zoomOut());
        Button in = Controls.button("zoomIn", "A+", "Larger, for the back of the room (Ctrl++)");
        in.setOnAction(e -> model.zoomIn());
        Label zoom = new Label();
        zoom.setId("zoomText");
        zoom.textProperty().bind(model.zoomText());
        zoom.getStyleClass().add("zoom-text");
        ToggleButton contrast = Controls.toggle("highContrast", "Contrast", "High contrast: black on white, for bright rooms (Ctrl+H)");
        contrast.selectedProperty().bindBidirectional(model.highContrastProperty());
        ToggleButton calm = Controls.toggle("reducedMotion", "Still", "Reduced motion: nothing moves by itself (Ctrl+M)");
        calm.selectedProperty().bindBidirectional(model.reducedMotionProperty());
        Button picture = Controls.button("savePicture", "Picture…", "Save a PNG of this view for slides (Ctrl+P)");
        picture.setOnAction(e -> savePicture.run());
        Button present = Controls.button("present", "Present", "Full screen without the header; F11 or Esc to come back");
        present.setOnAction(e -> model.togglePresenting());
        Button keys = Controls.button("showKeys", "?", "Every key the app answers to (? or F1)");
        keys.setAccessibleText("Keys");
        keys.setOnAction(e -> showKeys.run());
        getChildren().addAll(out, zoom, in, contrast, calm, picture, present, keys);
        // Each has a key, so none takes the focus: Space and the arrows must reach the view.
        getChildren().forEach(n -> n.setFocusTraversable(false));
        getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

}
