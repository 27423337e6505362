package org.receptive.ui.draw;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.receptive.data.PersonalDigits;
import org.receptive.ui.common.Controls;

/** "Teach it": label the drawing, see and delete your digits, fine-tune, save the model. */
final class TeachPanel extends VBox {

    private final TeachModel model;

    TeachPanel(TeachModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("teach-panel");
        createView();
    }

    private void createView() {
        Label title = new Label("Teach it");
        title.getStyleClass().add("panel-title");
        Label how = new Label("Wrong answer? Click the digit you meant: your drawing is kept in your own set.");
        how.setWrapText(true);
        how.getStyleClass().add("hint");
        // Five to a row where there is room; zoomed in on a projector, fewer, so the answer's column can be narrow.
        javafx.scene.layout.TilePane digits = new javafx.scene.layout.TilePane(4, 4);
        digits.setPrefColumns(5);
        for (int d = 0; d <= 9; d++) {
            final int label = d;
            Button b = new Button(Integer.toString(d));
            b.setId("teach-" + d);
            b.getStyleClass().add("teach-digit");
            b.setTooltip(new Tooltip("Keep this drawing as a " + d));
            b.setOnAction(e -> model.keep(label));
            digits.getChildren().add(b);
        }

        Label listTitle = new Label();
        listTitle.getStyleClass().add("sub-title");
        listTitle.textProperty().bind(javafx.beans.binding.Bindings.size(model.entries()).asString("Your digits (%d)"));
        ListView<PersonalDigits.Entry> list = new ListView<>(model.entries());
        list.setId("myDigits");
        list.setPrefHeight(104);
        list.setPlaceholder(new Label("none yet"));
        list.setTooltip(new Tooltip("Your labelled digits, as the network sees them (28×28), saved in your home folder"));
        list.setCellFactory(v -> new EntryCell());

        Button tune = new Button("Fine-tune on my digits");
        tune.setId("fineTune");
        tune.setTooltip(new Tooltip("Train a copy of the model for a few seconds on your digits mixed with MNIST, then answer again"));
        tune.setOnAction(e -> model.fineTune());
        tune.setWrapText(true);   // zoomed in, on two lines in the narrow answer's column
        tune.disableProperty().bind(model.tuningProperty().or(javafx.beans.binding.Bindings.isEmpty(model.entries())));
        ProgressBar progress = new ProgressBar();
        progress.setId("tuneProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.tuningProperty());
        progress.managedProperty().bind(model.tuningProperty());
        progress.setTooltip(new Tooltip("Fine-tuning: share of the training images done"));

        Button reset = new Button("Use default model");
        reset.setId("defaultModel");
        reset.setTooltip(new Tooltip("Forget the fine-tuning and use the model that came with the app (it was never changed)"));
        reset.setOnAction(e -> model.useDefaultModel());
        reset.disableProperty().bind(model.tunedProperty().not().or(model.tuningProperty()));
        Button save = new Button("Save model…");
        save.setId("saveModel");
        save.setTooltip(new Tooltip("Save the model as it is now to a file of your choice"));
        save.setOnAction(e -> save());
        save.disableProperty().bind(model.tuningProperty());
        FlowPane modelRow = new FlowPane(6, 6, reset, save);

        Label message = Controls.message("teachMessage", model.messageProperty());
        getChildren().addAll(title, how, digits, message, listTitle, list, tune, progress, modelRow);
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the model");
        chooser.setInitialFileName("my-model.rcpt");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Receptive models", "*.rcpt"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.saveModel(file.toPath());
        }
    }

    /** One kept digit: its picture, its label and a delete button. */
    private final class EntryCell extends ListCell<PersonalDigits.Entry> {
        @Override
        protected void updateItem(PersonalDigits.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            ImageView picture = new ImageView(Pictures.grey(entry.pixels(), 28, 28));
            picture.setFitWidth(36);
            picture.setFitHeight(36);
            Label label = new Label("a " + entry.label());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button delete = new Button("✕");
            delete.getStyleClass().add("delete");
            delete.setTooltip(new Tooltip("Delete this digit from your set (and from disk)"));
            delete.setOnAction(e -> model.delete(entry));
            HBox row = new HBox(10, picture, label, gap, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
