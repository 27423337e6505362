package org.receptive.ui.training.design;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.receptive.engine.NetworkDesign;
import org.receptive.ui.common.Choices;
import org.receptive.ui.common.Fields;

/**
 * The architecture editor: presets, one row of controls per convolutional block, the dense
 * layer, and a table that follows every edit (output shape, parameters, receptive field), with
 * what is wrong said in words.
 */
public final class DesignEditor extends VBox {

    private final DesignModel model;
    private final GridPane table = new GridPane();

    public DesignEditor(DesignModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("design-editor");
        // Short words on the joined buttons, so the three fit the editor's width; the whole name is in the tooltip.
        var presets = Choices.segmented(model.presetProperty(), DesignModel.PRESETS, p -> "preset-" + DesignModel.PRESETS.indexOf(p),
                p -> p.name().replaceAll(" \\(.*\\)$", ""), p -> "Start from " + p.name() + ": " + p.design().architecture()
                        + " (pressed while the design is this preset)");
        GridPane blocks = new GridPane();
        blocks.setHgap(6);
        blocks.setVgap(4);
        String[] heads = {"block", "filters", "kernel", "padding", "stride", "pool"};
        for (int c = 0; c < heads.length; c++) {
            blocks.add(Fields.label(heads[c], "column-head"), c, 0);
        }
        for (int i = 0; i < 3; i++) {
            BlockModel b = model.block(i);
            Label name = new Label(String.valueOf(i + 1));
            ChoiceBox<Integer> kernel = new ChoiceBox<>(FXCollections.observableArrayList(3, 5, 7));
            kernel.setValue(b.kernelProperty().get());
            kernel.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    b.kernelProperty().set(now);
                }
            });
            b.kernelProperty().addListener((o, was, now) -> kernel.setValue(now.intValue()));
            CheckBox pool = new CheckBox();
            pool.selectedProperty().bindBidirectional(b.poolProperty());
            var filters = Fields.spinner(b.filtersProperty(), 1, 32, 1);
            filters.setId("filters-" + i);
            blocks.addRow(i + 1, name, filters, kernel, Fields.spinner(b.paddingProperty(), 0, 3, 1),
                    Fields.spinner(b.strideProperty(), 1, 3, 1), pool);
            final int row = i;
            Runnable used = () -> blocks.getChildren().stream()
                    .filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == row + 1)
                    .forEach(n -> n.setDisable(row >= model.blockCountProperty().get()));
            model.blockCountProperty().addListener((o, was, now) -> used.run());
            used.run();
        }
        var count = Fields.spinner(model.blockCountProperty(), 1, 3, 1);
        count.setId("blockCount");
        var dense = Fields.spinner(model.denseProperty(), 0, 256, 16);
        GridPane sizes = new GridPane();
        sizes.setHgap(8);
        sizes.setVgap(4);
        sizes.addRow(0, new Label("convolution blocks"), count);
        sizes.addRow(1, new Label("dense neurons (0 = none)"), dense);
        Label problems = Fields.label("", "problem");
        problems.setId("designProblems");
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", model.problemsProperty().get()), model.problemsProperty()));
        problems.visibleProperty().bind(model.validProperty().not());
        problems.managedProperty().bind(problems.visibleProperty());
        Label totals = Fields.label("", "totals");
        totals.setId("designTotals");
        totals.textProperty().bind(model.totalsProperty());
        table.getStyleClass().add("layer-table");
        table.setHgap(10);
        model.rowsProperty().addListener((o, was, now) -> fillTable(now));
        fillTable(model.rowsProperty().get());
        getChildren().addAll(Fields.label("Network", "section-title"), presets, sizes, blocks,
                Fields.label("Each block: convolution + ReLU (+ 2×2 max pooling); then the optional dense layer, "
                        + "and 10 outputs, one score per class.", "hint"), problems, table, totals);
    }

    private void fillTable(List<NetworkDesign.LayerSummary> rows) {
        table.getChildren().clear();
        String[] heads = {"layer", "output", "weights", "sees"};
        for (int c = 0; c < heads.length; c++) {
            table.add(Fields.label(heads[c], "column-head"), c, 0);
        }
        int r = 1;
        for (NetworkDesign.LayerSummary s : rows) {
            if (s.layer().equals("relu")) {
                continue;   // ReLU changes no shape and has no weights: one row less to read
            }
            Label layer = Fields.label(s.layer(), "cell");
            layer.setMaxWidth(150);
            table.addRow(r++, layer,
                    Fields.label(s.output().channels() + "×" + s.output().height() + "×" + s.output().width(), "cell"),
                    Fields.label(String.format(Locale.ROOT, "%,d", s.parameters()), "cell"),
                    Fields.label(s.receptiveField() <= 0 ? "all" : s.receptiveField() + "×" + s.receptiveField(), "cell"));
        }
    }
}
