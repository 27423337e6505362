package org.receptive.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.LiveScrollPane;
import org.receptive.ui.common.Rect;

/**
 * The middle column: one card per drawn stage after the input, every feature map as a small
 * heatmap on the stage's own colour scale. Cards are built once per network and refreshed for
 * each digit; maps grow and shrink with the window, every map of the view the same size.
 * Public so the Draw view shows a drawing's feature maps with this same component.
 */
public final class StagesPanel extends LiveScrollPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** The least width the maps are laid out in (their legends' width): the views beside them fit their other columns to what is left. */
    public static final double MIN_WIDTH = 320;
    private static final double GAP = 10, CARD_INSET = 2 * 14 + 2 * 12 + 4, MAX_SIDE = 160;

    /** The card of one drawn stage: its maps (one heatmap of neurons for a dense stage), their grid and legend. */
    private record StageCard(int stage, GridPane grid, ColorLegend legend, List<HeatmapView> maps) {
    }

    private final NetworkViewModel model;
    private final VBox column = new VBox(16);
    /** One card per drawn stage after the input (which lives in the left column), in order. */
    private final List<StageCard> cards = new ArrayList<>();
    /** How many stages the cards were built for. */
    private int builtFor = -1;
    /** The first convolution's kernels, in its card; null for a network without one. */
    private KernelCard kernels;

    public StagesPanel(NetworkViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("stages-scroll");
        column.setPadding(new Insets(12));
        setContent(column);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.ALWAYS);   // a bar that comes and goes would resize the maps in a loop
        // Room for a card's legend and a caption's longest word: narrower, zoomed in, the
        // legend stuck out; the view scrolls instead.
        setMinWidth(MIN_WIDTH);
    }

    private void init() {
        model.stagesProperty().addListener((o, was, now) -> {
            if (now.size() != builtFor) {
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
        column.getChildren().clear();
        cards.clear();
        kernels = null;
        List<LayerStage> stages = model.stagesProperty().get();
        builtFor = stages.size();
        int kernelStage = model.firstConvStage();
        for (int si = 1; si < stages.size(); si++) {
            LayerStage s = stages.get(si);
            ColorLegend legend = new ColorLegend("activation (this layer's scale)");
            Label caption = new Label(s.caption());
            caption.getStyleClass().add("stage-caption");
            caption.setWrapText(true);
            caption.setMaxWidth(Double.MAX_VALUE);
            // The legend under the caption, not beside it: zoomed in, a caption squeezed beside
            // a legend broke one letter per line.
            VBox head = new VBox(4, caption, legend);
            VBox card = new VBox(10, head);
            card.getStyleClass().addAll("card", "stage");
            card.setId("stage-" + si);
            if (si == kernelStage) {
                kernels = new KernelCard(model.firstLayerKernels(), GAP);
                Label made = new Label("…and the maps they make from this digit (map n comes from kernel n):");
                made.setWrapText(true);
                made.getStyleClass().add("sub-title");
                card.getChildren().addAll(kernels, made);
            }
            GridPane grid = new GridPane();
            grid.setHgap(GAP);
            grid.setVgap(GAP);
            List<HeatmapView> maps = new ArrayList<>();
            int count = s.vector() ? 1 : s.shape().channels();
            for (int c = 0; c < count; c++) {
                maps.add(map(si, c, s.vector()));
            }
            card.getChildren().add(grid);
            column.getChildren().add(card);
            cards.add(new StageCard(si, grid, legend, List.copyOf(maps)));
        }
        fit(getViewportBounds().getWidth());
    }

    /** The heatmap of map {@code channel} of stage {@code si}, or of all its neurons for a dense stage. */
    private HeatmapView map(int si, int channel, boolean vector) {
        HeatmapView v = new HeatmapView(4);
        v.getStyleClass().add("feature-map");
        if (vector) {
            v.setId("neurons-" + si);
            v.setHoverText((r, col, value) -> String.format(Locale.ROOT, "neuron %d: %.3f", r * v.cols() + col + 1, value));
            v.setOnCell((r, col) -> model.select(si, r * v.cols() + col, 0, 0));
        } else {
            v.setId("featureMap-" + si + "-" + channel);
            v.setHoverText((r, col, value) -> String.format(Locale.ROOT, "map %d · row %d, column %d: %.3f", channel + 1, r, col, value));
            v.setOnCell((r, col) -> model.select(si, channel, r, col));
        }
        return v;
    }

    /** Sizes every map for a viewport {@code width} pixels wide: eight maps a row where they fit. */
    private void fit(double width) {
        double avail = Math.max(200, width - CARD_INSET);
        List<LayerStage> stages = model.stagesProperty().get();
        for (StageCard card : cards) {
            LayerStage s = stages.get(card.stage());
            card.grid().getChildren().clear();
            if (s.vector()) {
                HeatmapView v = card.maps().get(0);
                int cols = columnsForVector(s.shape().channels());
                v.setCellSize(Math.max(4, Math.min(28, avail / cols)));
                card.grid().add(v, 0, 0);
                continue;
            }
            int cols = columns(s.shape().channels(), avail);
            double side = Math.min(MAX_SIDE, Math.floor((avail - (cols - 1) * GAP) / cols));
            double cell = side / Math.max(s.shape().height(), s.shape().width());
            for (int c = 0; c < card.maps().size(); c++) {
                card.maps().get(c).setCellSize(cell);
                card.grid().add(card.maps().get(c), c % cols, c / cols);
            }
            if (card.stage() == model.firstConvStage() && kernels != null) {
                kernels.fit(side, cols);
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

    private void refresh() {
        if (kernels != null) {
            kernels.show(model.firstLayerKernels());   // the training studio changes them
        }
        List<LayerStage> stages = model.stagesProperty().get();
        for (StageCard card : cards) {
            LayerStage s = stages.get(card.stage());
            if (s.vector()) {
                int n = s.shape().channels(), cols = columnsForVector(n), rows = (n + cols - 1) / cols;
                float[] padded = java.util.Arrays.copyOf(s.values(), rows * cols);
                card.maps().get(0).show(padded, 0, rows, cols, ColorMap.VIRIDIS, s.min(), s.max());
            } else {
                for (int c = 0; c < card.maps().size(); c++) {
                    card.maps().get(c).show(s.values(), s.offset(c), s.shape().height(), s.shape().width(), ColorMap.VIRIDIS, s.min(),
                            s.max());
                }
            }
            card.legend().show(ColorMap.VIRIDIS, s.min(), s.max());
        }
        showFields();
    }

    private void showFields() {
        Map<Integer, Rect> fields = model.fieldsProperty().get();
        Neuron n = model.selectedProperty().get();
        List<LayerStage> stages = model.stagesProperty().get();
        for (StageCard card : cards) {
            LayerStage s = stages.get(card.stage());
            Rect r = fields.get(s.activation());
            boolean mine = n != null && n.activation() == s.activation();
            for (int c = 0; c < card.maps().size(); c++) {
                HeatmapView v = card.maps().get(c);
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
        double contentHeight = column.getBoundsInLocal().getHeight();
        double top = column.sceneToLocal(v.localToScene(0, 0)).getY();
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
        for (StageCard card : cards) {
            LayerStage s = stages.get(card.stage());
            if (n != null && s.activation() == n.activation()) {
                return s.vector() ? card.maps().get(0) : card.maps().get(n.channel());
            }
        }
        return null;
    }

    /** The heatmap of channel c of stage s (s ≥ 1), for tests. */
    HeatmapView map(int stage, int channel) {
        return cards.get(stage - 1).maps().get(channel);
    }
}
