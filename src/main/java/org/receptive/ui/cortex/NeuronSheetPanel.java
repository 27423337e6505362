package org.receptive.ui.cortex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.cortex.CortexText;
import org.receptive.cortex.KernelSet;
import org.receptive.engine.Magnitude;
import org.receptive.ui.common.Choices;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;

/**
 * The first layer: one sheet of neurons per kind of kernel (a preset orientation or a learned
 * kernel), each cell a neuron whose colour is its response (viridis, one shared scale, with a
 * legend), its kernel drawn beside the caption. Clicking a cell picks that neuron for the tuning
 * curve; the Kernels buttons switch between preset lines and the trained model's kernels.
 */
final class NeuronSheetPanel extends VBox {

    private final CortexLabModel model;
    private final double cell;
    private final ColorLegend legend;
    private final GridPane grid = new GridPane();
    private final Label hint = new Label();
    private HeatmapView[] sheets = new HeatmapView[0];

    NeuronSheetPanel(CortexLabModel model, double cell) {
        this.model = model;
        this.cell = cell;
        this.legend = new ColorLegend("response (0 = silent)", width());
        getStyleClass().addAll("card", "lab-column");
        createView();
    }

    /** The same width for every kernel set: two sheets side by side, whatever their neuron count. */
    private double width() {
        return 2 * cell * 7 + 16;
    }

    /** The kernel-set choice and the hint: presenting drops them. */
    private javafx.scene.Node[] editing;

    void setPresenting(boolean presenting) {
        org.receptive.ui.common.Presentable.dropWhilePresenting(presenting, editing);
    }

    private void createView() {
        Label title = new Label("Neurons, layer 1");
        title.getStyleClass().add("lab-title");
        HBox sets = new HBox(8, new Label("Kernels"), Choices.segmented(model.kernelsProperty(), List.of(KernelSet.values()),
                k -> "kernels-" + k.name().toLowerCase(Locale.ROOT), KernelSet::label, KernelSet::tooltip));
        sets.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("lab-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(width());
        grid.setHgap(16);
        grid.setVgap(10);
        editing = new javafx.scene.Node[] {sets, hint};
        getChildren().addAll(title, sets, hint, grid, legend);
        model.kernelsProperty().addListener((o, was, now) -> buildSheets());
        // Not on the pick itself: the model answers each pick with new responses, once the pick and the kernel set agree.
        model.responsesProperty().addListener((o, was, now) -> redraw());
        buildSheets();
    }

    /** One sheet per kind, cells sized so a 9×9 learned sheet takes the room of a 7×7 preset one. */
    private void buildSheets() {
        boolean learned = model.kernelsProperty().get() == KernelSet.LEARNED;
        hint.setText(learned
                ? "The trained model's most orientation-selective kernels, placed by the angle each was measured to prefer. "
                + "Click a neuron to plot its tuning."
                : "Same places, four preferred angles. Click a neuron to plot its tuning.");
        double size = Math.floor(cell * 7 / model.sheetCols());
        grid.getChildren().clear();
        sheets = new HeatmapView[model.kinds()];
        // Learned weights are about ±1, the preset lines about ±6: each set on its own symmetric scale.
        List<float[][]> kernels = new ArrayList<>();
        for (int k = 0; k < sheets.length; k++) {
            kernels.add(model.kernel(k));
        }
        float top = Magnitude.largestOf(kernels);
        for (int k = 0; k < sheets.length; k++) {
            int kind = k;
            float[][] w = kernels.get(k);
            HeatmapView kernel = new HeatmapView(Math.round(cell * 7 / 5 / w.length));
            kernel.show(w, ColorMap.DIVERGING, -top, top);
            kernel.setHoverText(null);
            kernel.getStyleClass().add("kernel-icon");
            Label caption = new Label(learned ? model.kindLabel(k).replace(" (", "\nprefers ").replace(")", "")
                    : "prefers " + model.kindLabel(k));
            caption.getStyleClass().add("sheet-caption");
            HBox head = new HBox(8, kernel, caption);
            head.setAlignment(Pos.CENTER_LEFT);
            HeatmapView sheet = new HeatmapView(size);
            sheet.setId("sheet-" + k);
            sheet.getStyleClass().add("neuron-sheet");
            sheet.setHoverText((r, c, v) -> String.format(Locale.ROOT, "%s neuron, row %d, column %d: response %s",
                    model.kindLabel(kind), r, c, CortexText.response(v, model.referenceResponse())));
            sheet.setOnCell((r, c) -> model.select(kind, r, c));
            sheets[k] = sheet;
            grid.add(new VBox(4, head, sheet), k % 2, k / 2);
        }
        redraw();
    }

    private void redraw() {
        float[][][] r = model.responsesProperty().get();
        if (r.length != sheets.length || sheets.length != model.kinds()) {
            return;                         // between a kernel-set change and the rebuild it triggers
        }
        double max = model.scaleMax();
        CortexLabModel.NeuronPick pick = model.selectedProperty().get();
        for (int k = 0; k < sheets.length; k++) {
            sheets[k].show(r[k], ColorMap.VIRIDIS, 0, max);
            sheets[k].setMark(k == pick.kind() ? pick.row() : -1, pick.col());
            sheets[k].setAccessibleText("Neurons of " + model.kindLabel(k));
        }
        legend.show(ColorMap.VIRIDIS, 0, max);
    }

    HeatmapView sheet(int kind) {
        return sheets[kind];
    }
}
