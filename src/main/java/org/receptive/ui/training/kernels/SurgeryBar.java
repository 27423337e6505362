package org.receptive.ui.training.kernels;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.receptive.stepper.KernelPreset;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.Fields;
import org.receptive.ui.common.WorkingSign;

/**
 * Under the first layer's kernels: zero the clicked kernel, swap in a classic one or edit its weights, restore, and the accuracy it
 * costs.
 */
final class SurgeryBar extends VBox {

    /** {@code presenting}: the teacher presents; the surgery's controls step aside, its verdict stays for the class. */
    SurgeryBar(KernelSurgery s, ObservableValue<?> kernels, ObservableBooleanValue busy, ObservableBooleanValue presenting) {
        super(4);
        Label which = new Label();
        which.textProperty().bind(Bindings.createStringBinding(() -> s.selectedProperty().get() < 0
                ? "Kernel surgery (between runs): click a kernel, then"
                : "Kernel " + (s.selectedProperty().get() + 1) + ":", s.selectedProperty()));
        Button zero = Controls.button("surgeryZero", "Zero it", "Set every weight of this kernel to 0: the map it makes goes dark",
                s::zero);
        ChoiceBox<KernelPreset> preset = new ChoiceBox<>();
        preset.getItems().setAll(List.of(KernelPreset.values()));
        preset.setValue(KernelPreset.SOBEL_X);
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(KernelPreset p) { return p == null ? "" : p.label(); }
            @Override public KernelPreset fromString(String t) { return null; }
        });
        Button put = Controls.button("surgeryReplace", "Put it in", "Replace this kernel by the classic one chosen beside it",
                () -> s.replace(preset.getValue()));
        Button restore = Controls.button("surgeryRestore", "Restore", "Put back the kernels as training left them", s::restore);
        for (var control : List.of(zero, preset, put, restore)) {
            control.disableProperty().bind(Bindings.or(busy, s.selectedProperty().lessThan(0)));
        }
        FlowPane row = new FlowPane(8, 6, which, zero, preset, put, restore);
        row.setAlignment(Pos.CENTER_LEFT);
        Label verdict = Fields.label("", "totals");
        verdict.setId("surgeryVerdict");
        verdict.textProperty().bind(s.verdictProperty());
        // Re-scoring runs in the background: a spinner beside the verdict while it does.
        WorkingSign scoring = new WorkingSign();
        scoring.setId("surgeryScoring");
        scoring.visibleProperty().bind(s.scoringProperty());
        scoring.managedProperty().bind(s.scoringProperty());
        HBox said = new HBox(8, scoring, verdict);
        said.setAlignment(Pos.CENTER_LEFT);
        KernelWeightFields weights = new KernelWeightFields(s, kernels, busy);
        for (var editing : List.of(row, weights)) {
            editing.visibleProperty().bind(Bindings.not(presenting));
            editing.managedProperty().bind(Bindings.not(presenting));
        }
        getChildren().addAll(row, weights, said);
    }
}
