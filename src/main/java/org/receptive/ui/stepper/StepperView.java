package org.receptive.ui.stepper;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.LiveScrollPane;
import org.receptive.ui.common.Notices;
import org.receptive.ui.stepper.lab.KernelLabView;

/**
 * The convolution stepper: settings on the left; Forward, Backward or "learn a kernel" and
 * playback along the top; then the sweep ({@link SweepPane}) or the learning lab. Everything shown
 * comes from {@link StepperViewModel}; this class only lays out and forwards the keys and the
 * animation's clock.
 */
public final class StepperView extends BorderPane implements org.receptive.ui.common.Presentable {

    private final StepperViewModel model;
    private final SettingsPanel settings;
    private final PlaybackBar playback;
    private final SweepPane sweep;
    private final KernelLabView lab;
    private static final double SIDE_WIDTH = 305 + 16;
    private final ScrollPane side, centre;
    private final VBox top;
    private final Label message = new Label(), gifStatus = new Label();
    private final SegmentedButton modes = new SegmentedButton();
    private SweepExport gif;
    private final AnimationTimer timer;
    private boolean presenting, syncing;
    private long lastFrame;

    public StepperView(StepperViewModel model) {
        this.model = model;
        getStyleClass().add("stepper-view");
        getStylesheets().add(StepperView.class.getResource("stepper.css").toExternalForm());
        settings = new SettingsPanel(model);
        gif = new SweepExport(model, gifStatus::setText, this::gifSaved);
        playback = new PlaybackBar(model, this::saveGif);
        sweep = new SweepPane(model);
        lab = new KernelLabView(model.lab());
        for (StepperMode m : StepperMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            Controls.tooltip(b, m.tooltip());
            b.setUserData(m);
            modes.getButtons().add(b);
        }
        modes.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);   // one mode is always on
            } else if (!syncing) {
                model.modeProperty().set((StepperMode) b.getUserData());
            }
        });
        message.setId("stepperMessage");
        message.setWrapText(true);
        message.getStyleClass().add("note");
        message.textProperty().bind(model.noticeProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        gifStatus.setId("gifStatus");
        gifStatus.setWrapText(true);
        gifStatus.getStyleClass().add("note");
        gifStatus.visibleProperty().bind(gifStatus.textProperty().isNotEmpty());
        gifStatus.managedProperty().bind(gifStatus.visibleProperty());
        HBox modeRow = new HBox(12, modes, message, gifStatus);
        modeRow.setAlignment(Pos.CENTER_LEFT);
        modeRow.setPadding(new Insets(8, 12, 0, 12));
        top = new VBox(4, modeRow, playback);
        top.getStyleClass().add("playback");
        playback.setPadding(new Insets(4, 12, 8, 12));
        side = new LiveScrollPane(settings);
        side.setFitToWidth(true);
        // 305 for the settings and room for the scroll bar that zooming in brings, which would
        // otherwise take its width from the settings' fields.
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_WIDTH);
        side.getStyleClass().add("side");
        settings.setPadding(new Insets(12));
        centre = new LiveScrollPane(sweep);
        centre.setFitToWidth(false);
        centre.getStyleClass().add("sweep-scroll");
        setTop(top);
        setLeft(side);
        setCenter(centre);
        // Presenting on a 1920×1080 projector at 250% (768 × 432 of its own), the grids and the
        // playback rows fit without scrolling sideways; with the settings shown the sweep scrolls
        // inside its own pane. The columns' least widths still keep every label whole.
        org.receptive.ui.classroom.ZoomPane.reflowsDownTo(this,
                org.receptive.ui.classroom.ZoomPane.PROJECTOR_WIDTH, org.receptive.ui.classroom.ZoomPane.PROJECTOR_HEIGHT);
        addEventFilter(KeyEvent.KEY_PRESSED, new StepperKeys(model, this::saveGif)::handle);
        // A click on a grid or a caption takes the focus from the last button pressed, so that
        // Space plays again instead of pressing that button once more.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.Node n && !StepperKeys.inControl(n)) {
                requestFocus();
            }
        });
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double dt = lastFrame == 0 ? 0 : (now - lastFrame) / 1e9;
                lastFrame = now;
                dt = Math.min(dt, 0.5);   // after a stall, do not leap across the grid
                if (model.mode() == StepperMode.LEARN) {
                    model.lab().advance(dt);
                } else {
                    model.advance(dt);
                }
            }
        };
        model.layoutProperty().addListener((o, a, b) -> rebuild());
        model.stateProperty().addListener((o, a, b) -> refresh());
        model.backward().revisionProperty().addListener((o, a, b) -> refresh());
        model.lab().revisionProperty().addListener((o, a, b) -> refresh());
        model.modeProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** Presenting keeps the grids, the arithmetic and playback; settings and editing tools go. */
    @Override
    public void setPresenting(boolean on) {
        presenting = on;
        setLeft(on || model.mode() == StepperMode.LEARN ? null : side);
        sweep.setPresenting(on);
        lab.setPresenting(on);
    }

    public StepperViewModel model() {
        return model;
    }

    /** Test access to the grids. */
    ValueGrid inputGrid(int c) { return sweep.inputGrid(c); }
    ValueGrid outputGrid(int n) { return sweep.outputGrid(n); }
    org.receptive.ui.stepper.backward.BackwardGrids backwardGrids() { return sweep.backward(); }

    /** Answers "where to save the GIF?" without a dialog, for tests. */
    void askGifDestinationWith(java.util.function.Function<javafx.stage.Window, java.io.File> ask) {
        gif = new SweepExport(model, ask, gifStatus::setText, this::gifSaved);
    }

    /** The progress line goes; a note says where the GIF is, and fades. */
    private void gifSaved(String sentence) {
        gifStatus.setText("");
        Notices.show(this, sentence);
    }

    /** Asks where to save the sweep as a GIF and writes it in the background (also Ctrl+G). */
    void saveGif() {
        gif.choose(getScene() == null ? null : getScene().getWindow());
    }

    /** Sets the stage for new shapes or a new mode. */
    private void rebuild() {
        boolean learning = model.mode() == StepperMode.LEARN;
        syncing = true;
        modes.getButtons().forEach(b -> b.setSelected(b.getUserData() == model.mode()));
        syncing = false;
        setLeft(presenting || learning ? null : side);
        playback.setVisible(!learning);
        playback.setManaged(!learning);
        centre.setContent(learning ? lab : sweep);
        fitSweep();
        if (!learning) {
            sweep.rebuild();
        }
        settings.sync();
        refresh();
    }

    /**
     * The sweep is laid out to the width it gets, so its columns wrap there (zoomed in, a small
     * window, a lesson's column: the kernel and the output go below the input) and its sentences
     * wrap instead of running past the window. Backward once kept one row that scrolled sideways
     * at 100%: its grids fit, but the gradient's controls did not, and the sentence under them was
     * cut at the window's edge (in the lesson "How a kernel learns" too). The lab keeps its width.
     */
    private void fitSweep() {
        centre.setFitToWidth(model.mode() != StepperMode.LEARN);
    }

    private void refresh() {
        if (model.mode() == StepperMode.LEARN) {
            lab.refresh();
        } else {
            sweep.refresh();
            playback.refresh();
        }
        boolean moving = model.playing() || (model.mode() == StepperMode.LEARN && model.lab().running());
        if (moving) {
            timer.start();
        } else {
            lastFrame = 0;
            timer.stop();
        }
    }

    List<javafx.scene.Node> editingTools() {
        return sweep.editingTools();
    }
}
