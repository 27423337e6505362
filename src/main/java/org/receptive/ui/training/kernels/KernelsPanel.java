package org.receptive.ui.training.kernels;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;

/**
 * Every convolution's kernels as they are now (or at the scrubbed moment): the first layer's
 * large, so random noise can be watched turning into edge and stroke detectors, the deeper ones
 * as per-channel grids. A check box puts each kernel on its own colour scale, so a kernel with
 * small weights still shows its structure.
 */
public final class KernelsPanel extends VBox {

    private final ShownKernels shown;
    private final KernelSurgery surgery;
    private final CheckBox ownScale = new CheckBox("each kernel on its own colour scale");
    private final CheckBox change = new CheckBox("show only what training changed");
    private final CheckBox beside = new CheckBox("step 0 beside them");
    /** The first layer's kernels at step 0, drawn next to them when {@link #beside} is ticked. */
    private final KernelGridView startGrid = new KernelGridView();
    private final Label nowCaption = new Label();
    private final List<KernelGridView> grids = new ArrayList<>();
    private final List<ColorLegend> legends = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final VBox layers = new VBox(14);
    /** While a teacher presents, kernel surgery (editing) steps aside; the kernels stay. */
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    /**
     * Made once and moved into each rebuilt first layer: the bar and its fields listen to the
     * studio's surgery and run, which outlive every rebuild (a bar made per rebuild stayed alive
     * through those listeners, with its whole old layer: the long monkey run's heap grew by them).
     */
    private final SurgeryBar surgeryBar;

    /** {@code busy}: a run is going, and surgery waits for it to end. */
    public KernelsPanel(ShownKernels shown, KernelSurgery surgery, ObservableBooleanValue busy) {
        this.shown = shown;
        this.surgery = surgery;
        this.surgeryBar = new SurgeryBar(surgery, shown.kernelsProperty(), busy, presenting);
        // Once, for whichever first-layer grid is on show (the grids are rebuilt, the surgery is not).
        surgery.selectedProperty().addListener((o, was, now) -> {
            if (!grids.isEmpty()) {
                grids.get(0).setSelected(now.intValue());
            }
        });
        getStyleClass().addAll("card", "kernels-panel");
        setSpacing(10);
        Label title = new Label("Kernels: what each convolution looks for");
        title.getStyleClass().add("panel-title");
        ownScale.setId("ownScale");
        ownScale.setSelected(true);
        change.setId("showChange");
        change.setTooltip(new javafx.scene.control.Tooltip(
                "The first layer keeps much of its random start for a long time; the change since step 0 is what it has learned."));
        beside.setId("besideStart");
        beside.setTooltip(new javafx.scene.control.Tooltip(
                "Draws the first layer's kernels as they were before training next to them now, on the same colour scale."));
        nowCaption.getStyleClass().add("hint");   // once: the card is rebuilt at every tick of a box
        startGrid.setId("kernels-start");
        startGrid.getStyleClass().add("kernel-grid");
        // A row that wraps: zoomed in on a projector, the three choices go on two lines rather than widen the view.
        javafx.scene.layout.FlowPane options = new javafx.scene.layout.FlowPane(18, 6, beside, change, ownScale);
        options.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, options, layers);
        shown.kernelsProperty().addListener((o, was, now) -> refresh());
        for (CheckBox box : List.of(ownScale, change, beside)) {
            box.selectedProperty().addListener((o, was, now) -> {
                build(shown.kernelsProperty().get());   // the legends' captions say which scale
                refresh();
            });
        }
        refresh();
    }

    public void setPresenting(boolean on) {
        presenting.set(on);
    }

    private void refresh() {
        List<ConvKernels> all = shown.kernelsProperty().get();
        if (!sameShapes(all)) {
            build(all);
        }
        List<ConvKernels> start = shown.startKernels();
        for (int i = 0; i < all.size(); i++) {
            ConvKernels k = change.isSelected() && i < start.size() ? all.get(i).minus(start.get(i)) : all.get(i);
            boolean first = i == 0;
            // First layer large, up to 8 a row in ~800 px (half as many a row in half the width
            // when step 0 stands beside it); deeper grids a row per filter in ~560 px.
            boolean pair = first && showsStart(start);
            int perRow = !first ? k.channels() : pair ? Math.min(4, (k.filters() + 1) / 2) : Math.min(8, k.filters());
            double width = pair ? 390 : first ? 800 : 560;
            double cell = first ? Math.max(6, Math.min(24, Math.floor(width / (perRow * (k.size() + 1) + 1))))
                    : Math.max(2, Math.min(14, Math.floor(width / (perRow * (k.size() + 1) + 1))));
            float range = pair ? Math.max(k.maxAbs(), start.get(0).maxAbs()) : k.maxAbs();
            grids.get(i).show(k, cell, perRow, ownScale.isSelected(), range);
            if (pair) {
                long step = shown.stepProperty().get();
                nowCaption.setText(String.format(java.util.Locale.ROOT, "after %,d training step%s", step, step == 1 ? "" : "s"));
                startGrid.show(start.get(0), cell, perRow, ownScale.isSelected(), range);
            }
            titles.get(i).setText(title(all.get(i)));   // a loaded model of the same shapes is not rebuilt
            double end = ownScale.isSelected() ? 1 : range;
            legends.get(i).show(ColorMap.DIVERGING, -end, end);
        }
    }

    /** Whether step 0 is drawn beside the first layer: asked for, known, and not the "change" view (all zero at step 0). */
    private boolean showsStart(List<ConvKernels> start) {
        return beside.isSelected() && !change.isSelected() && !start.isEmpty();
    }

    /** Whether the grids built so far have the layers, filters, channels and sizes of {@code all}. */
    private boolean sameShapes(List<ConvKernels> all) {
        if (all.size() != grids.size()) {
            return false;
        }
        for (int i = 0; i < all.size(); i++) {
            ConvKernels was = grids.get(i).kernels(), now = all.get(i);
            if (was == null || was.filters() != now.filters() || was.channels() != now.channels() || was.size() != now.size()) {
                return false;
            }
        }
        return true;
    }

    private void build(List<ConvKernels> all) {
        layers.getChildren().clear();
        grids.clear();
        legends.clear();
        titles.clear();
        for (ConvKernels k : all) {
            KernelGridView grid = new KernelGridView();
            grid.setId("kernels-" + k.convolution());
            grid.getStyleClass().add("kernel-grid");
            Label title = new Label(title(k));
            title.setId("kernelsTitle-" + k.convolution());
            title.getStyleClass().add("sub-title");
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            String what = change.isSelected() ? "change since step 0" : "weight";
            // On its own scale each kernel's largest magnitude is full colour: the legend says
            // that (±1), not the layer's range, which no kernel is drawn on then.
            ColorLegend legend = new ColorLegend(ownScale.isSelected()
                    ? what + " ÷ its kernel's largest (each on its own scale)" : what + ": blue −, white 0, red +", 200);
            legend.setId("kernelsLegend-" + k.convolution());
            HBox head = new HBox(16, title, legend);
            head.setAlignment(Pos.BOTTOM_LEFT);
            FlowPane holder = k.convolution() == 1 && showsStart(shown.startKernels())
                    ? new FlowPane(24, 0, captioned(hint("before training (step 0)"), startGrid), captioned(nowCaption, grid))
                    : new FlowPane(grid);
            VBox layer = new VBox(6, head, holder);
            if (k.convolution() == 1) {
                grid.setOnKernel(surgery::select);
                grid.setSelected(surgery.selectedProperty().get());
                layer.getChildren().add(surgeryBar);
            }
            layers.getChildren().add(layer);
            grids.add(grid);
            legends.add(legend);
            titles.add(title);
        }
    }

    /** A layer's heading; the first layer's says where its kernels started: random noise or the model loaded. */
    private String title(ConvKernels k) {
        String start = shown.loadedFrom().map(m -> "they start as " + m + " learned them").orElse("they start as random noise");
        return k.channels() == 1
                ? "Convolution " + k.convolution() + ": its " + k.filters() + " kernels of " + k.size() + "×" + k.size()
                  + ", drawn large (" + start + ")"
                : "Convolution " + k.convolution() + ": " + k.filters() + " kernels × " + k.channels()
                  + " input maps (a row per kernel, a column per map it reads)";
    }

    private static VBox captioned(Label caption, KernelGridView grid) {
        return new VBox(2, caption, grid);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        return l;
    }
}
