package org.receptive.ui.cortex;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;

/**
 * The first layer: one 7×7 sheet of neurons per preferred orientation, each cell a neuron whose
 * colour is its response (viridis, one shared scale, with a legend), its kernel drawn beside the
 * caption. Clicking a cell picks that neuron for the tuning curve.
 */
final class NeuronSheetPanel extends VBox {

    private final CortexLabModel model;
    private final double cell;
    private final HeatmapView[] sheets;
    private final ColorLegend legend;

    NeuronSheetPanel(CortexLabModel model, double cell) {
        this.model = model;
        this.cell = cell;
        this.legend = new ColorLegend("response (0 = silent)", 2 * cell * model.sheetCols() + 16);
        this.sheets = new HeatmapView[model.kinds()];
        getStyleClass().add("lab-column");
        createView();
    }

    private void createView() {
        Label title = new Label("Neurons, layer 1");
        title.getStyleClass().add("lab-title");
        Label hint = new Label("Same places, four preferred angles. Click a neuron to plot its tuning.");
        hint.getStyleClass().add("lab-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(2 * cell * model.sheetCols() + 16);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        for (int k = 0; k < sheets.length; k++) {
            int kind = k;
            HeatmapView kernel = new HeatmapView(Math.round(cell / 5));
            float[][] w = model.kernel(k);
            kernel.show(flat(w), 0, w.length, w.length, ColorMap.DIVERGING, -6, 6);
            kernel.setHoverText(null);
            kernel.getStyleClass().add("kernel-icon");
            Label caption = new Label("prefers " + CortexLabModel.ORIENTATIONS[k] + "°");
            caption.getStyleClass().add("sheet-caption");
            HBox head = new HBox(8, kernel, caption);
            head.setAlignment(Pos.CENTER_LEFT);
            HeatmapView sheet = new HeatmapView(cell);
            sheet.setId("sheet-" + k);
            sheet.getStyleClass().add("neuron-sheet");
            sheet.setHoverText((r, c, v) -> String.format(Locale.ROOT, "%d° neuron, row %d, column %d: response %.1f",
                    CortexLabModel.ORIENTATIONS[kind], r, c, v));
            sheet.setOnCell((r, c) -> model.select(kind, r, c));
            sheets[k] = sheet;
            grid.add(new VBox(4, head, sheet), k % 2, k / 2);
        }
        getChildren().addAll(title, hint, grid, legend);
        model.responsesProperty().addListener((o, was, now) -> redraw());
        model.selectedProperty().addListener((o, was, now) -> redraw());
        redraw();
    }

    private void redraw() {
        float[][][] r = model.responsesProperty().get();
        double max = model.scaleMax();
        CortexLabModel.NeuronPick pick = model.selectedProperty().get();
        for (int k = 0; k < sheets.length; k++) {
            sheets[k].show(flat(r[k]), 0, r[k].length, r[k][0].length, ColorMap.VIRIDIS, 0, max);
            sheets[k].setMark(k == pick.kind() ? pick.row() : -1, pick.col());
            sheets[k].setAccessibleText("Neurons preferring " + CortexLabModel.ORIENTATIONS[k] + "°");
        }
        legend.show(ColorMap.VIRIDIS, 0, max);
    }

    static float[] flat(float[][] grid) {
        int w = grid[0].length;
        float[] out = new float[grid.length * w];
        for (int y = 0; y < grid.length; y++) {
            System.arraycopy(grid[y], 0, out, y * w, w);
        }
        return out;
    }

    HeatmapView sheet(int kind) {
        return sheets[kind];
    }
}
