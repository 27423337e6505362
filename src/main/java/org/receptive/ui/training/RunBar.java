package org.receptive.ui.training;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.Notices;
import org.receptive.ui.common.Presentable;

/** Start, pause/resume, stop, reset; save and load; the progress bar with epoch, batch, time left and speed; messages. */
final class RunBar extends VBox {

    private static final javafx.css.PseudoClass PROBLEM = javafx.css.PseudoClass.getPseudoClass("problem");
    /** Save…, Load… and Default model: file work, not for a projector; the run's own buttons stay. */
    private final Node[] files;

    RunBar(TrainingViewModel model) {
        super(6);
        getStyleClass().add("run-bar");
        var state = model.stateProperty();
        BooleanBinding busy = Bindings.createBooleanBinding(() -> state.get().busy(), state);
        Button start = new Button("Start");
        start.setId("start");
        start.getStyleClass().add("primary");
        start.textProperty().bind(Bindings.when(state.isEqualTo(RunState.FINISHED)).then("Continue").otherwise("Start"));
        start.disableProperty().bind(busy.or(model.makingProperty()));   // new weights being made: Start waits for them
        start.setOnAction(e -> model.start());
        Button pause = new Button("Pause");
        pause.setId("pause");
        pause.textProperty().bind(Bindings.when(state.isEqualTo(RunState.PAUSED)).then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(busy.not());
        pause.setOnAction(e -> {
            if (state.get() == RunState.PAUSED) {
                model.resume();
            } else {
                model.pause();
            }
        });
        Button stop = new Button("Stop");
        stop.setId("stop");
        stop.disableProperty().bind(busy.not());
        stop.setOnAction(e -> model.stop());
        // Reset and Default model stay pressable while new weights are made: the newest request wins.
        Button reset = new Button("Reset weights");
        reset.setId("reset");
        reset.disableProperty().bind(busy);
        reset.setOnAction(e -> model.reset());
        Button save = new Button("Save…");
        save.setId("save");
        save.setOnAction(e -> chooseFile(model, true, save));
        Button load = new Button("Load…");
        load.setId("load");
        load.disableProperty().bind(busy);
        load.setOnAction(e -> chooseFile(model, false, load));
        Button standard = new Button("Default model");
        standard.setId("loadDefaultModel");
        standard.disableProperty().bind(busy);
        standard.setOnAction(e -> model.models().loadDefault());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        files = new Node[] {save, load, standard};
        HBox buttons = new HBox(8, start, pause, stop, reset, gap, save, load, standard);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(170);
        bar.setMinWidth(120);
        Label text = new Label();
        text.setId("progressText");
        text.textProperty().bind(model.progressTextProperty());
        Label speed = new Label();
        speed.setId("speed");
        speed.getStyleClass().add("speed");
        speed.textProperty().bind(model.speedTextProperty());
        speed.setMinWidth(Region.USE_PREF_SIZE);   // the speed is never cut short; the progress text wraps
        text.setWrapText(true);
        HBox progress = new HBox(10, bar, text, speed);
        progress.setAlignment(Pos.CENTER_LEFT);
        Label message = Controls.message("message", model.messageProperty());
        model.problemProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(PROBLEM, now));
        getChildren().addAll(buttons, progress, message);
    }

    void setPresenting(boolean presenting) {
        Presentable.dropWhilePresenting(presenting, files);
    }

    /** Asks for a model file to save to or load from; a save that worked is also said in a note near {@code near}. */
    private static void chooseFile(TrainingViewModel model, boolean save, Node near) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Receptive model", "*.rcpt"));
        var folder = model.models().folderProperty().get();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (save) {
            chooser.setInitialFileName("my-model.rcpt");
            File f = chooser.showSaveDialog(null);
            if (f != null && model.models().save(f.toPath())) {
                Notices.show(near, "Model saved to " + f + ".");
            }
        } else {
            File f = chooser.showOpenDialog(null);
            if (f != null) {
                model.models().load(f.toPath());
            }
        }
    }
}
