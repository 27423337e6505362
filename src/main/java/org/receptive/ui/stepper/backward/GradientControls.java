package org.receptive.ui.stepper.backward;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.SgdStep;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.Fields;
import org.receptive.ui.common.NumberFields;
import org.receptive.ui.stepper.StepperText;

/**
 * Where the gradient comes from (a target made by a preset, the output frozen, zeros, all ones, or
 * the network's real gradient for a digit), the learning rate, "Take one step", and the loss now
 * in words. Only forwards choices to {@link BackwardViewModel}.
 */
final class GradientControls extends VBox {

    private final BackwardViewModel backward;
    private final ChoiceBox<GradientSource> source = new ChoiceBox<>();
    private final ChoiceBox<KernelPreset> preset = new ChoiceBox<>();
    private final Spinner<Integer> digit = new Spinner<>(0, 9999, 0);
    private final ChoiceBox<Integer> group = new ChoiceBox<>();
    private final Button load = new Button("Load digit");
    private final TextField rate = new TextField();
    private final Label rateLabel = new Label("learning rate η");
    private final Label sentence = new Label();
    private final Label problem = new Label();
    private boolean syncing;

    GradientControls(BackwardViewModel backward) {
        this.backward = backward;
        setSpacing(6);
        source.getItems().setAll(GradientSource.values());
        source.setId("gradientSource");
        source.setConverter(StepperText.converter(source.getItems(), GradientSource::label));
        Controls.tooltip(source, "Where dL/dY, the gradient arriving at each output cell, comes from");
        source.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                backward.setSource(b);
            }
        });
        preset.getItems().setAll(KernelPreset.values());
        preset.setId("targetPreset");
        preset.setConverter(StepperText.converter(preset.getItems(), p -> "t = " + p.label() + " of the input"));
        Controls.tooltip(preset, "The target t is what this preset kernel makes of the same input");
        preset.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                backward.setPreset(b);
            }
        });
        digit.setId("networkDigit");
        org.receptive.ui.common.Fields.editable(digit);
        digit.setPrefWidth(90);
        Controls.tooltip(digit, "Which MNIST test digit the network reads (its label is the right answer)");
        group.getItems().setAll(List.of(0, 1, 2, 3));
        group.setId("networkKernels");
        group.setConverter(StepperText.converter(group.getItems(), g -> "kernels " + (4 * g + 1) + "–" + (4 * g + 4) + " of 16"));
        Controls.tooltip(group, "Which four of the first layer's sixteen kernels the stepper holds");
        load.setId("loadNetwork");
        Controls.tooltip(load, "Put this digit and these kernels of the network's first layer in the stepper");
        load.setOnAction(e -> backward.useNetwork(digit.getValue(), group.getValue() == null ? 0 : group.getValue()));
        rate.setId("learningRate");
        rate.setPrefColumnCount(6);
        rate.setTooltip(new Tooltip("How far one step goes: W ← W − η·dL/dW. The suggested value never overshoots a target;"
                + " type your own and press Enter"));
        rate.setOnAction(e -> commitRate());
        NumberFields.check(NumberFields.support(rate), rate, StepperText.LIMIT, SgdStep::usableRate,
                "A learning rate above 0 and at most 100, such as 0.01 or 1e-3; anything else puts the old one back");
        rate.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitRate();
            }
        });
        Button step = new Button("Take one step");
        step.setId("takeStep");
        step.setTooltip(new Tooltip("W ← W − η·dL/dW and b ← b − η·dL/db for every kernel: one step of gradient descent"
                + " (undo with Ctrl+Z)"));
        step.setOnAction(e -> backward.takeStep());
        step.setDefaultButton(false);
        sentence.setId("gradientSentence");
        sentence.setWrapText(true);
        sentence.getStyleClass().add("note");
        problem.setId("gradientProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        FlowPane row = new FlowPane(8, 6, new Label("dL/dY from"), source, preset, digit, group, load, rateLabel, rate, step);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, sentence, problem);
    }

    /** Presenting keeps the choice of gradient and the step, not the typed learning rate. */
    void setPresenting(boolean presenting) {
        for (var n : List.of(rate, rateLabel)) {
            n.setVisible(!presenting);
            n.setManaged(!presenting);
        }
    }

    void refresh() {
        syncing = true;
        GradientSource s = backward.source();
        source.setValue(s);
        preset.setValue(backward.preset());
        show(preset, s == GradientSource.PRESET_TARGET);
        for (var n : List.of(digit, group, load)) {
            show(n, s == GradientSource.NETWORK);
        }
        if (s == GradientSource.NETWORK) {
            digit.getValueFactory().setValue(backward.networkDigit());
            group.setValue(backward.networkGroup());
        }
        Fields.showText(rate, StepperText.plain(backward.learningRate()));
        float loss = backward.loss();
        sentence.setText(Float.isNaN(loss) ? "" : "Loss now " + StepperText.significant(loss) + ".   " + backward.sourceSentence() + ".");
        problem.setText(backward.problem());
        syncing = false;
    }

    private void commitRate() {
        Float v = StepperText.parse(rate.getText());
        if (v == null || !backward.setLearningRate(v)) {
            rate.setText(StepperText.plain(backward.learningRate()));   // not a usable rate: the old one comes back
        }
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
