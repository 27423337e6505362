package org.receptive.ui.draw;

import java.io.File;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.receptive.ui.common.Controls;

/** The tools under the pad: brush width, eraser, undo, redo, clear and "Open picture…". */
final class PadTools extends VBox {

    private final DrawViewModel model;

    PadTools(DrawViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("pad-tools");
        createView();
    }

    private void createView() {
        Slider brush = new Slider(DrawViewModel.MIN_BRUSH, DrawViewModel.MAX_BRUSH, model.brushWidthProperty().get());
        brush.setId("brush");
        brush.setTooltip(new Tooltip("How wide the brush (and the eraser) is, in pad pixels"));
        brush.valueProperty().bindBidirectional(model.brushWidthProperty());
        brush.setMinWidth(80);   // zoomed in, the slider shortens before the pad's column has to widen
        Label width = new Label();
        width.getStyleClass().add("brush-width");
        width.textProperty().bind(model.brushWidthProperty().asString(Locale.ROOT, "%.0f px"));
        Label brushLabel = new Label("Brush");
        // Its name and width above the slider, not beside it: zoomed in, the pad's column is then
        // as narrow as the pad, not as the three side by side.
        HBox brushHead = new HBox(8, brushLabel, Controls.spring(), width);
        brushHead.setAlignment(Pos.CENTER_LEFT);
        brush.setMaxWidth(Double.MAX_VALUE);
        VBox brushRow = new VBox(2, brushHead, brush);

        ToggleButton eraser = new ToggleButton("Eraser");
        eraser.setId("eraser");
        eraser.setTooltip(new Tooltip("Rub out ink instead of drawing (click again to draw)"));
        eraser.selectedProperty().bindBidirectional(model.eraserProperty());
        Button undo = Controls.button("undo", "↶ Undo", "Take back the last stroke (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = Controls.button("redo", "↷ Redo", "Put back the stroke you took back (Ctrl+Y)", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button clear = Controls.button("clear", "Clear", "Start again on an empty pad (Delete or Backspace); Undo brings it back",
                model::clear);
        FlowPane edit = new FlowPane(6, 6, eraser, undo, redo, clear);

        Button open = Controls.button("openPicture", "Open picture…",
                "Read a digit from a picture file (PNG, JPEG, GIF, BMP); you can also drop one on the pad", this::open);
        open.setWrapText(true);   // on two lines rather than widen the pad's column, zoomed in
        open.setMinWidth(80);   // its longer word whole
        getChildren().addAll(brushRow, edit, open);

    }

    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a picture of a digit");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.openPicture(file.toPath());
        }
    }
}
