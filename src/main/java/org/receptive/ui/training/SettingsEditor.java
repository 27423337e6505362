package org.receptive.ui.training;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.controlsfx.control.ToggleSwitch;
import org.receptive.ui.common.Fields;

/** Hyperparameters and data: optimiser, learning rate, batch, epochs, augmentation, seed; which images, and how they split. */
final class SettingsEditor extends VBox {

    private static final List<Double> RATES = List.of(0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0);

    SettingsEditor(TrainingViewModel model) {
        super(8);
        RunSettings s = model.settings();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ChoiceBox<RunSettings.OptimizerChoice> optimizer = Fields.choice(s.optimizerProperty(),
                List.of(RunSettings.OptimizerChoice.values()));
        optimizer.setId("optimizer");
        ChoiceBox<Double> rate = new ChoiceBox<>();
        rate.getItems().setAll(RATES);
        rate.setId("learningRate");
        rate.setValue(s.learningRateProperty().get());
        rate.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                s.learningRateProperty().set(now);
            }
        });
        s.learningRateProperty().addListener((o, was, now) -> rate.setValue(now.doubleValue()));
        ChoiceBox<Integer> batch = new ChoiceBox<>();
        batch.getItems().setAll(8, 16, 32, 64, 128);
        batch.setValue(s.batchSizeProperty().get());
        batch.valueProperty().addListener((o, was, now) -> s.batchSizeProperty().set(now));
        s.batchSizeProperty().addListener((o, was, now) -> batch.setValue(now.intValue()));
        ToggleSwitch augment = new ToggleSwitch("shift, scale, rotate, thicken");
        augment.setId("augment");
        augment.selectedProperty().bindBidirectional(s.augmentProperty());
        var seed = new javafx.scene.control.Spinner<Integer>(0, 9999, (int) s.seedProperty().get());
        org.receptive.ui.common.Fields.editable(seed);
        seed.setPrefWidth(86);
        seed.valueProperty().addListener((o, was, now) -> s.seedProperty().set(now));
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        grid.addRow(0, new Label("optimiser"), optimizer);
        grid.addRow(1, new Label("learning rate"), rate);
        grid.addRow(2, new Label("batch size"), batch);
        grid.addRow(3, new Label("epochs"), Fields.spinner(s.epochsProperty(), 1, 20, 1));
        grid.addRow(4, new Label("augmentation"), augment);
        grid.addRow(5, new Label("seed"), seed);
        ToggleSwitch faint = new ToggleSwitch("start them faint");
        faint.setId("faintStart");
        faint.selectedProperty().bindBidirectional(s.faintStartProperty());
        faint.setTooltip(new javafx.scene.control.Tooltip("The first layer's kernels start at a tenth of the usual size."
                + "\nTraining then writes clear edges and strokes into them instead of a faint pattern over"
                + "\nthe starting noise. Accuracy is the same. Takes effect on untrained weights, or at Reset."));
        grid.addRow(6, new Label("first kernels"), faint);
        var threads = Fields.spinner(s.threadsProperty(), 1, Runtime.getRuntime().availableProcessors(), 1);
        grid.addRow(7, new Label("threads"), new HBox(8, threads, Fields.label("(one core left free keeps the window smooth)", "hint")));

        ChoiceBox<DataSource> source = new ChoiceBox<>(model.dataSources());
        source.setId("dataSource");
        source.valueProperty().bindBidirectional(model.dataProperty());
        Button folder = new Button("IDX folder…");
        folder.setOnAction(e -> chooseFolder(model));
        HBox data = new HBox(8, source, folder);
        data.setAlignment(Pos.CENTER_LEFT);
        ChoiceBox<Integer> limit = new ChoiceBox<>();
        limit.getItems().setAll(RunSettings.LIMITS);
        limit.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer n) { return n == null ? "" : n == 0 ? "all of them" : String.format(Locale.ROOT,
                    "the first %,d", n); }
            @Override public Integer fromString(String t) { return null; }
        });
        limit.setValue(s.trainLimitProperty().get());
        limit.valueProperty().addListener((o, was, now) -> s.trainLimitProperty().set(now));
        HBox use = new HBox(8, new Label("train on"), limit);
        use.setAlignment(Pos.CENTER_LEFT);
        Label split = Fields.label("", "hint");
        split.setId("split");
        split.textProperty().bind(Bindings.createStringBinding(() -> model.dataProperty().get().sizes()
                + ". Held-out accuracy is measured on the first " + DataSource.HELD_OUT
                + " test images, never trained on.", model.dataProperty()));
        getChildren().addAll(Fields.label("Training", "section-title"), grid, Fields.label("Data", "section-title"), data, use, split);
    }

    private static void chooseFolder(TrainingViewModel model) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A folder with train/test images and labels in IDX format");
        var dir = chooser.showDialog(null);
        if (dir == null) {
            return;
        }
        model.openFolder(dir.toPath());
    }
}
