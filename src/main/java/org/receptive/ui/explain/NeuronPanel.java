package org.receptive.ui.explain;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.HeatmapView;

/**
 * "What is this neuron looking for?": the nine test patches that excite the clicked neuron's map
 * most (white ink on black, as MNIST stores digits), the input gradient ascent makes for it with
 * its receptive field outlined, and on request the ten class images. Binds to a {@link NeuronModel}.
 */
public final class NeuronPanel extends VBox {

    static final double PATCH = 62, BEST = 168, CLASS = 68, STALE = 0.35;
    /** The least side of a patch three to a row: under it, its caption would not fit beneath it. */
    private static final double NARROW_PATCH = 40;
    private static final double GAP = 6;

    private final NeuronModel model;
    private final TilePane patches = new TilePane(GAP, GAP);
    private final Canvas best = new Canvas(BEST, BEST);
    private double patch = PATCH;     // the side of a patch: smaller where the column is narrow
    private final FlowPane classes = new FlowPane(GAP, GAP);

    public NeuronPanel(NeuronModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("neuron-panel");
        getStylesheets().add(NeuronPanel.class.getResource("/org/receptive/ui/explain/why.css").toExternalForm());
        createView();
        init();
    }

    private void createView() {
        Label title = new Label("What is this neuron looking for?");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        Label status = new Label();
        status.setId("neuronStatus");
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button again = Controls.button("neuronAskAgain", "Ask the weights on show",
                "Find what this neuron looks for in the weights the maps show now");
        again.setOnAction(e -> model.askAgain());
        again.setWrapText(true);     // two lines rather than a wider column, where the column is narrow
        again.visibleProperty().bind(model.currentProperty().not());   // only the studio's weights move on
        again.managedProperty().bind(again.visibleProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("neuronProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.progressProperty().lessThan(1));
        patches.setId("neuronPatches");
        patches.setPrefColumns(3);
        patches.setPrefTileWidth(PATCH);
        patches.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // three by three, not as many as fit
        Label bestTitle = new Label("The input that excites it most, contrast stretched (red: its receptive field)");
        bestTitle.getStyleClass().add("sub-title");
        bestTitle.setWrapText(true);
        best.setId("neuronBestInput");
        Button ten = Controls.button("classImages", "Ten class images",
                "The input that excites each class's score most, by the same gradient ascent: "
                        + "what the network 'thinks' each digit looks like");
        ten.setOnAction(e -> model.showClassImages());
        ten.setWrapText(true);
        classes.setId("classImages");
        classes.setPrefWrapLength(5 * (CLASS + GAP));
        // An answer for weights no longer on show stays readable but faded, so it is not taken for the maps' own.
        patches.opacityProperty().bind(Bindings.when(model.currentProperty()).then(1.0).otherwise(STALE));
        best.opacityProperty().bind(patches.opacityProperty());
        getChildren().addAll(title, status, again, bar, patches, bestTitle, best, ten, classes);
    }

    private void init() {
        model.patchesProperty().addListener((o, was, now) -> showPatches(now));
        model.bestInputProperty().addListener((o, was, now) -> draw(best, now, best.getWidth()));
        model.classImagesProperty().addListener((o, was, now) -> showClasses(now));
        draw(best, null, BEST);
    }

    /**
     * Fits the nine patches and the best input into {@code width} (never past their usual sizes):
     * zoomed in on a projector the Network view gives its left column less room, and the pictures
     * shrink with the digit above them instead of running under the maps. Below three patches of
     * {@link #NARROW_PATCH}, two to a row, so each caption still has room under its picture.
     */
    public void fitPicturesTo(double width) {
        int columns = width >= 3 * NARROW_PATCH + 2 * GAP ? 3 : 2;
        double fitted = Math.min(PATCH, Math.floor((width - (columns - 1) * GAP) / columns));
        double side = Math.min(BEST, Math.floor(width));
        if (fitted == patch && side == best.getWidth() || fitted <= 0) {
            return;
        }
        patch = fitted;
        patches.setPrefColumns(columns);
        patches.setPrefTileWidth(patch);
        best.setWidth(side);
        best.setHeight(side);
        draw(best, model.bestInputProperty().get(), side);
        // The pictures on show are drawn again at the new size, in place: called while the view is
        // laid out, new nodes would miss this pass's styling.
        List<PatchPicture> shown = model.patchesProperty().get();
        for (int i = 0; i < patches.getChildren().size() && i < shown.size(); i++) {
            Canvas c = (Canvas) ((VBox) patches.getChildren().get(i)).getChildren().get(0);
            c.setWidth(patch);
            c.setHeight(patch);
            draw(c, shown.get(i), patch);
        }
    }

    private void showPatches(List<PatchPicture> list) {
        patches.getChildren().clear();
        for (PatchPicture p : list) {
            VBox cell = captioned(p, patch, "hint");
            cell.getStyleClass().add("neuron-patch");
            patches.getChildren().add(cell);
        }
    }

    private void showClasses(List<PatchPicture> list) {
        classes.getChildren().clear();
        for (PatchPicture p : list) {
            classes.getChildren().add(captioned(p, CLASS, "sub-title"));
        }
    }

    /** One picture drawn at {@code size} pixels with its caption under it. */
    private VBox captioned(PatchPicture p, double size, String captionStyle) {
        Canvas c = new Canvas(size, size);
        draw(c, p, size);
        Label caption = new Label(p.caption());
        caption.getStyleClass().add(captionStyle);
        VBox cell = new VBox(2, c, caption);
        cell.setAlignment(Pos.CENTER);
        return cell;
    }

    /** Draws a picture scaled to fit {@code side}, grey levels as MNIST shows them, its outline in the field colour. */
    static void draw(Canvas canvas, PatchPicture p, double side) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(javafx.scene.paint.Color.web("#d0d4d9"));
        g.fillRect(0, 0, side, side);
        if (p == null) {
            return;
        }
        double cell = side / Math.max(p.height(), p.width());
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                g.setFill(ColorMap.GREY.at(p.pixels()[y * p.width() + x]));
                g.fillRect(Math.floor(x * cell), Math.floor(y * cell), Math.ceil(cell) + 1, Math.ceil(cell) + 1);
            }
        }
        if (p.outline() != null) {
            int[] o = p.outline();
            g.setStroke(HeatmapView.FIELD);
            g.setLineWidth(2);
            g.strokeRect(o[1] * cell + 1, o[0] * cell + 1, o[3] * cell - 2, o[2] * cell - 2);
        }
    }
}
