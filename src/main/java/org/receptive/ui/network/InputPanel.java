package org.receptive.ui.network;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
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

    static final double CELL = 11;

    private final NetworkViewModel model;
    private final TextField index = new TextField();
    private final HeatmapView image = new HeatmapView(CELL);
    private Runnable afterTyping = () -> { };
    private HBox controls;
    private Label keys;

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
        controls = new HBox(8, pick, index, previous, next, random);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label message = Controls.message("message", model.messageProperty());

        Label truth = new Label();
        truth.setId("trueLabel");
        truth.getStyleClass().add("truth");
        // A drawn digit (shown through showInput) has no test-set label.
        truth.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.trueLabelProperty().get() < 0
                ? "A drawn digit: no true label" : "True label (from MNIST): " + model.trueLabelProperty().get(),
                model.trueLabelProperty()));

        image.setId("featureMap-0-0");
        image.getStyleClass().add("input-image");
        image.setHoverText((r, c, v) -> String.format(java.util.Locale.ROOT, "pixel row %d, column %d: ink %.2f", r, c, v));
        ColorLegend legend = new ColorLegend("ink: 0 = paper, 1 = full stroke", 28 * CELL);
        legend.show(ColorMap.GREY, 0, 1);

        Label field = new Label();
        field.setId("fieldText");
        field.getStyleClass().add("field-text");
        field.setWrapText(true);
        field.setMaxWidth(28 * CELL);
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
