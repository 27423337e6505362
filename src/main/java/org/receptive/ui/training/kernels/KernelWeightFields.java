package org.receptive.ui.training.kernels;

import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
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

    private final KernelSurgery surgery;
    private final ObservableBooleanValue busy;
    private final GridPane grid = new GridPane();
    private TextField[] fields = new TextField[0];

    /** {@code kernels}: the kernels on show, which surgery (or loading, or resetting) replaces; {@code busy}: a run is going. */
    KernelWeightFields(KernelSurgery surgery, ObservableValue<?> kernels, ObservableBooleanValue busy) {
        super(4);
        this.surgery = surgery;
        this.busy = busy;
        getStyleClass().add("kernel-editor");
        Label hint = new Label("Or edit its weights: type a number in a cell and press Enter.");
        hint.getStyleClass().add("hint");
        grid.setHgap(3);
        grid.setVgap(3);
        getChildren().addAll(hint, grid);
        var chosen = surgery.selectedProperty().greaterThanOrEqualTo(0);
        visibleProperty().bind(chosen);
        managedProperty().bind(chosen);
        disableProperty().bind(busy);
        surgery.selectedProperty().addListener((o, was, now) -> refresh());
        // While a run goes the fields are locked, and rewriting them 10 times a second would cost frames.
        kernels.addListener((o, was, now) -> {
            if (!busy.get()) {
                refresh();
            }
        });
        busy.addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        float[][] kernel = surgery.selectedKernel();
        if (kernel == null) {
            grid.getChildren().clear();
            fields = new TextField[0];
            return;
        }
        int k = kernel.length;
        if (fields.length != k * k) {
            build(k);
        }
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                fields[r * k + c].setText(format(kernel[r][c]));
            }
        }
    }

    private void build(int k) {
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
        float[][] kernel = surgery.selectedKernel();
        if (kernel == null || busy.get() || f.getText().trim().equals(format(kernel[row][col]))) {
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
