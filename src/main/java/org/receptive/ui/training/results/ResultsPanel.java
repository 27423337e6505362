package org.receptive.ui.training.results;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.Fields;
import org.receptive.ui.common.HeatmapView;

/**
 * The test results: score the weights on show on every test image, read the confusion matrix
 * (rows: the true digit, columns: what the network said), click a cell to see those images, and
 * see the mistakes it was surest of, each with its probabilities.
 */
public final class ResultsPanel extends VBox {

    private final ResultsModel model;
    private final GridPane matrix = new GridPane();
    private final FlowPane gallery = new FlowPane(10, 10);

    public ResultsPanel(ResultsModel model) {
        super(12);
        this.model = model;
        getStyleClass().add("results-panel");
        Button score = new Button("Score on the full test set");
        score.setId("score");
        score.getStyleClass().add("primary");
        score.disableProperty().bind(model.busyProperty());
        score.setOnAction(e -> model.evaluate());
        Button worst = new Button("Surest mistakes");
        worst.disableProperty().bind(model.reportProperty().isNull());
        worst.setOnAction(e -> model.showWorst());
        Label summary = Fields.label("", "totals");
        summary.setId("scoreSummary");
        summary.textProperty().bind(model.summaryProperty());
        score.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        worst.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(12, score, worst, summary);
        head.setAlignment(Pos.CENTER_LEFT);
        matrix.getStyleClass().add("confusion");
        matrix.setHgap(2);
        matrix.setVgap(2);
        Label galleryTitle = Fields.label("", "sub-title");
        galleryTitle.textProperty().bind(model.galleryTitleProperty());
        VBox right = new VBox(8, galleryTitle, gallery);
        right.setPrefWidth(520);
        HBox body = new HBox(24, new VBox(6, Fields.label("Confusion matrix: each row is the true digit, each column what the network said "
                + "(the diagonal is right). Click a cell to see its images.", "hint"), matrix), right);
        getChildren().addAll(head, body);
        model.reportProperty().addListener((o, was, now) -> fillMatrix(now));
        model.galleryProperty().addListener((o, was, now) -> fillGallery(now));
    }

    private void fillMatrix(TestReport r) {
        matrix.getChildren().clear();
        if (r == null) {
            return;
        }
        int[][] c = r.evaluation().confusion();
        matrix.add(Fields.label("", "column-head"), 0, 0);
        for (int d = 0; d < c.length; d++) {
            matrix.add(Fields.label(String.valueOf(d), "column-head"), d + 1, 0);
            matrix.add(Fields.label(String.valueOf(d), "column-head"), 0, d + 1);
        }
        for (int t = 0; t < c.length; t++) {
            int row = 0;
            for (int v : c[t]) {
                row += v;
            }
            for (int s = 0; s < c.length; s++) {
                Label cell = new Label(String.valueOf(c[t][s]));
                cell.setId("cell-" + t + "-" + s);
                cell.getStyleClass().addAll("confusion-cell", t == s ? "right" : "wrong");
                double share = row == 0 ? 0 : (double) c[t][s] / row;
                // Off the diagonal even a few mistakes must show: the shade grows with the square root.
                double alpha = t == s ? 0.15 + 0.5 * share : Math.min(0.85, Math.sqrt(share) * 1.6);
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f);",
                        t == s ? "26, 127, 55" : "179, 89, 0", c[t][s] == 0 ? 0 : alpha));
                cell.setTooltip(new Tooltip(c[t][s] + " images of " + t + " were called " + s));
                final int truth = t, said = s;
                cell.setOnMouseClicked(e -> model.showCell(truth, said));
                matrix.add(cell, s + 1, t + 1);
            }
        }
    }

    private void fillGallery(List<Integer> indices) {
        gallery.getChildren().clear();
        TestReport r = model.reportProperty().get();
        if (r == null) {
            return;
        }
        for (int i : indices) {
            HeatmapView image = new HeatmapView(2.5);
            image.show(r.images().image(i), 0, 28, 28, ColorMap.GREY, 0, 1);
            image.setHoverText(null);
            int truth = r.images().label(i), said = r.guess()[i];
            String text = truth == said
                    ? String.format(Locale.ROOT, "%d, %.0f%% sure", said, 100 * r.guessProbability()[i])
                    : String.format(Locale.ROOT, "is %d: said %d (%.0f%%), %d got %.0f%%", truth, said,
                    100 * r.guessProbability()[i], truth, 100 * r.truthProbability()[i]);
            Label caption = Fields.label(text, "gallery-caption");
            caption.setMaxWidth(120);
            VBox tile = new VBox(2, image, caption);
            tile.setId("test-image-" + i);
            gallery.getChildren().add(tile);
        }
    }
}
