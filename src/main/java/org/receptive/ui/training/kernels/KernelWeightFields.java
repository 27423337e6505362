package org.receptive.ui.training.kernels;

import org.receptive.ui.training.TrainingViewModel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The selected first-layer kernel's weights as a k×k grid of text fields, laid out as the kernel
 * is drawn: type a number in a cell and press Enter (or leave the cell) to put it in; the
 * surgery re-scores at once and its verdict says what it cost, or why the text was refused.
 */
final class KernelWeightFields extends VBox {

    private final TrainingViewModel model;
    private final KernelSurgery surgery;
    private final GridPane grid = new GridPane();
    private TextField[] fields = new TextField[0];
    private int side;

    KernelWeightFields(TrainingViewModel model) {
        super(4);
        this.model = model;
        this.surgery = model.surgery();
        getStyleClass().add("kernel-editor");
        Label hint = new Label("Or edit its weights: type a number in a cell and press Enter.");
        hint.getStyleClass().add("hint");
        grid.setHgap(3);
        grid.setVgap(3);
        getChildren().addAll(hint, grid);
        var chosen = surgery.selectedProperty().greaterThanOrEqualTo(0);
        visibleProperty().bind(chosen);
        managedProperty().bind(chosen);
        disableProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get().busy(), model.stateProperty()));
        surgery.selectedProperty().addListener((o, was, now) -> refresh());
        // While a run goes the fields are locked, and rewriting them 10 times a second would cost frames.
        model.shown().kernelsProperty().addListener((o, was, now) -> {
            if (!model.stateProperty().get().busy()) {
                refresh();
            }
        });
        model.stateProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        float[] kernel = surgery.selectedKernel();
        if (kernel == null) {
            grid.getChildren().clear();
            fields = new TextField[0];
            return;
        }
        if (fields.length != kernel.length) {
            build((int) Math.round(Math.sqrt(kernel.length)));
        }
        for (int i = 0; i < kernel.length; i++) {
            fields[i].setText(format(kernel[i]));
        }
    }

    private void build(int k) {
        side = k;
        grid.getChildren().clear();
        fields = new TextField[k * k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                int row = r, col = c;
                TextField f = new TextField();
                f.setId("weight-" + r + "-" + c);
                f.getStyleClass().add("weight-field");
                f.setPrefColumnCount(4);
                f.setTooltip(new Tooltip("row " + r + ", column " + c));
                f.setOnAction(e -> put(row, col, f));
                f.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        put(row, col, f);
                    }
                });
                fields[r * k + c] = f;
                grid.add(f, c, r);
            }
        }
    }

    /** Puts the typed value in, unless the cell still shows the weight as it is. */
    private void put(int row, int col, TextField f) {
        float[] kernel = surgery.selectedKernel();
        if (kernel == null || model.stateProperty().get().busy() || f.getText().trim().equals(format(kernel[row * side + col]))) {
            return;
        }
        if (!surgery.edit(row, col, f.getText())) {
            f.selectAll();   // left as typed, for correcting; the verdict says why
        }
    }

    static String format(float w) {
        return String.format(Locale.ROOT, "%.3f", w);
    }
}
