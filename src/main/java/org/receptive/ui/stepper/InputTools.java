package org.receptive.ui.stepper;

import java.io.File;
import java.io.IOException;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import org.receptive.stepper.InputPattern;
import org.receptive.ui.common.Controls;

/**
 * What can be put in the input: painting with a chosen value (right button paints 0), patterns,
 * MNIST digits, random values, clear, and picture files; plus undo and redo.
 */
final class InputTools extends FlowPane {

    private final StepperViewModel model;
    private final ChoiceBox<Integer> channel = new ChoiceBox<>();
    private final TextField brush = new TextField("1");
    private final Spinner<Integer> digit = new Spinner<>(0, 9999, 0);
    private final Button undo = new Button("↶ Undo");
    private final Button redo = new Button("↷ Redo");
    private final Label message = new Label();

    InputTools(StepperViewModel model) {
        super(8, 6);
        this.model = model;
        getStyleClass().add("input-tools");
        setAlignment(Pos.CENTER_LEFT);
        channel.setId("paintChannel");
        Controls.tooltip(channel, "The input channel that painting, patterns, random and clear change");
        channel.setConverter(StepperText.converter(channel.getItems(), c -> "channel " + (c + 1)));
        brush.setId("brush");
        brush.setPrefColumnCount(3);
        Controls.tooltip(brush, "The value a left click or drag paints into input cells (right button paints 0)");
        MenuButton patterns = new MenuButton("Pattern");
        patterns.setId("patterns");
        Controls.tooltip(patterns, "Simple pictures that show what a kernel responds to");
        for (InputPattern p : InputPattern.values()) {
            MenuItem item = new MenuItem(p.label());
            item.setId("pattern-" + p.name());
            item.setOnAction(e -> model.edits().pattern(channel(), p));
            patterns.getItems().add(item);
        }
        digit.setId("digitIndex");
        digit.setEditable(true);
        digit.setPrefWidth(90);
        Controls.tooltip(digit, "Which of the 10,000 MNIST test digits");
        Button showDigit = new Button("MNIST digit");
        showDigit.setId("showDigit");
        Controls.tooltip(showDigit, "Put this handwritten digit in the input, resized to the grid");
        showDigit.setOnAction(e -> model.edits().digit(digit.getValue()));
        Button random = new Button("Random");
        Controls.tooltip(random, "Random values between 0 and 1");
        random.setOnAction(e -> model.edits().randomInput(channel()));
        Button clear = new Button("Clear");
        clear.setId("clearInput");
        Controls.tooltip(clear, "Set every cell of this channel to 0");
        clear.setOnAction(e -> model.edits().clearInput(channel()));
        Button open = new Button("Picture…");
        Controls.tooltip(open,
                "Open a picture file (or drop one on the input): one channel gets its brightness, three get red, green, blue");
        open.setOnAction(e -> choosePicture());
        undo.setId("undo");
        Controls.tooltip(undo, "Undo the last change to the input or kernels (Ctrl+Z)");
        undo.setOnAction(e -> model.undo());
        redo.setId("redo");
        Controls.tooltip(redo, "Redo (Ctrl+Y)");
        redo.setOnAction(e -> model.redo());
        message.getStyleClass().add("problem");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        setPrefWrapLength(480);
        getChildren().addAll(channel, new Label("paint"), brush, patterns, digit, showDigit, random, clear, open, undo, redo, message);
    }

    int channel() {
        Integer c = channel.getValue();
        return c == null || c >= model.setup().channels() ? 0 : c;
    }

    /** The value painting writes; 1 when the field does not hold a number. */
    float brushValue() {
        Float v = StepperText.parse(brush.getText());
        return v == null ? 1f : v;
    }

    void rebuild() {
        int n = model.setup().channels();
        Integer keep = channel.getValue();
        channel.getItems().clear();
        for (int c = 0; c < n; c++) {
            channel.getItems().add(c);
        }
        channel.setValue(keep != null && keep < n ? keep : 0);
        channel.setVisible(n > 1);
        channel.setManaged(n > 1);
    }

    void refresh() {
        undo.setDisable(!model.canUndo());
        redo.setDisable(!model.canRedo());
    }

    private void choosePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a picture for the input grid");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            openPicture(f);
        }
    }

    /** Reads a picture into the input, or says plainly why it could not. */
    void openPicture(File f) {
        try {
            model.edits().image(InputSources.readPicture(f));
            message.setText("");
        } catch (IOException e) {
            message.setText(e.getMessage());
        }
    }
}
