package org.receptive.ui.stepper;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.stepper.Step;
import org.receptive.stepper.Term;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;

/**
 * The convolution stepper: settings on the left, playback along the top, then the input (with its
 * padding ring), the kernel being swept and the output maps side by side, and the arithmetic of
 * the current position below. Everything shown comes from {@link StepperViewModel}; this class
 * only lays out, draws and forwards the pointer and the keys.
 */
public final class StepperView extends BorderPane implements org.receptive.ui.common.Presentable {

    private static final double GRID_WIDTH = 420, GRID_HEIGHT = 420, OUT_WIDTH = 270;

    private final StepperViewModel model;
    private final SettingsPanel settings;
    private final PlaybackBar playback;
    private final InputTools tools;
    private final KernelEditor kernel;
    private final ArithmeticPanel arithmetic;
    private final javafx.scene.layout.FlowPane inputs = new javafx.scene.layout.FlowPane(12, 6);
    private final VBox outputs = new VBox(6);
    private final ColorLegend inputLegend = new ColorLegend("input value", 200);
    private final ColorLegend outputLegend = new ColorLegend("output value", 200);
    private final List<ValueGrid> inputGrids = new ArrayList<>(), outputGrids = new ArrayList<>();
    private final AnimationTimer timer;
    private ScrollPane side;
    private long lastFrame;

    public StepperView(StepperViewModel model) {
        this.model = model;
        getStyleClass().add("stepper-view");
        getStylesheets().add(StepperView.class.getResource("stepper.css").toExternalForm());
        settings = new SettingsPanel(model);
        playback = new PlaybackBar(model);
        tools = new InputTools(model);
        kernel = new KernelEditor(model);
        arithmetic = new ArithmeticPanel(model);

        Label inTitle = title("Input");
        Label outTitle = title("Output");
        VBox inputColumn = new VBox(8, inTitle, tools, inputs, inputLegend);
        inputColumn.setId("inputColumn");
        inputColumn.setMaxWidth(GRID_WIDTH + 60);
        VBox outputColumn = new VBox(8, outTitle, outputs, outputLegend);
        HBox grids = new HBox(22, inputColumn, kernel, outputColumn);
        VBox centre = new VBox(14, grids, arithmetic);
        // The arithmetic wraps within the grids' width instead of widening the page past the window.
        arithmetic.maxWidthProperty().bind(grids.widthProperty());
        arithmetic.prefWidthProperty().bind(grids.widthProperty());
        centre.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(false);
        ScrollPane side = new ScrollPane(settings);
        side.setFitToWidth(true);
        side.setPrefWidth(305);
        side.setMinWidth(305);
        side.getStyleClass().add("side");
        settings.setPadding(new Insets(12));
        playback.setPadding(new Insets(8, 12, 8, 12));
        setTop(playback);
        setLeft(side);
        this.side = side;
        setCenter(scroll);

        inputColumn.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        inputColumn.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                tools.openPicture(files.get(0));
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double dt = lastFrame == 0 ? 0 : (now - lastFrame) / 1e9;
                lastFrame = now;
                model.advance(Math.min(dt, 0.5));   // after a stall, do not leap across the grid
            }
        };
        model.layoutProperty().addListener((o, a, b) -> rebuild());
        model.stateProperty().addListener((o, a, b) -> refresh());
        rebuild();
    }

    /** Presenting keeps the grids, the arithmetic and playback; settings and editing tools go. */
    @Override
    public void setPresenting(boolean presenting) {
        setLeft(presenting ? null : side);
        for (javafx.scene.Node n : new javafx.scene.Node[] {tools, kernel.tools()}) {
            n.setVisible(!presenting);
            n.setManaged(!presenting);
        }
    }

    public StepperViewModel model() {
        return model;
    }

    /** The input grid of channel {@code c} and the output grid of kernel {@code n}, for tests. */
    ValueGrid inputGrid(int c) { return inputGrids.get(c); }
    ValueGrid outputGrid(int n) { return outputGrids.get(n); }

    private void rebuild() {
        var s = model.setup();
        double inCell = inputCell(s);
        inputs.setPrefWrapLength(GRID_WIDTH + 1);
        inputs.getChildren().clear();
        inputGrids.clear();
        for (int c = 0; c < s.channels(); c++) {
            ValueGrid g = new ValueGrid();
            g.setId("input-" + c);
            int ch = c;
            g.setOnPress((r, col, e) -> {
                model.beginStroke();
                paint(ch, r, col, e.getButton() == MouseButton.SECONDARY);
            });
            g.setOnDrag((r, col, e) -> paint(ch, r, col, e.isSecondaryButtonDown()));
            g.setOnMouseReleased(e -> model.endStroke());
            g.setOnHover((r, col, e) -> model.hoverInput(r == Integer.MIN_VALUE ? null : new Cell(ch, r, col)));
            inputGrids.add(g);
            inputs.getChildren().add(s.channels() == 1 ? g : new VBox(2, new Label(StepperText.channelName(c, s.channels())), g));
        }
        outputs.getChildren().clear();
        outputGrids.clear();
        if (model.runnable()) {
            int oh = s.outputHeight(), ow = s.outputWidth();
            double outCell = clamp(Math.min(OUT_WIDTH / ow, (GRID_HEIGHT - 30 * (s.kernels() - 1)) / (s.kernels() * (double) oh)), 9, 60);
            for (int n = 0; n < s.kernels(); n++) {
                ValueGrid g = new ValueGrid();
                g.setId("output-" + n);
                int kn = n;
                g.setOnPress((r, col, e) -> model.jumpToOutput(kn, r, col));
                g.show(new float[oh][ow], 0, outCell, 1);
                outputGrids.add(g);
                outputs.getChildren().add(s.kernels() == 1 ? g : new VBox(2, new Label("Feature map " + (n + 1) + " (kernel " + (n + 1) + ")"), g));
            }
        } else {
            Label none = new Label("No output: see the message under Settings.");
            none.setWrapText(true);
            none.setMaxWidth(OUT_WIDTH);
            outputs.getChildren().add(none);
        }
        inputGrids.forEach(g -> g.show(new float[s.height()][s.width()], s.padding(), inCell, 1));
        kernel.rebuild(clamp(Math.min(230.0 / s.kernelSize(), 420.0 / (s.channels() * s.kernelSize())), 30, 56));
        tools.rebuild();
        settings.sync();
        refresh();
    }

    private void refresh() {
        var s = model.setup();
        float[][][] in = model.input();
        double inMag = ValueGrid.magnitude(in);
        Step step = model.current();
        Term hovered = model.hoveredTerm();
        for (int c = 0; c < inputGrids.size() && c < in.length; c++) {
            ValueGrid g = inputGrids.get(c);
            g.show(in[c], s.padding(), g.cellSize(), inMag);
            List<Cell> covered = new ArrayList<>();
            List<Float> weights = new ArrayList<>();
            if (step != null) {
                for (Term t : step.terms()) {
                    if (t.channel() == c) {
                        covered.add(new Cell(c, t.row(), t.col()));
                        weights.add(t.weight());
                    }
                }
            }
            float[] w = new float[weights.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.get(i);
            }
            g.setWindow(covered, w);
            g.setEmphasis(hovered != null && hovered.channel() == c ? new Cell(c, hovered.row(), hovered.col()) : null);
            Cell h = model.hoveredInput();
            g.setMarks(h != null && h.map() == c ? Set.of(h) : Set.of());
            g.setAccessibleText(StepperText.channelName(c, s.channels()) + " of the input, " + s.height() + " by " + s.width()
                    + (s.padding() > 0 ? " with " + s.padding() + " ring(s) of zero padding" : "")
                    + (step == null ? "; the kernel is not on it yet" : "; kernel at row " + step.top() + ", column " + step.left()
                    + ", sum " + StepperText.number(step.sum())));
            g.redraw();
        }
        float[][][] out = model.output();
        if (out != null && outputGrids.size() == out.length) {
            double outMag = ValueGrid.magnitude(out);
            Set<Cell> readers = new HashSet<>();
            int oh = s.outputHeight(), ow = s.outputWidth();
            for (int index : model.readersOfHovered()) {
                readers.add(new Cell(index / (oh * ow), index / ow % oh, index % ow));
            }
            for (int n = 0; n < out.length; n++) {
                float[][] shown = new float[oh][ow];
                for (int r = 0; r < oh; r++) {
                    for (int c = 0; c < ow; c++) {
                        shown[r][c] = model.computed(n, r, c) ? out[n][r][c] : Float.NaN;
                    }
                }
                ValueGrid g = outputGrids.get(n);
                g.show(shown, 0, g.cellSize(), outMag);
                g.setWindow(step != null && step.kernel() == n ? List.of(new Cell(n, step.outRow(), step.outCol())) : List.of(), null);
                int kn = n;
                g.setMarks(readers.stream().filter(cell -> cell.map() == kn).map(cell -> new Cell(0, cell.row(), cell.col()))
                        .collect(java.util.stream.Collectors.toSet()));
                g.setAccessibleText("Output feature map " + (n + 1) + ", " + oh + " by " + ow
                        + (step != null && step.kernel() == n ? "; writing row " + step.outRow() + ", column " + step.outCol()
                        + ": " + StepperText.number(step.result()) : ""));
                g.redraw();
            }
            outputLegend.show(ColorMap.DIVERGING, -outMag, outMag);
        }
        inputLegend.show(ColorMap.DIVERGING, -inMag, inMag);
        kernel.refresh();
        arithmetic.refresh();
        playback.refresh();
        tools.refresh();
        if (model.playing()) {
            lastFrame = 0;
            timer.start();
        } else {
            timer.stop();
        }
    }

    private void paint(int channel, int row, int col, boolean erase) {
        model.edits().setInput(channel, row, col, erase ? 0f : tools.brushValue());
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;   // typing a number: the keys belong to the field
        }
        boolean shortcut = e.isShortcutDown();
        KeyCode k = e.getCode();
        boolean handled = true;
        if (shortcut && k == KeyCode.Z && !e.isShiftDown()) {
            model.undo();
        } else if (shortcut && (k == KeyCode.Y || k == KeyCode.Z)) {
            model.redo();
        } else if (k == KeyCode.SPACE) {
            model.togglePlaying();
        } else if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
            model.forward();   // a presentation clicker sends Page Down and Page Up
        } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) {
            model.back();
        } else if (k == KeyCode.HOME) {
            model.toStart();
        } else if (k == KeyCode.END) {
            model.toEnd();
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            model.faster(true);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            model.faster(false);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** The cell size that fits the channels best, trying one to C of them side by side. */
    private static double inputCell(org.receptive.stepper.Setup s) {
        double w = s.width() + 2 * s.padding(), h = s.height() + 2 * s.padding(), best = 0;
        for (int across = 1; across <= s.channels(); across++) {
            int down = (s.channels() + across - 1) / across;
            double captions = s.channels() > 1 ? 26 : 0;
            best = Math.max(best, Math.min((GRID_WIDTH - 12 * (across - 1)) / (across * w),
                    (GRID_HEIGHT - down * captions) / (down * h)));
        }
        return clamp(best, 9, 60);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-title");
        return l;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, Math.floor(v)));
    }
}
