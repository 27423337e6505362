package org.receptive.ui.network;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.HeatmapView;

/**
 * The left column: which test digit, the digit itself with the selected neuron's receptive field,
 * and that field in words. Stays in place while the feature maps scroll.
 */
final class InputPanel extends VBox {

    /**
     * The digit's cell where the view has room, and the least it shrinks to where it has not: the
     * view is that narrow only zoomed in, where a cell of 4 is still 10 screen pixels at 250%.
     */
    static final double CELL = 11, MIN_CELL = 4;
    private static final int SIDE = 28;     // MNIST's digits, and the pad's

    private double cell = CELL;

    private final NetworkViewModel model;
    private final TextField index = new TextField();
    private final HeatmapView image = new HeatmapView(CELL);
    private Runnable afterTyping = () -> { };
    private FlowPane controls;
    private Label keys;
    private ColorLegend legend;
    private Label field;

    InputPanel(NetworkViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("input-panel");
        Label title = new Label("Input");
        title.getStyleClass().add("panel-title");

        index.setId("digitIndex");
        index.setPrefColumnCount(4);
        index.setTooltip(new Tooltip("Type the number of a test digit (0 to " + (model.digitCount() - 1) + ") and press Enter"));
        Button previous = Controls.button("previous", "◀", "Previous test digit (← key)");
        previous.setOnAction(e -> model.step(-1));
        Button next = Controls.button("next", "▶", "Next test digit (→ key)");
        next.setOnAction(e -> model.step(1));
        Button random = Controls.button("random", "Random", "Show a random test digit (R key)");
        random.setOnAction(e -> model.showRandomDigit());
        Label pick = new Label("Test digit");
        // A row that wraps: where the digit is drawn smaller, "Random" goes under the arrows.
        controls = new FlowPane(8, 6, pick, index, previous, next, random);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPrefWrapLength(SIDE * CELL);

        Label message = Controls.message("message", model.messageProperty());

        Label truth = new Label();
        truth.setId("trueLabel");
        truth.getStyleClass().add("truth");
        truth.setWrapText(true);     // two lines where the digit is drawn small
        // A drawn digit (shown through showInput) has no test-set label.
        truth.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.trueLabelProperty().get() < 0
                ? "A drawn digit: no true label" : "True label (from MNIST): " + model.trueLabelProperty().get(),
                model.trueLabelProperty()));

        image.setId("featureMap-0-0");
        image.getStyleClass().add("input-image");
        image.setHoverText((r, c, v) -> String.format(java.util.Locale.ROOT, "pixel row %d, column %d: ink %.2f", r, c, v));
        legend = new ColorLegend("ink: 0 = paper, 1 = full stroke", SIDE * CELL);
        legend.show(ColorMap.GREY, 0, 1);

        field = new Label();
        field.setId("fieldText");
        field.getStyleClass().add("field-text");
        field.setWrapText(true);
        field.setMaxWidth(SIDE * CELL);
        field.textProperty().bind(model.fieldDescriptionProperty());

        keys = new Label("Keys: ← → or Page Up/Down step through digits, R random");
        keys.getStyleClass().add("hint");
        // One line where the column is as wide as it asks; two where a vertical scroll bar takes its
        // share, rather than running under the bar.
        keys.setWrapText(true);
        getChildren().addAll(title, controls, message, truth, image, legend, field, keys);
    }

    private void init() {
        index.setOnAction(e -> {
            if (model.showDigit(index.getText())) {
                afterTyping.run();
            } else {
                index.selectAll();
            }
        });
        model.digitIndexProperty().addListener((o, was, now) -> index.setText(now.intValue() < 0 ? "" : Integer.toString(now.intValue())));
        model.stagesProperty().addListener((o, was, now) -> showImage());
        model.fieldsProperty().addListener((o, was, now) -> image.setHighlight(now.get(0)));
        if (model.digitIndexProperty().get() >= 0) {
            index.setText(Integer.toString(model.digitIndexProperty().get()));
        }
        if (!model.stagesProperty().get().isEmpty()) {
            showImage();
        }
    }

    /**
     * Draws the digit as wide as {@code width} allows, between {@link #MIN_CELL} and {@link #CELL}
     * pixels a cell, with its legend and the words under it as wide: the view gives the digit what
     * the maps and the answer leave, so a projector's zoom keeps all three columns in sight.
     */
    void fitDigitTo(double width) {
        // In quarter pixels: not a new size for every pixel the window is dragged by.
        double fitted = Math.max(MIN_CELL, Math.min(CELL, Math.floor(width / SIDE * 4) / 4));
        if (fitted == cell) {
            return;
        }
        cell = fitted;
        image.setCellSize(cell);
        legend.setBarWidth(SIDE * cell);
        field.setMaxWidth(SIDE * cell);
        requestLayout();
    }

    /** How wide the digit is drawn now. */
    double digitWidth() {
        return SIDE * cell;
    }

    /** As wide as the digit and the padding: the texts under it wrap, and the row of controls wraps, rather than widen the column. */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + digitWidth() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    /** Presenting keeps the digit and its field; the digit picker goes (the clicker's keys still step digits). */
    void setPresenting(boolean presenting) {
        org.receptive.ui.common.Presentable.dropWhilePresenting(presenting, controls, keys);
    }

    /** What to do after a typed digit was shown (the view moves the focus back to the maps). */
    void setAfterTyping(Runnable action) {
        this.afterTyping = action;
    }

    private void showImage() {
        LayerStage input = model.stagesProperty().get().get(0);
        image.show(input.values(), 0, input.shape().height(), input.shape().width(), ColorMap.GREY, 0, 1);
        image.setHighlight(model.fieldsProperty().get().get(0));
    }

    HeatmapView image() {
        return image;
    }
}
