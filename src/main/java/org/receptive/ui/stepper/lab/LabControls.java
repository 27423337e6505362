package org.receptive.ui.stepper.lab;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.receptive.stepper.KernelPreset;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.Fields;
import org.receptive.ui.stepper.InputSources;
import org.receptive.ui.stepper.StepperText;

/**
 * The lab's controls: what to learn from and how many pictures at once, the target preset, the
 * kernel size, the learning rate and speed; Learn/Pause, one update, a random or zero start, and
 * stepping one picture's share of the update through the Backward stepper. Forwards to
 * {@link KernelLabViewModel}.
 */
final class LabControls extends VBox {

    private final KernelLabViewModel model;
    private final ChoiceBox<LabPictures> kind = new ChoiceBox<>();
    private final Spinner<Integer> first = new Spinner<>(0, 9999, 0);
    private final Spinner<Integer> batch = new Spinner<>(1, 16, 4);
    private final Spinner<Integer> unseen = new Spinner<>(0, 9999, 100);
    private final ChoiceBox<KernelPreset> target = new ChoiceBox<>();
    private final ChoiceBox<Integer> size = new ChoiceBox<>();
    private final TextField rate = new TextField();
    private final Slider speed = new Slider(1, 120, 30);
    private final Label speedText = new Label();
    private final Button learn = Controls.button("labLearn", "▶ Learn",
            "Start or pause learning: forward, loss, backward, one step, over and over (Space)");
    private final Button open = Controls.button("labOpenPicture", "Picture…", "Learn from a picture file of your own");
    private final Label status = new Label(), progress = new Label();
    private final List<Node> editing;
    private boolean syncing;

    LabControls(KernelLabViewModel model) {
        this.model = model;
        setSpacing(6);
        kind.getItems().setAll(LabPictures.values());
        kind.setId("labPictures");
        kind.setConverter(StepperText.converter(kind.getItems(), LabPictures::label));
        Controls.tooltip(kind, "What the kernel learns from");
        kind.valueProperty().addListener((o, a, b) -> act(() -> model.setKind(b)));
        first.setId("labFirstDigit");
        spinner(first, "The first MNIST test digit of the batch (the next ones follow it)");
        first.valueProperty().addListener((o, a, b) -> act(() -> model.setFirstDigit(b)));
        batch.setId("labBatch");
        spinner(batch, "How many pictures each update learns from at once (1 to 16): more pictures, a kernel that fits them all");
        batch.valueProperty().addListener((o, a, b) -> act(() -> model.setBatch(b)));
        unseen.setId("labUnseenDigit");
        spinner(unseen, "A test digit the lab does not learn from, to see the learned kernel on new ink");
        unseen.valueProperty().addListener((o, a, b) -> act(() -> model.setUnseenDigit(b)));
        target.getItems().setAll(KernelPreset.values());
        target.setId("labTarget");
        target.setConverter(StepperText.converter(target.getItems(), KernelPreset::label));
        Controls.tooltip(target, "The kernel to learn: each picture's target is what this preset makes of it");
        target.valueProperty().addListener((o, a, b) -> act(() -> model.setTarget(b)));
        size.getItems().setAll(3, 5);
        size.setId("labKernelSize");
        size.setConverter(StepperText.converter(size.getItems(), k -> k + "×" + k));
        Controls.tooltip(size, "The kernel's size");
        size.valueProperty().addListener((o, a, b) -> act(() -> model.setKernelSize(b)));
        rate.setId("labRate");
        rate.setPrefColumnCount(5);
        Controls.tooltip(rate, "The learning rate η: how far each update moves the weights. "
                + "The lab suggests 1.5 / the loss's steepest curvature for these pictures; from 2 / curvature on, the loss blows up");
        rate.setOnAction(e -> commitRate());
        rate.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitRate();
            }
        });
        speed.setId("labSpeed");
        speed.setPrefWidth(130);
        Controls.tooltip(speed, "Updates a second while learning");
        speed.valueProperty().addListener((o, a, b) -> act(() -> model.setSpeed(b.doubleValue())));
        learn.setMinWidth(110);
        learn.setOnAction(e -> model.setRunning(!model.running()));
        Button once = Controls.button("labOnce", "One update", "One forward, backward and step, then wait");
        once.setOnAction(e -> model.updateOnce());
        Button random = Controls.button("labRandom", "Random start", "Start again from random weights between −1 and 1");
        random.setOnAction(e -> model.restart(true));
        Button zero = Controls.button("labZero", "Zero start", "Start again from a kernel of zeros");
        zero.setOnAction(e -> model.restart(false));
        Button through = Controls.button("labStepThrough", "Step through this update ▸",
                "Open the Backward stepper on the picture shown, with the kernel as it is now: its share of the next update, "
                        + "one position at a time");
        through.setOnAction(e -> model.stepThroughInStepper());
        Button previous = Controls.button("labPreviousPicture", "◀", "Show the previous picture of the batch");
        previous.setOnAction(e -> model.showPicture(model.shownPicture() - 1));
        Button next = Controls.button("labNextPicture", "▶", "Show the next picture of the batch");
        next.setOnAction(e -> model.showPicture(model.shownPicture() + 1));
        open.setOnAction(e -> choosePicture());
        status.setId("labStatus");
        status.setWrapText(true);
        progress.setId("labProgress");
        progress.getStyleClass().add("note");
        Label rateLabel = new Label("η"), sizeLabel = new Label("kernel");
        FlowPane what = row(new Label("Learn from"), kind, first, open, new Label("pictures at once"), batch, new Label("target"), target,
                sizeLabel, size, rateLabel, rate, new Label("speed"), speed, speedText, new Label("unseen digit"), unseen);
        FlowPane go = row(learn, once, random, zero, through, new Label("picture shown"), previous, next);
        editing = List.of(open, sizeLabel, size, rateLabel, rate);
        getChildren().addAll(what, go, status, progress);
    }

    /** Presenting keeps the choices a class watches; the typed rate, size and picture file go. */
    void setPresenting(boolean presenting) {
        for (Node n : editing) {
            n.setVisible(!presenting);
            n.setManaged(!presenting);
        }
    }

    void refresh() {
        syncing = true;
        kind.setValue(model.kind());
        first.getValueFactory().setValue(model.firstDigit());
        first.setDisable(model.kind() != LabPictures.DIGITS);
        batch.getValueFactory().setValue(model.batch());
        unseen.getValueFactory().setValue(model.unseenDigit());
        target.setValue(model.target());
        size.setValue(model.kernelSize());
        Fields.showText(rate, StepperText.plain(model.rate()));
        speed.setValue(model.speed());
        speedText.setText(String.format(Locale.ROOT, "%.0f / s", model.speed()));
        learn.setText(model.running() ? "❚❚ Pause" : "▶ Learn");
        status.setText(model.status());
        progress.setText(model.progress());
        syncing = false;
    }

    private void act(Runnable r) {
        if (!syncing) {
            r.run();
        }
    }

    private void commitRate() {
        Float v = StepperText.parse(rate.getText());
        if (v == null || !model.setRate(v)) {
            rate.setText(StepperText.plain(model.rate()));
        }
    }

    private void choosePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a picture to learn from");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            model.setPicture(InputSources.readPicture(f));
        } catch (IOException ex) {
            model.pictureProblem(ex.getMessage());
        }
    }

    private static void spinner(Spinner<Integer> s, String tip) {
        org.receptive.ui.common.Fields.editable(s);
        s.setPrefWidth(92);
        Controls.tooltip(s, tip);
    }

    private static FlowPane row(Node... nodes) {
        FlowPane p = new FlowPane(8, 6, nodes);
        p.setAlignment(Pos.CENTER_LEFT);
        return p;
    }
}
