package org.receptive.ui.stepper.backward;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.receptive.stepper.BackwardStep;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.stepper.GridPicture;
import org.receptive.ui.stepper.StepperText;
import org.receptive.ui.stepper.StepperViewModel;
import org.receptive.ui.stepper.ValueGrid;

/**
 * The Backward mode's parts of the Stepper view, each placed by the view where it belongs: dL/dX
 * under the input, dL/dW (and the last step's kernels) beside the kernel, dL/dY beside the output,
 * the gradient's source and "Take one step" above the grids, the backward arithmetic below them.
 * Clicking a dL/dY cell jumps to the position that undoes it, as clicking an output cell does.
 */
public final class BackwardGrids {

    private final StepperViewModel model;
    private final BackwardViewModel backward;
    private final GradientControls controls;
    private final BackwardArithmetic arithmetic;
    private final StepResultPane result = new StepResultPane();
    private final FlowPane dx = new FlowPane(12, 6);
    private final VBox dw = new VBox(6), dy = new VBox(6);
    private final ColorLegend dxLegend = new ColorLegend("dL/dX (blue −, red +)", 200);
    private final ColorLegend dwLegend = new ColorLegend("dL/dW (blue −, red +)", 180);
    private final ColorLegend dyLegend = new ColorLegend("dL/dY (blue −, red +)", 200);
    private final VBox inputSide, kernelSide, outputSide, top;
    private final List<ValueGrid> dxGrids = new ArrayList<>(), dwGrids = new ArrayList<>(), dyGrids = new ArrayList<>();
    private double kernelCell = 30;

    public BackwardGrids(StepperViewModel model) {
        this.model = model;
        this.backward = model.backward();
        controls = new GradientControls(backward);
        arithmetic = new BackwardArithmetic(backward);
        top = new VBox(4, controls, arithmetic.deltaLine());
        inputSide = new VBox(6, title("dL/dX, scattered back onto the input"), dx, dxLegend);
        kernelSide = new VBox(6, title("dL/dW"), dw, dwLegend, result);
        outputSide = new VBox(6, title("dL/dY, arriving at each output cell"), dy, dyLegend);
        inputSide.setId("inputGradientColumn");
        for (VBox v : List.of(inputSide, kernelSide, outputSide)) {
            v.getStyleClass().add("gradient-column");
        }
        for (VBox side : List.of(inputSide, outputSide)) {
            // A long title wraps to its column's width, which the grid and the legend set: asking for its
            // one-line width made the sweep's row too wide to fit, so Output wrapped below the input.
            Label title = (Label) side.getChildren().get(0);
            title.setWrapText(true);
            title.setPrefWidth(1);
            title.setMaxWidth(Double.MAX_VALUE);
        }
    }

    public Node inputSide() { return inputSide; }
    public Node kernelSide() { return kernelSide; }
    public Node outputSide() { return outputSide; }
    public Node controls() { return top; }
    public Node arithmetic() { return arithmetic; }

    /** Test access: the dL/dW grid of channel c, dL/dX of channel c, dL/dY of map n. */
    public ValueGrid weightGrid(int c) { return dwGrids.get(c); }
    public ValueGrid inputGrid(int c) { return dxGrids.get(c); }
    public ValueGrid upstreamGrid(int n) { return dyGrids.get(n); }

    /** Grids for the current shapes, with the cell sizes the view chose. */
    public void rebuild(double inputCell, double kernelCellSize, double outputCell) {
        var s = model.setup();
        kernelCell = kernelCellSize;
        make(dx, dxGrids, s.channels(), inputCell, c -> s.channels() == 1 ? null : StepperText.channelName(c, s.channels()), "dX", false);
        make(dw, dwGrids, s.channels(), kernelCellSize, c -> s.channels() == 1 ? null : StepperText.channelName(c, s.channels()), "dW",
                false);
        make(dy, dyGrids, model.runnable() ? s.kernels() : 0, outputCell,
                n -> s.kernels() == 1 ? null : "dL/dY of map " + (n + 1), "dY", true);
        refresh();
    }

    public void refresh() {
        show(dxGrids, backward.inputPictures());
        show(dwGrids, backward.weightPictures());
        show(dyGrids, backward.upstreamPictures());
        boolean swept = backward.sweep() != null;
        for (ColorLegend l : List.of(dxLegend, dwLegend, dyLegend)) {
            l.setVisible(swept);
            l.setManaged(swept);
        }
        if (swept) {
            dxLegend.show(ColorMap.DIVERGING, 0, GridPicture.magnitude(backward.complete().input()));
            dwLegend.show(ColorMap.DIVERGING, 0, GridPicture.magnitude(backward.complete().weights()));
            dyLegend.show(ColorMap.DIVERGING, 0, GridPicture.magnitude(backward.sweep().upstream()));
        }
        BackwardStep step = backward.current();
        ((Label) kernelSide.getChildren().get(0)).setText("dL/dW, kernel " + (step == null ? 1 : step.kernel() + 1));
        var last = backward.lastStep();
        result.show(last, last == null ? 0 : Math.min(step == null ? 0 : step.kernel(), last.after().setup().kernels() - 1),
                Math.max(12, Math.min(kernelCell, 24)));
        controls.refresh();
        arithmetic.refresh();
    }

    public void setPresenting(boolean presenting) {
        controls.setPresenting(presenting);
    }

    private void make(javafx.scene.layout.Pane box, List<ValueGrid> grids, int count, double cell,
                      java.util.function.IntFunction<String> caption, String id, boolean clickable) {
        box.getChildren().clear();
        grids.clear();
        for (int i = 0; i < count; i++) {
            ValueGrid g = new ValueGrid();
            g.setId(id + "-" + i);
            g.setCellSize(cell);
            int n = i;
            if (clickable) {
                g.setOnPress((r, c, e) -> model.jumpToOutput(n, r, c));
            }
            grids.add(g);
            String text = caption.apply(i);
            box.getChildren().add(text == null ? g : new VBox(2, new Label(text), g));
        }
    }

    private static void show(List<ValueGrid> grids, List<GridPicture> pictures) {
        for (int i = 0; i < grids.size(); i++) {
            grids.get(i).show(i < pictures.size() ? pictures.get(i) : GridPicture.of(new float[0][0], 0, "no gradient"));
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-title");
        return l;
    }
}
