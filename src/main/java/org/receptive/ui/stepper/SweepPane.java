package org.receptive.ui.stepper;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.receptive.stepper.Setup;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.stepper.backward.BackwardGrids;

/**
 * The sweep: the input (with its padding ring), the kernel and the output maps side by side, the
 * arithmetic of the current position below. In Backward the gradient grids join them (dL/dX under
 * the input, dL/dW beside the kernel, dL/dY beside the output), the grids shrink so both fit, and
 * the backward arithmetic replaces the forward one. Draws the view-model's pictures; works out
 * nothing itself but the cell sizes.
 */
final class SweepPane extends VBox {

    private static final double GRID_WIDTH = 420, GRID_HEIGHT = 420, OUT_WIDTH = 270;

    private final StepperViewModel model;
    private final InputTools tools;
    private final KernelEditor kernel;
    private final ArithmeticPanel arithmetic;
    private final BackwardGrids backward;
    private final FlowPane inputs = new FlowPane(12, 6);
    private final VBox outputs = new VBox(6);
    private final ColorLegend inputLegend = new ColorLegend("input value (blue −, red +)", 200);
    private final ColorLegend outputLegend = new ColorLegend("output value (blue −, red +)", 200);
    private final Label notComputed = new Label("not computed yet");
    private final VBox inputColumn, kernelColumn, outputColumn;
    private final List<ValueGrid> inputGrids = new ArrayList<>(), outputGrids = new ArrayList<>();

    SweepPane(StepperViewModel model) {
        super(14);
        this.model = model;
        tools = new InputTools(model);
        kernel = new KernelEditor(model);
        arithmetic = new ArithmeticPanel(model);
        backward = new BackwardGrids(model);
        Rectangle swatch = new Rectangle(14, 14, ValueGrid.NOT_COMPUTED);
        swatch.setStroke(Color.web("#9aa3ad"));
        notComputed.setGraphic(swatch);
        notComputed.setId("notComputedKey");
        notComputed.getStyleClass().add("note");
        outputLegend.setId("outputLegend");
        inputColumn = new VBox(8, title("Input"), tools, inputs, inputLegend);
        inputColumn.setId("inputColumn");
        inputColumn.setMaxWidth(GRID_WIDTH + 60);
        kernelColumn = new VBox(8, kernel);
        outputColumn = new VBox(8, title("Output"), outputs, outputLegend, notComputed);
        outputColumn.setMaxWidth(Math.max(OUT_WIDTH, 220) + 40);
        // Side by side where they fit; narrower (zoomed in), the kernel and the output wrap below the input.
        FlowPane grids = new FlowPane(22, 14, inputColumn, kernelColumn, outputColumn);
        grids.setRowValignment(javafx.geometry.VPos.TOP);
        grids.setPrefWrapLength(Double.MAX_VALUE);   // one row unless laid out narrower (StepperView.fitSweep)
        getChildren().addAll(grids, arithmetic);
        for (var n : List.of(arithmetic, (javafx.scene.layout.Region) backward.arithmetic(),
                (javafx.scene.layout.Region) backward.controls())) {
            // The arithmetic wraps within the grids' width instead of widening the page past the window.
            n.maxWidthProperty().bind(grids.widthProperty());
            n.prefWidthProperty().bind(grids.widthProperty());
        }
        setPadding(new Insets(12));
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
    }

    /** The editing tools presenting hides. */
    List<Node> editingTools() {
        return List.of(tools, kernel.tools());
    }

    BackwardGrids backward() { return backward; }
    ValueGrid inputGrid(int c) { return inputGrids.get(c); }
    ValueGrid outputGrid(int n) { return outputGrids.get(n); }

    /** New grids after a change of shape or mode. */
    void rebuild() {
        Setup s = model.setup();
        boolean back = model.mode() == StepperMode.BACKWARD;
        // In Backward the gradient grids go under these, and dL/dY beside the output: both shrink.
        double height = back ? GRID_HEIGHT * 0.55 : GRID_HEIGHT, width = back ? GRID_WIDTH * 0.8 : GRID_WIDTH;
        double inCell = inputCell(s, width, height, back ? 6 : 9);
        inputs.setPrefWrapLength(width + 1);
        inputs.getChildren().clear();
        inputGrids.clear();
        for (int c = 0; c < s.channels(); c++) {
            ValueGrid g = new ValueGrid();
            g.setId("input-" + c);
            g.setCellSize(inCell);
            int ch = c;
            g.setOnPress((r, col, e) -> {
                model.beginStroke();
                paint(ch, r, col, e.getButton() == MouseButton.SECONDARY);
            });
            g.setOnDrag((r, col, e) -> paint(ch, r, col, e.isSecondaryButtonDown()));
            g.setOnMouseReleased(e -> model.endStroke());
            g.setOnHover((r, col, e) -> model.hoverInput(new Cell(ch, r, col)), () -> model.hoverInput(null));
            inputGrids.add(g);
            inputs.getChildren().add(s.channels() == 1 ? g : new VBox(2, new Label(StepperText.channelName(c, s.channels())), g));
        }
        outputs.getChildren().clear();
        outputGrids.clear();
        double outCell = 9;
        if (model.runnable()) {
            int oh = s.outputHeight(), ow = s.outputWidth();
            outCell = clamp(Math.min((back ? 0.8 : 1) * OUT_WIDTH / ow, (height - 30 * (s.kernels() - 1)) / (s.kernels() * (double) oh)),
                    back ? 6 : 9, 60);
            for (int n = 0; n < s.kernels(); n++) {
                ValueGrid g = new ValueGrid();
                g.setId("output-" + n);
                g.setCellSize(outCell);
                int kn = n;
                g.setOnPress((r, col, e) -> model.jumpToOutput(kn, r, col));
                outputGrids.add(g);
                outputs.getChildren().add(s.kernels() == 1 ? g : new VBox(2, new Label("Feature map " + (n + 1)
                        + " (kernel " + (n + 1) + ")"), g));
            }
        } else {
            Label none = new Label("No output: see the message under Settings.");
            none.setWrapText(true);
            none.setMaxWidth(OUT_WIDTH);
            outputs.getChildren().add(none);
        }
        double kCell = clamp(Math.min(230.0 / s.kernelSize(), 420.0 / (s.channels() * s.kernelSize())), 30, 56);
        kernel.rebuild(back ? Math.max(30, kCell * 0.8) : kCell);
        tools.rebuild();
        place(back, inCell, kCell, outCell);
        refresh();
    }

    /** Puts the Backward parts in or takes them out. */
    private void place(boolean back, double inCell, double kCell, double outCell) {
        inputColumn.getChildren().remove(backward.inputSide());
        kernelColumn.getChildren().remove(backward.kernelSide());
        outputColumn.getChildren().remove(backward.outputSide());
        getChildren().removeAll(backward.controls(), backward.arithmetic(), arithmetic);
        if (back) {
            backward.rebuild(inCell, clamp(Math.min(200.0 / model.setup().kernelSize(), 380.0
                    / (model.setup().channels() * model.setup().kernelSize())), 14, 44), outCell);
            inputColumn.getChildren().add(backward.inputSide());
            kernelColumn.getChildren().add(backward.kernelSide());
            outputColumn.getChildren().add(backward.outputSide());
            getChildren().add(0, backward.controls());
            getChildren().add(backward.arithmetic());
        } else {
            getChildren().add(arithmetic);
        }
    }

    /** Redraws from the view-model's pictures. */
    void refresh() {
        List<GridPicture> in = model.inputPictures();
        for (int c = 0; c < inputGrids.size() && c < in.size(); c++) {
            inputGrids.get(c).show(in.get(c));
        }
        List<GridPicture> out = model.outputPictures();
        if (out.size() == outputGrids.size()) {
            for (int n = 0; n < out.size(); n++) {
                outputGrids.get(n).show(out.get(n));
            }
        }
        if (!in.isEmpty()) {
            inputLegend.show(ColorMap.DIVERGING, 0, in.get(0).magnitude());
        }
        boolean runnable = !out.isEmpty();
        outputLegend.setVisible(runnable);   // no legend beside "No output"
        outputLegend.setManaged(runnable);
        if (runnable) {
            outputLegend.show(ColorMap.DIVERGING, 0, out.get(0).magnitude());
        }
        boolean pending = runnable && model.mode() == StepperMode.FORWARD && model.position() < model.positions() - 1;
        notComputed.setVisible(pending);
        notComputed.setManaged(pending);
        kernel.refresh();
        tools.refresh();
        if (model.mode() == StepperMode.BACKWARD) {
            backward.refresh();
        } else {
            arithmetic.refresh();
        }
    }

    void setPresenting(boolean presenting) {
        for (Node n : editingTools()) {
            n.setVisible(!presenting);
            n.setManaged(!presenting);
        }
        backward.setPresenting(presenting);
    }

    private void paint(int channel, int row, int col, boolean erase) {
        model.edits().setInput(channel, row, col, erase ? 0f : tools.brushValue());
    }

    /** The cell size that fits the channels best, trying one to C of them side by side. */
    private static double inputCell(Setup s, double width, double height, double smallest) {
        double w = s.width() + 2 * s.padding(), h = s.height() + 2 * s.padding(), best = 0;
        for (int across = 1; across <= s.channels(); across++) {
            int down = (s.channels() + across - 1) / across;
            double captions = s.channels() > 1 ? 26 : 0;
            best = Math.max(best, Math.min((width - 12 * (across - 1)) / (across * w), (height - down * captions) / (down * h)));
        }
        return clamp(best, smallest, 60);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-title");
        return l;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, Math.floor(v)));
    }
}
