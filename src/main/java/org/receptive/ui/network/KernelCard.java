package org.receptive.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.receptive.engine.Magnitude;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;

/**
 * The first convolution's learned kernels, drawn in the card of the maps they make (kernel n
 * makes map n), all on one blue–white–red scale; hovering a square reads its weight.
 */
final class KernelCard extends VBox {

    private final List<HeatmapView> kernels = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final ColorLegend legend = new ColorLegend("weight: blue −, white 0, red +");

    KernelCard(List<float[][]> ks, double gap) {
        super(8);
        grid.setHgap(gap);
        grid.setVgap(gap);
        for (int i = 0; i < ks.size(); i++) {
            HeatmapView v = new HeatmapView(12);
            v.setId("kernel-" + i);
            v.getStyleClass().add("kernel");
            final int n = i + 1;
            v.setHoverText((r, c, value) -> String.format(Locale.ROOT, "kernel %d · row %d, column %d: weight %+.3f", n, r, c, value));
            kernels.add(v);
        }
        Label title = new Label("Its " + ks.size() + " learned kernels (the weights it slides over the input; hover a square to read it)");
        title.getStyleClass().add("sub-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.VBox head = new javafx.scene.layout.VBox(4, title, legend);   // legend below: room for the title, zoomed in
        getChildren().addAll(head, grid);
        show(ks);
    }

    /** Draws these kernels (the training studio changes them); a different number of kernels is ignored. */
    void show(List<float[][]> ks) {
        if (ks.size() != kernels.size()) {
            return;
        }
        float m = Magnitude.largestOf(ks);
        for (int i = 0; i < ks.size(); i++) {
            kernels.get(i).show(ks.get(i), ColorMap.DIVERGING, -m, m);
        }
        legend.show(ColorMap.DIVERGING, -m, m);
    }

    /** Lays the kernels out {@code cols} a row, each {@code side} pixels, like the maps below them. */
    void fit(double side, int cols) {
        grid.getChildren().clear();
        for (int i = 0; i < kernels.size(); i++) {
            HeatmapView k = kernels.get(i);
            k.setCellSize(side / k.cols());
            grid.add(k, i % cols, i / cols);
        }
    }
}
