package org.receptive.ui.stepper;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.validation.ValidationSupport;
import org.receptive.stepper.Grids;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Step;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.NumberFields;

/**
 * The kernel being swept, one editable grid per input channel: type a weight and press Enter (or
 * leave the field). Presets, random weights and the default model's learned kernels fill every
 * slice at once. With several kernels, a row of buttons names them and marks the one in use;
 * choosing one moves the sweep to its first position.
 */
final class KernelEditor extends VBox {

    private final StepperViewModel model;
    private final Label title = new Label();
    private final HBox chooser = new HBox(4);
    {
        chooser.setAlignment(Pos.CENTER_LEFT);
    }
    private final VBox slices = new VBox(8);
    private final TextField bias = new TextField();
    private TextField[][][] fields = new TextField[0][][];   // (C, k, k)
    private int shownKernel = -1;
    private float[][][] shownWeights;   // the numbers the fields show, (C, k, k)
    private double fontPx = 14;
    private int learnedNext = 0;
    private final FlowPane tools;

    KernelEditor(StepperViewModel model) {
        this.model = model;
        getStyleClass().add("kernel-editor");
        setSpacing(8);
        title.getStyleClass().add("grid-title");
        bias.setId("bias");
        bias.setPrefColumnCount(4);
        Controls.tooltip(bias, "The bias is added to the sum of products before the activation");
        bias.setOnAction(e -> commitBias());
        bias.focusedProperty().addListener((o, was, now) -> { if (!now) { commitBias(); } });
        // The bias stays through every reshape, so it has a support of its own for good: registered with
        // each shape's support, its text listeners kept every old support and the old fields alive.
        // Its number first: checked while still empty, it was marked, and ControlsFX left the mark's
        // icon beside it once the number came (the dashed border went).
        bias.setText(StepperText.cellNumber(model.bias()[kernel()]));
        NumberFields.check(NumberFields.support(bias), bias, StepperText.LIMIT, v -> true, WANTED);
        Label biasLabel = new Label("bias b =");
        HBox biasRow = new HBox(6, biasLabel, bias);
        biasRow.setAlignment(Pos.CENTER_LEFT);

        MenuButton presets = new MenuButton("Presets");
        presets.setId("kernelPresets");
        Controls.tooltip(presets, "Classic hand-made kernels, in every channel of this kernel");
        for (KernelPreset p : KernelPreset.values()) {
            MenuItem item = new MenuItem(p.label() + " — " + p.description());
            item.setId("preset-" + p.name());
            item.setOnAction(e -> model.edits().preset(kernel(), p));
            presets.getItems().add(item);
        }
        Button random = new Button("Random");
        Controls.tooltip(random, "Random weights between −1 and 1");
        random.setOnAction(e -> model.edits().randomKernel(kernel()));
        Button learned = new Button("Learned");
        learned.setId("learnedKernel");
        learned.setTooltip(new Tooltip("A 5×5 kernel the default model learned in its first layer; a smaller kernel becomes "
                + "5×5 to hold all of it"
                + " (click again for the next of 16)"));
        learned.setOnAction(e -> model.edits().learnedKernel(kernel(), learnedNext++));
        tools = new FlowPane(6, 6, presets, random, learned);
        tools.setPrefWrapLength(240);
        getChildren().addAll(title, chooser, slices, biasRow, tools);
    }

    FlowPane tools() {
        return tools;
    }

    /** The kernel shown: the one being swept, or the first before the sweep starts. */
    int kernel() {
        Step s = model.current();
        return s == null ? 0 : s.kernel();
    }

    /** Rebuilds the fields after a change of shape. */
    void rebuild(double fieldSize) {
        float[][][][] k = model.kernels();
        int channels = k[0].length, size = k[0][0].length;
        chooser.getChildren().clear();
        if (k.length > 1) {
            chooser.getChildren().add(new Label("Kernel"));
            for (int n = 0; n < k.length; n++) {
                int which = n;
                Button b = new Button(Integer.toString(n + 1));
                b.setId("chooseKernel-" + n);
                Controls.tooltip(b, "Show kernel " + (n + 1) + " and move the sweep to its first position");
                b.setOnAction(e -> model.jumpToOutput(which, 0, 0));
                chooser.getChildren().add(b);
            }
        }
        slices.getChildren().clear();
        fields = new TextField[channels][size][size];
        // Wide enough for "−0.16" in a font that still reads: the smallest cells get a smaller
        // font rather than a clipped number.
        double w = Math.max(fieldSize, 40), h = Math.max(fieldSize * 0.8, 26);
        fontPx = Math.min(15, (w - 6) / 3.3);
        for (int c = 0; c < channels; c++) {
            GridPane grid = new GridPane();
            grid.setHgap(2);
            grid.setVgap(2);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    TextField f = new TextField();
                    f.setId("weight-" + c + "-" + y + "-" + x);
                    f.setPrefSize(w, h);
                    f.setMinSize(w, h);
                    f.setMaxSize(w, h);
                    f.setAlignment(Pos.CENTER);
                    f.getStyleClass().add("weight-field");
                    int ch = c, ky = y, kx = x;
                    f.setOnAction(e -> commitWeight(f, ch, ky, kx));
                    f.focusedProperty().addListener((o, was, now) -> {
                        if (now) {
                            javafx.application.Platform.runLater(f::selectAll);   // typing replaces the weight, as in a spreadsheet
                        } else {
                            commitWeight(f, ch, ky, kx);
                        }
                    });
                    fields[c][y][x] = f;
                    grid.add(f, x, y);
                }
            }
            slices.getChildren().add(channels == 1 ? grid : new VBox(2, new Label(StepperText.channelName(c, channels)), grid));
        }
        shownKernel = -1;
        refresh();
        // A support for this shape's fields alone: with the fields, it goes at the next reshape.
        TextField[][] lastSlice = fields[channels - 1];
        ValidationSupport checks = NumberFields.support(lastSlice[size - 1][size - 1]);
        for (TextField[][] slice : fields) {
            for (TextField[] row : slice) {
                for (TextField f : row) {
                    NumberFields.check(checks, f, StepperText.LIMIT, v -> true, WANTED);
                }
            }
        }
    }

    /** What a weight field takes, said on its mark while the text is not that. */
    static final String WANTED = "A number from −1000 to 1000, such as −0.25, 0,5 or 2; anything else puts the old one back";

    /** Writes the current numbers into the fields (not into one being typed in). */
    void refresh() {
        int n = kernel();
        float[][][][] k = model.kernels();
        if (n >= k.length || fields.length != k[n].length || fields.length == 0 || fields[0].length != k[n][0].length) {
            return;
        }
        title.setText(k.length == 1 ? "Kernel" : "Kernel " + (n + 1) + " of " + k.length + ", being swept");
        for (var node : chooser.getChildren()) {
            boolean current = ("chooseKernel-" + n).equals(node.getId());
            if (current != node.getStyleClass().contains("current-kernel")) {   // only on change: a class change re-runs CSS
                if (current) {
                    node.getStyleClass().add("current-kernel");
                } else {
                    node.getStyleClass().remove("current-kernel");
                }
            }
        }
        String b = StepperText.cellNumber(model.bias()[n]);
        if ((!bias.isFocused() || n != shownKernel) && !b.equals(bias.getText())) {
            bias.setText(b);
        }
        if (n == shownKernel && java.util.Arrays.deepEquals(k[n], shownWeights)) {
            return;   // the usual case while playing: styling 147 fields anew each step was a third of the UI thread's time
        }
        double m = GridPicture.magnitude(k[n]);
        for (int c = 0; c < fields.length; c++) {
            for (int y = 0; y < fields[c].length; y++) {
                for (int x = 0; x < fields[c][y].length; x++) {
                    TextField f = fields[c][y][x];
                    float v = k[n][c][y][x];
                    String text = StepperText.cellNumber(v);
                    if ((!f.isFocused() || n != shownKernel) && !text.equals(f.getText())) {
                        f.setText(text);
                    }
                    Color fill = ColorMap.DIVERGING.of(v, -m, m);
                    String style = String.format(Locale.ROOT, "-fx-control-inner-background: %s; -fx-text-fill: %s; -fx-font-size: %.1fpx;",
                            web(fill), fill.getBrightness() < 0.55 ? "white" : "black", fontPx);
                    if (!style.equals(f.getStyle())) {
                        f.setStyle(style);   // only on change: a new style re-runs CSS on the field
                    }
                }
            }
        }
        shownKernel = n;
        shownWeights = Grids.copy(k[n]);
    }

    private void commitWeight(TextField f, int c, int y, int x) {
        float[][][][] k = model.kernels();
        if (c >= k[0].length || y >= k[0][0].length || x >= k[0][0].length) {
            return;   // a field of the layout before a change of shape, losing focus as it goes
        }
        String shown = StepperText.cellNumber(k[kernel()][c][y][x]);
        if (f.getText().equals(shown)) {
            return;   // unchanged: the text is the weight rounded, and writing it back would round the weight
        }
        Float v = StepperText.parse(f.getText());
        if (v == null) {
            f.setText(shown);   // not a number: put the old one back
        } else {
            model.edits().setWeight(kernel(), c, y, x, v);
        }
    }

    private void commitBias() {
        String shown = StepperText.cellNumber(model.bias()[kernel()]);
        if (bias.getText().equals(shown)) {
            return;   // unchanged, as for a weight
        }
        Float v = StepperText.parse(bias.getText());
        if (v == null) {
            bias.setText(shown);
        } else {
            model.edits().setBias(kernel(), v);
        }
    }


    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
