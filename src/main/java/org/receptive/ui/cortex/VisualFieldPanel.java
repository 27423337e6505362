package org.receptive.ui.cortex;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.SegmentedButton;
import org.receptive.cortex.StimulusKind;
import org.receptive.ui.common.Choices;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.Rect;

/**
 * The visual field and the stimulus controls: which stimulus, its angle (slider, mouse wheel or
 * [ and ] keys), its place (drag, or arrow keys when the field has the focus). The picked neuron's
 * receptive field is outlined in red; neighbouring fields, every field of the sheet at once, and
 * a second-layer unit's larger field are drawn over it in colour-blind-safe colours. For a digit,
 * a spinner picks which MNIST test digit.
 */
final class VisualFieldPanel extends VBox {

    // Okabe and Ito's palette: distinguishable with every common colour-vision deficiency.
    private static final Color[] NEIGHBOURS = {Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"),
        Color.web("#F0E442"), Color.web("#0072B2"), Color.web("#CC79A7")};
    private static final Color UNIT = Color.web("#56B4E9");
    // Fields next to each other (by row and column parity) differ in colour, so each one's edges can be followed.
    private static final Color[] TILING = {Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"), Color.web("#F0E442")};

    private final CortexLabModel model;
    private final double cell;
    private final HeatmapView field;
    private final Canvas overlay = new Canvas();
    private final Label hint = new Label();

    VisualFieldPanel(CortexLabModel model, double cell) {
        this.model = model;
        this.cell = cell;
        this.field = new HeatmapView(cell);
        getStyleClass().addAll("card", "lab-column");
        createView();
    }

    /** The outline switches and the hint: presenting drops them (the stimulus and its angle stay, they drive the lab). */
    private javafx.scene.Node[] editing;

    void setPresenting(boolean presenting) {
        org.receptive.ui.common.Presentable.dropWhilePresenting(presenting, editing);
    }

    private void createView() {
        Label title = new Label("Visual field");
        title.getStyleClass().add("lab-title");
        SegmentedButton kinds = Choices.segmented(model.stimulusProperty(), List.of(StimulusKind.values()),
                k -> "stimulus-" + k.name().toLowerCase(java.util.Locale.ROOT), StimulusKind::label, StimulusKind::tooltip);
        Slider angle = new Slider(0, 180, model.angleProperty().get());
        angle.setId("angle");
        angle.setMajorTickUnit(45);
        angle.setMinorTickCount(2);
        angle.setShowTickMarks(true);
        angle.setShowTickLabels(true);
        angle.setBlockIncrement(5);
        angle.setPrefWidth(200);
        angle.setTooltip(new Tooltip("The stimulus's angle: 0° is horizontal, 90° vertical (also: mouse wheel, [ and ] keys)"));
        angle.valueProperty().bindBidirectional(model.angleProperty());
        Label angleText = new Label();
        angleText.getStyleClass().add("angle-text");
        angleText.textProperty().bind(model.angleProperty().asString("%.0f°"));
        HBox angleRow = new HBox(8, new Label("Angle"), angle, angleText);
        angleRow.setAlignment(Pos.CENTER_LEFT);
        // A digit is shown upright, as the network saw it: the angle applies to the other stimuli.
        angleRow.disableProperty().bind(model.stimulusProperty().isEqualTo(StimulusKind.DIGIT));
        HBox digitRow = digitChooser();

        field.setId("visualField");
        field.setFocusTraversable(true);
        field.setHoverText(null);
        field.setAccessibleText("Visual field");
        overlay.setMouseTransparent(true);
        StackPane stack = new StackPane(field, overlay);
        stack.getStyleClass().add("field-frame");
        stack.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        field.focusedProperty().addListener((o, was, now) -> stack.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("focused"), now));
        field.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            field.requestFocus();
            moveTo(e);
        });
        field.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveTo);
        field.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                model.turn(e.getDeltaY() > 0 ? 5 : -5);
                e.consume();
            }
        });
        field.setOnKeyPressed(e -> {
            KeyCode c = e.getCode();
            double y = model.centreYProperty().get(), x = model.centreXProperty().get();
            switch (c) {
                case UP -> model.moveTo(y - 1, x);
                case DOWN -> model.moveTo(y + 1, x);
                case LEFT -> model.moveTo(y, x - 1);
                case RIGHT -> model.moveTo(y, x + 1);
                case OPEN_BRACKET -> model.turn(-5);
                case CLOSE_BRACKET -> model.turn(5);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Tooltip.install(field, new Tooltip("Drag to move the bar, scroll to turn it; arrow keys and [ ] work too"));

        CheckBox neighbours = new CheckBox("Show neighbouring fields");
        neighbours.setId("showNeighbours");
        neighbours.setTooltip(new Tooltip("Outline the fields of the picked neuron's eight neighbours: they overlap and tile the field"));
        neighbours.selectedProperty().bindBidirectional(model.showNeighboursProperty());
        CheckBox all = new CheckBox("Show all fields");
        all.setId("showAllFields");
        all.setTooltip(new Tooltip("Outline every neuron's field at once: together they overlap and tile the whole visual field"));
        all.selectedProperty().bindBidirectional(model.showAllFieldsProperty());
        hint.getStyleClass().add("lab-hint");
        hint.setWrapText(true);
        HBox outlines = new HBox(14, neighbours, all);
        editing = new javafx.scene.Node[] {outlines, hint};
        getChildren().addAll(title, kinds, angleRow, digitRow, stack, outlines, hint);

        // Not on the pick or the unit themselves: the model redraws the field after each (a new
        // field array every time), once the pick, the unit and the kernel set agree; mid-swap
        // they do not, and a 135° pick met the learned set's three kinds.
        model.fieldProperty().addListener((o, was, now) -> redraw());
        model.showNeighboursProperty().addListener((o, was, now) -> redraw());
        model.showAllFieldsProperty().addListener((o, was, now) -> redraw());
        redraw();
    }

    /** Which MNIST test digit: a spinner over the 10,000 indices and the digit's label beside it. */
    private HBox digitChooser() {
        Spinner<Integer> index = new Spinner<>(0, 9999, model.digitProperty().get());
        index.setId("digitIndex");
        org.receptive.ui.common.Fields.editable(index);
        index.setPrefWidth(100);
        index.setTooltip(new Tooltip("Which of the 10,000 MNIST test digits to show"));
        index.valueProperty().addListener((o, was, now) -> model.digitProperty().set(now));
        model.digitProperty().addListener((o, was, now) -> index.getValueFactory().setValue(now.intValue()));
        Label label = new Label();
        label.getStyleClass().add("angle-text");
        Runnable relabel = () -> label.setText("a " + model.digitLabel());
        model.digitProperty().addListener((o, was, now) -> relabel.run());
        relabel.run();
        HBox row = new HBox(8, new Label("Test digit"), index, label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.stimulusProperty().isEqualTo(StimulusKind.DIGIT));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void moveTo(MouseEvent e) {
        model.moveTo(e.getY() / cell - 0.5, e.getX() / cell - 0.5);
    }

    private void redraw() {
        float[][] f = model.fieldProperty().get();
        field.show(f, ColorMap.GREY, 0, 1);
        field.setHighlight(model.selectedField());
        field.setAccessibleText(model.descriptionProperty().get());
        overlay.setWidth(field.getWidth());
        overlay.setHeight(field.getHeight());
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        int side = model.fieldSide();
        hint.setText("Red: the picked neuron's receptive field (" + side + "×" + side + ")"
                + (model.showAllFieldsProperty().get() ? "; thin: all " + model.allFields().size() + " fields of its kind" : ""));
        hint.setMaxWidth(f.length * cell);
        if (model.showAllFieldsProperty().get()) {
            int cols = model.sheetCols(), i = 0;
            for (Rect r : model.allFields()) {
                int row = i / cols, col = i % cols;
                // Insets alternate too, so two neighbours' parallel edges never merge into one line.
                outline(g, r, TILING[(row % 2) * 2 + col % 2], 1.5, 1 + 1.5 * ((row + col) % 2));
                i++;
            }
        }
        if (model.showNeighboursProperty().get()) {
            List<Rect> rects = model.neighbourFields();
            Rect own = model.selectedField();
            int i = 0;
            for (Rect r : rects) {
                if (!r.equals(own)) {
                    // Each outline inset by a different amount, so overlapping edges stay apart.
                    outline(g, r, NEIGHBOURS[i % NEIGHBOURS.length], 2, 1.5 + (i % 3));
                    i++;
                }
            }
        }
        int unit = model.selectedUnitProperty().get();
        var units = model.unitStatesProperty().get();
        if (unit >= 0 && unit < units.size()) {
            Rect r = units.get(unit).field();
            g.setLineDashes(8, 5);
            outline(g, r, UNIT, 3, 0);
            g.setLineDashes();
        }
    }

    private void outline(GraphicsContext g, Rect r, Color c, double width, double inset) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.strokeRect(r.left() * cell + inset, r.top() * cell + inset, r.width() * cell - 2 * inset, r.height() * cell - 2 * inset);
    }

    HeatmapView field() {
        return field;
    }
}
