package org.receptive.ui.stepper;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.stepper.Activation;
import org.receptive.stepper.Mode;
import org.receptive.stepper.Setup;
import org.receptive.ui.common.Controls;

/**
 * The settings a student can turn: sizes, padding (with "valid" and "same"), stride, dilation,
 * channels, kernels, activation and cross-correlation versus convolution, plus the output-size
 * formula with the current numbers and, when the settings cannot work, why.
 */
final class SettingsPanel extends VBox {

    private final StepperViewModel model;
    private final Spinner<Integer> height = spinner("height", 3, 28, "Rows of the input grid (3 to 28)");
    private final Spinner<Integer> width = spinner("width", 3, 28, "Columns of the input grid (3 to 28)");
    private final CheckBox square = new CheckBox("square");
    private final Spinner<Integer> channels = spinner("channels", 1, 3, "Input channels, like the red, green and blue of a picture");
    private final Spinner<Integer> kernels = spinner("kernels", 1, 4, "How many kernels: each makes its own output feature map");
    private final Spinner<Integer> kernelSize = spinner("kernelSize", 1, 7, "The kernel is k×k weights (1 to 7)");
    private final Spinner<Integer> padding = spinner("padding", 0, 3, "Rings of zeros around the input, so the kernel can reach the edges");
    private final Spinner<Integer> stride = spinner("stride", 1, 4, "How many cells the kernel jumps between positions");
    private final Spinner<Integer> dilation = spinner("dilation", 1, 3,
            "Gaps between the kernel's cells: the kernel sees a wider area with the same weights");
    private final ChoiceBox<Activation> activation = new ChoiceBox<>();
    private final ChoiceBox<Mode> mode = new ChoiceBox<>();
    private final Label formulaRows = new Label(), formulaCols = new Label();
    private final Label problem = new Label();
    private boolean syncing;

    SettingsPanel(StepperViewModel model) {
        this.model = model;
        getStyleClass().add("settings");
        setSpacing(10);
        square.setSelected(true);
        Controls.tooltip(square, "Keep width equal to height");
        activation.getItems().setAll(Activation.values());
        activation.setId("activation");
        activation.setConverter(StepperText.converter(activation.getItems(), a -> a == Activation.RELU ? "ReLU: max(0, x)" : "none"));
        Controls.tooltip(activation, "Applied after the bias: ReLU turns negative sums into 0");
        mode.getItems().setAll(Mode.values());
        mode.setId("mode");
        mode.setConverter(StepperText.converter(mode.getItems(), m -> m == Mode.CONVOLUTION ? "true convolution (flipped)"
                : "cross-correlation"));
        mode.setTooltip(new Tooltip("Libraries compute cross-correlation and call it convolution: the kernel is learned,"
                + " so a flipped kernel is just another kernel, and skipping the flip is simpler."));

        Button valid = new Button("Valid");
        valid.setId("valid");
        Controls.tooltip(valid, "No padding: the kernel stays inside the input, so the output shrinks");
        valid.setOnAction(e -> apply(s -> s.withPadding(0)));
        Button same = new Button("Same");
        same.setId("same");
        Controls.tooltip(same, "Padding that keeps the output as large as the input (at stride 1)");
        same.setOnAction(e -> apply(s -> s.withPadding(Math.min(3, s.samePadding()))));

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // labels never shrink to "Chann…"
        g.getColumnConstraints().add(labels);
        int r = 0;
        g.addRow(r++, new Label("Height"), height);
        g.addRow(r++, new Label("Width"), new HBox(8, width, square));
        g.addRow(r++, new Label("Channels"), channels);
        g.addRow(r++, new Label("Kernels"), kernels);
        g.addRow(r++, new Label("Kernel size"), kernelSize);
        g.addRow(r++, new Label("Padding"), padding);
        g.add(new HBox(6, valid, same), 1, r++);
        g.addRow(r++, new Label("Stride"), stride);
        g.addRow(r++, new Label("Dilation"), dilation);
        g.addRow(r++, new Label("Activation"), activation);
        // Its own row under its name: "true convolution (flipped)" is wider than the column beside the labels.
        g.add(new Label("Operation"), 0, r++, 2, 1);
        g.add(mode, 0, r++, 2, 1);
        mode.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Label l : new Label[] {formulaRows, formulaCols}) {
            l.getStyleClass().add("formula");
            l.setWrapText(true);
        }
        formulaRows.setId("formula");
        problem.setId("problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label flipNote = new Label("Layers compute cross-correlation: the kernel is learned, so flipping it first would change nothing.");
        flipNote.setWrapText(true);
        flipNote.getStyleClass().add("note");
        Label title = new Label("Settings");
        title.getStyleClass().add("grid-title");
        getChildren().addAll(title, g, new Label("Output size"), formulaRows, formulaCols, problem, flipNote);
        setAlignment(Pos.TOP_LEFT);

        height.valueProperty().addListener((o, a, b) -> apply(s -> s.withInput(s.channels(), b, square.isSelected() ? b : s.width())));
        width.valueProperty().addListener((o, a, b) -> apply(s -> s.withInput(s.channels(), square.isSelected() ? b : s.height(), b)));
        channels.valueProperty().addListener((o, a, b) -> apply(s -> s.withInput(b, s.height(), s.width())));
        kernels.valueProperty().addListener((o, a, b) -> apply(s -> s.withKernels(b)));
        kernelSize.valueProperty().addListener((o, a, b) -> apply(s -> s.withKernelSize(b)));
        padding.valueProperty().addListener((o, a, b) -> apply(s -> s.withPadding(b)));
        stride.valueProperty().addListener((o, a, b) -> apply(s -> s.withStride(b)));
        dilation.valueProperty().addListener((o, a, b) -> apply(s -> s.withDilation(b)));
        activation.valueProperty().addListener((o, a, b) -> apply(s -> s.withActivation(b)));
        mode.valueProperty().addListener((o, a, b) -> apply(s -> s.withMode(b)));
        sync();
    }

    private void apply(java.util.function.UnaryOperator<Setup> change) {
        if (!syncing) {
            model.setSetup(change.apply(model.setup()));
            sync();
        }
    }

    /** Shows the model's settings (after a refusal, the old ones come back). */
    void sync() {
        syncing = true;
        Setup s = model.setup();
        height.getValueFactory().setValue(s.height());
        width.getValueFactory().setValue(s.width());
        channels.getValueFactory().setValue(s.channels());
        kernels.getValueFactory().setValue(s.kernels());
        kernelSize.getValueFactory().setValue(s.kernelSize());
        padding.getValueFactory().setValue(s.padding());
        stride.getValueFactory().setValue(s.stride());
        dilation.getValueFactory().setValue(s.dilation());
        activation.setValue(s.activation());
        mode.setValue(s.mode());
        formulaRows.setText(s.formula(true));
        formulaCols.setText(s.formula(false));
        syncing = false;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, String tip) {
        Spinner<Integer> sp = new Spinner<>(min, max, min);
        sp.setId(id);
        org.receptive.ui.common.Fields.editable(sp);
        sp.setPrefWidth(80);
        Controls.tooltip(sp, tip);
        return sp;
    }
}
