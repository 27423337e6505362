package org.receptive.ui.training.kernels;

import org.receptive.ui.common.Fields;
import org.receptive.ui.training.TrainingViewModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.receptive.stepper.KernelPreset;

/** Under the first layer's kernels: zero the clicked kernel, swap in a classic one or edit its weights, restore, and the accuracy it costs. */
final class SurgeryBar extends VBox {

    SurgeryBar(TrainingViewModel model) {
        super(4);
        KernelSurgery s = model.surgery();
        var busy = Bindings.createBooleanBinding(() -> model.stateProperty().get().busy(), model.stateProperty());
        Label which = new Label();
        which.textProperty().bind(Bindings.createStringBinding(() -> s.selectedProperty().get() < 0
                ? "Kernel surgery (between runs): click a kernel, then"
                : "Kernel " + (s.selectedProperty().get() + 1) + ":", s.selectedProperty()));
        Button zero = new Button("Zero it");
        zero.setId("surgeryZero");
        zero.setOnAction(e -> s.zero());
        ChoiceBox<KernelPreset> preset = new ChoiceBox<>();
        preset.getItems().setAll(List.of(KernelPreset.values()));
        preset.setValue(KernelPreset.SOBEL_X);
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(KernelPreset p) { return p == null ? "" : p.label(); }
            @Override public KernelPreset fromString(String t) { return null; }
        });
        Button put = new Button("Put it in");
        put.setOnAction(e -> s.replace(preset.getValue()));
        Button restore = new Button("Restore");
        restore.setOnAction(e -> s.restore());
        for (var control : List.of(zero, preset, put, restore)) {
            control.disableProperty().bind(busy.or(s.selectedProperty().lessThan(0)));
        }
        FlowPane row = new FlowPane(8, 6, which, zero, preset, put, restore);
        row.setAlignment(Pos.CENTER_LEFT);
        Label verdict = Fields.label("", "totals");
        verdict.setId("surgeryVerdict");
        verdict.textProperty().bind(s.verdictProperty());
        getChildren().addAll(row, new KernelWeightFields(model), verdict);
    }
}
