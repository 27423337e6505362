package org.receptive.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.receptive.engine.Magnitude;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.Rect;

/**
 * The middle column: one card per drawn stage after the input, every feature map as a small
 * heatmap on the stage's own colour scale. Cards are built once per network and refreshed for
 * each digit; maps grow and shrink with the window, every map of the view the same size.
 * Public so the Draw view shows a drawing's feature maps with this same component.
 */
public final class StagesPanel extends ScrollPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double GAP = 10, CARD_INSET = 2 * 14 + 2 * 12 + 4, MAX_SIDE = 160;

    private final NetworkViewModel model;
    private final VBox cards = new VBox(16);
    /** Heatmaps of stage i (index into the view-model's stages; index 0, the input, stays empty). */
    private final List<List<HeatmapView>> maps = new ArrayList<>();
    private final List<GridPane> grids = new ArrayList<>();
    private final List<ColorLegend> legends = new ArrayList<>();
    private final List<HeatmapView> kernels = new ArrayList<>();
    private GridPane kernelGrid;
    private ColorLegend kernelLegend;

    public StagesPanel(NetworkViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("stages-scroll");
        cards.setPadding(new Insets(12));
        setContent(cards);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.ALWAYS);   // a bar that comes and goes would resize the maps in a loop
    }

    private void init() {
        model.stagesProperty().addListener((o, was, now) -> {
            if (now.size() != maps.size()) {
                build();
            }
            refresh();
        });
        model.fieldsProperty().addListener((o, was, now) -> showFields());
        model.selectedProperty().addListener((o, was, now) -> Platform.runLater(this::revealSelected));
        viewportBoundsProperty().addListener((o, was, now) -> {
            if (was == null || was.getWidth() != now.getWidth()) {
                fit(now.getWidth());
            }
        });
        if (!model.stagesProperty().get().isEmpty()) {
            build();
            refresh();
        }
    }

    private void build() {
        cards.getChildren().clear();
        maps.clear();
        grids.clear();
        legends.clear();
        List<LayerStage> stages = model.stagesProperty().get();
        int kernelStage = model.firstConvStage();
        for (int si = 0; si < stages.size(); si++) {
            maps.add(new ArrayList<>());
            grids.add(null);
            legends.add(null);
            if (si == 0) {
                continue;   // the input lives in the left column
            }
            LayerStage s = stages.get(si);
            ColorLegend legend = new ColorLegend("activation (this layer's scale)");
            legends.set(si, legend);
            Label caption = new Label(s.caption());
            caption.getStyleClass().add("stage-caption");
            caption.setWrapText(true);
            caption.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(caption, Priority.ALWAYS);
            HBox head = new HBox(16, caption, legend);
            head.setAlignment(Pos.BOTTOM_LEFT);
            VBox card = new VBox(10, head);
            card.getStyleClass().add("stage");
            card.setId("stage-" + si);
            if (si == kernelStage) {
                card.getChildren().add(kernelSection());
                Label made = new Label("…and the maps they make from this digit (map n comes from kernel n):");
                made.getStyleClass().add("sub-title");
                card.getChildren().add(made);
            }
            GridPane grid = new GridPane();
            grid.setHgap(GAP);
            grid.setVgap(GAP);
            grids.set(si, grid);
            int count = s.vector() ? 1 : s.shape().channels();
            for (int c = 0; c < count; c++) {
                HeatmapView v = new HeatmapView(4);
                v.getStyleClass().add("feature-map");
                final int stageIndex = si, channel = c;
                if (s.vector()) {
                    v.setId("neurons-" + si);
                    v.setHoverText((r, col, value) -> String.format(Locale.ROOT, "neuron %d: %.3f", r * v.cols() + col + 1, value));
                    v.setOnCell((r, col) -> model.select(stageIndex, r * v.cols() + col, 0, 0));
                } else {
                    v.setId("featureMap-" + si + "-" + c);
                    v.setHoverText((r, col, value) -> String.format(Locale.ROOT, "map %d · row %d, column %d: %.3f", channel + 1, r, col, value));
                    v.setOnCell((r, col) -> model.select(stageIndex, channel, r, col));
                }
                maps.get(si).add(v);
            }
            card.getChildren().add(grid);
            cards.getChildren().add(card);
        }
        fit(getViewportBounds().getWidth());
    }

    private VBox kernelSection() {
        List<float[][]> ks = model.firstLayerKernels();
        float m = Magnitude.largestOf(ks);
        kernels.clear();
        kernelGrid = new GridPane();
        kernelGrid.setHgap(GAP);
        kernelGrid.setVgap(GAP);
        for (int i = 0; i < ks.size(); i++) {
            HeatmapView v = new HeatmapView(12);
            v.setId("kernel-" + i);
            v.getStyleClass().add("kernel");
            final int n = i + 1;
            v.setHoverText((r, c, value) -> String.format(Locale.ROOT, "kernel %d · row %d, column %d: weight %+.3f", n, r, c, value));
            v.show(ks.get(i), ColorMap.DIVERGING, -m, m);
            kernels.add(v);
        }
        Label title = new Label("Its " + ks.size() + " learned kernels (the weights it slides over the input; hover a square to read it)");
        title.getStyleClass().add("sub-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        ColorLegend legend = new ColorLegend("weight: blue −, white 0, red +");
        legend.show(ColorMap.DIVERGING, -m, m);
        kernelLegend = legend;
        HBox head = new HBox(16, title, legend);
        head.setAlignment(Pos.BOTTOM_LEFT);
        return new VBox(8, head, kernelGrid);
    }

    /** Sizes every map for a viewport {@code width} pixels wide: eight maps a row where they fit. */
    private void fit(double width) {
        double avail = Math.max(200, width - CARD_INSET);
        List<LayerStage> stages = model.stagesProperty().get();
        for (int si = 1; si < maps.size(); si++) {
            LayerStage s = stages.get(si);
            GridPane grid = grids.get(si);
            grid.getChildren().clear();
            if (s.vector()) {
                HeatmapView v = maps.get(si).get(0);
                int cols = columnsForVector(s.shape().channels());
                v.setCellSize(Math.max(4, Math.min(28, avail / cols)));
                grid.add(v, 0, 0);
                continue;
            }
            int cols = columns(s.shape().channels(), avail);
            double side = Math.min(MAX_SIDE, Math.floor((avail - (cols - 1) * GAP) / cols));
            double cell = side / Math.max(s.shape().height(), s.shape().width());
            List<HeatmapView> views = maps.get(si);
            for (int c = 0; c < views.size(); c++) {
                views.get(c).setCellSize(cell);
                grid.add(views.get(c), c % cols, c / cols);
            }
            if (si == model.firstConvStage() && kernelGrid != null) {
                kernelGrid.getChildren().clear();
                for (int i = 0; i < kernels.size(); i++) {
                    HeatmapView k = kernels.get(i);
                    k.setCellSize(side / k.cols());
                    kernelGrid.add(k, i % cols, i / cols);
                }
            }
        }
    }

    private static int columns(int channels, double avail) {
        int cols = Math.min(8, channels);
        while (cols > 2 && (avail - (cols - 1) * GAP) / cols < 64) {
            cols /= 2;
        }
        return cols;
    }

    static int columnsForVector(int n) {
        return n % 32 == 0 ? 32 : n % 16 == 0 ? 16 : Math.min(n, 32);
    }

    /** Redraws the kernels from the network's weights now (the training studio changes them). */
    private void refreshKernels() {
        List<float[][]> ks = model.firstLayerKernels();
        if (kernelLegend == null || ks.size() != kernels.size()) {
            return;
        }
        float m = Magnitude.largestOf(ks);
        for (int i = 0; i < ks.size(); i++) {
            kernels.get(i).show(ks.get(i), ColorMap.DIVERGING, -m, m);
        }
        kernelLegend.show(ColorMap.DIVERGING, -m, m);
    }

    private void refresh() {
        refreshKernels();
        List<LayerStage> stages = model.stagesProperty().get();
        for (int si = 1; si < maps.size(); si++) {
            LayerStage s = stages.get(si);
            if (s.vector()) {
                int n = s.shape().channels(), cols = columnsForVector(n), rows = (n + cols - 1) / cols;
                float[] padded = java.util.Arrays.copyOf(s.values(), rows * cols);
                maps.get(si).get(0).show(padded, 0, rows, cols, ColorMap.VIRIDIS, s.min(), s.max());
            } else {
                for (int c = 0; c < maps.get(si).size(); c++) {
                    maps.get(si).get(c).show(s.values(), s.offset(c), s.shape().height(), s.shape().width(), ColorMap.VIRIDIS, s.min(), s.max());
                }
            }
            legends.get(si).show(ColorMap.VIRIDIS, s.min(), s.max());
        }
        showFields();
    }

    private void showFields() {
        Map<Integer, Rect> fields = model.fieldsProperty().get();
        Neuron n = model.selectedProperty().get();
        List<LayerStage> stages = model.stagesProperty().get();
        for (int si = 1; si < maps.size(); si++) {
            LayerStage s = stages.get(si);
            Rect r = fields.get(s.activation());
            boolean mine = n != null && n.activation() == s.activation();
            for (int c = 0; c < maps.get(si).size(); c++) {
                HeatmapView v = maps.get(si).get(c);
                boolean here = mine && (s.vector() || n.channel() == c);
                if (s.vector()) {
                    v.setHighlight(r == null ? null : new Rect(0, 0, v.rows(), v.cols()));
                    v.setMark(here ? n.channel() / v.cols() : -1, here ? n.channel() % v.cols() : -1);
                } else {
                    v.setHighlight(r);
                    v.setMark(here ? n.row() : -1, here ? n.col() : -1);
                }
                v.pseudoClassStateChanged(SELECTED, here);
            }
        }
    }

    /** Scrolls the selected neuron's map into sight, unless it is already fully visible. */
    private void revealSelected() {
        HeatmapView v = selectedMap();
        if (v == null || v.getScene() == null) {
            return;
        }
        layout();
        Bounds view = getViewportBounds();
        double contentHeight = cards.getBoundsInLocal().getHeight();
        double top = cards.sceneToLocal(v.localToScene(0, 0)).getY();
        double offset = (contentHeight - view.getHeight()) * getVvalue();
        if (top >= offset && top + v.getHeight() <= offset + view.getHeight()) {
            return;
        }
        double range = contentHeight - view.getHeight();
        setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (top - view.getHeight() / 2) / range)));
    }

    private HeatmapView selectedMap() {
        Neuron n = model.selectedProperty().get();
        List<LayerStage> stages = model.stagesProperty().get();
        for (int si = 1; n != null && si < maps.size(); si++) {
            if (stages.get(si).activation() == n.activation()) {
                return stages.get(si).vector() ? maps.get(si).get(0) : maps.get(si).get(n.channel());
            }
        }
        return null;
    }

    /** The heatmap of channel c of stage s, for tests. */
    HeatmapView map(int stage, int channel) {
        return maps.get(stage).get(channel);
    }
}
