package org.receptive.ui.draw;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.receptive.data.PreprocessedDigit;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;

/**
 * How the drawing becomes the network's input, as five small pictures drawn from the very
 * numbers of each stage: the drawing as ink values, the ink's bounding box, the ink scaled into
 * 20×20, the shift that puts its centre of mass in the middle, and the final 28×28 grid (on which
 * the selected neuron's receptive field is outlined). Its "Hide steps" button folds it to its
 * title, so a short view (zoomed in) can give the maps its room.
 */
final class PreprocessingStrip extends VBox {

    static final double PICTURE = 90, INPUT_CELL = 5.5;
    private static final Color MASS = Color.web("#ff9f1c"), CENTRE = Color.web("#35b779");

    private final DrawViewModel model;
    private final Canvas drawing = new Canvas(PICTURE, PICTURE);
    private final Canvas box = new Canvas(PICTURE, PICTURE);
    private final HeatmapView fitted = new HeatmapView(PICTURE / PreprocessedDigit.FIT);
    private final Canvas shift = new Canvas(PICTURE, PICTURE);
    private final HeatmapView input = new HeatmapView(INPUT_CELL);
    private final Label boxText = new Label(), fittedText = new Label(), shiftText = new Label();
    private final javafx.scene.control.ToggleButton open = org.receptive.ui.common.Controls.toggle("preprocessingOpen", "Hide steps",
            "Show or hide the five steps that turn your drawing into the network's 28×28 input");

    PreprocessingStrip(DrawViewModel model) {
        super(8);
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().addAll("card", "preprocessing");
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        input.setId("input");
        input.getStyleClass().add("input-image");
        input.setHoverText((r, c, v) -> String.format(Locale.ROOT, "input row %d, column %d: %.2f", r, c, v));
        fitted.setHoverText((r, c, v) -> String.format(Locale.ROOT, "row %d, column %d: %.2f", r, c, v));
        ColorLegend legend = new ColorLegend("ink: 0 = paper, 1 = full stroke", 28 * INPUT_CELL);
        legend.show(ColorMap.GREY, 0, 1);
        // The steps wrap onto a second row when the column is narrow (zoomed in), rather than
        // pushing the answer out of the window.
        javafx.scene.layout.FlowPane steps = new javafx.scene.layout.FlowPane(6, 10,
                step("1 · Drawing", "as numbers: ink 1 (white), paper 0", drawing,
                        "The pad as grey values, ink bright: the way MNIST stores digits"),
                arrow(),
                step("2 · Ink box", boxText, box, "The smallest box holding every inked pixel; the paper around it is dropped"),
                arrow(),
                step("3 · Fit 20×20", fittedText, framed(fitted),
                        "The box is scaled to fit 20×20, keeping its shape: thin and thick strokes both become grey levels"),
                arrow(),
                step("4 · Centre", shiftText, shift,
                        "The scaled ink is placed in 28×28 so its centre of mass (orange dot) sits on the middle (green cross), "
                                + "as in MNIST"),
                arrow(),
                new VBox(4, caption("5 · Input 28×28"), input, legend));
        steps.getStyleClass().add("steps");
        steps.setAlignment(Pos.TOP_LEFT);
        steps.setRowValignment(javafx.geometry.VPos.TOP);
        open.setSelected(true);
        // Folded, the title is one short line beside the button rather than five at 250%.
        title.textProperty().bind(javafx.beans.binding.Bindings.when(open.selectedProperty())
                .then("What the network is given: your drawing, step by step").otherwise("What the network is given"));
        open.textProperty().bind(javafx.beans.binding.Bindings.when(open.selectedProperty()).then("Hide steps").otherwise("Show steps"));
        steps.visibleProperty().bind(open.selectedProperty());
        steps.managedProperty().bind(open.selectedProperty());
        javafx.scene.layout.HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(10, title, open);
        head.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(head, steps);
    }

    /** Open for good, without the button: on a lesson's page, which scrolls and whose text points at the steps. */
    void keepOpen() {
        open.setSelected(true);
        open.setVisible(false);
        open.setManaged(false);
    }

    /** Folded when the view turns narrow, open when it turns wide; kept open (a lesson's) it stays open. */
    void foldWhenNarrow(boolean narrow) {
        if (open.isManaged()) {
            open.setSelected(!narrow);
        }
    }

    /** Whether the five steps are shown, or only the title and the button that shows them. */
    javafx.beans.property.BooleanProperty openProperty() {
        return open.selectedProperty();
    }

    private static VBox step(String title, String text, Node picture, String tip) {
        Label t = new Label(text);
        return step(title, t, picture, tip);
    }

    private static VBox step(String title, Label text, Node picture, String tip) {
        text.getStyleClass().add("step-text");
        text.setWrapText(true);
        text.setMaxWidth(PICTURE + 10);
        VBox v = new VBox(4, caption(title), picture, text);
        v.getStyleClass().add("step");
        Tooltip.install(v, new Tooltip(tip));
        return v;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("step-title");
        l.setWrapText(true);
        l.setMaxWidth(PICTURE + 12);
        l.setMinHeight(40);   // two lines for every title, so the five pictures line up
        l.setAlignment(Pos.BOTTOM_LEFT);
        return l;
    }

    private static Label arrow() {
        Label a = new Label("→");
        a.getStyleClass().add("step-arrow");
        return a;
    }

    /** A PICTURE-sized black square with the node centred in it (the 20×20 box, drawn to scale). */
    private static StackPane framed(Node n) {
        StackPane p = new StackPane(n);
        p.getStyleClass().add("fit-frame");
        p.setMinSize(PICTURE, PICTURE);
        p.setMaxSize(PICTURE, PICTURE);
        return p;
    }

    private void init() {
        model.preprocessedProperty().addListener((o, was, now) -> show(now));
        model.networkModel().fieldsProperty().addListener((o, was, now) -> input.setHighlight(now.get(0)));
        show(model.preprocessedProperty().get());
    }

    private void show(PreprocessedDigit p) {
        Image grey = Pictures.grey(p.grey(), p.height(), p.width());
        double s = PICTURE / Math.max(p.height(), p.width());
        double ox = (PICTURE - s * p.width()) / 2, oy = (PICTURE - s * p.height()) / 2;
        for (Canvas c : new Canvas[] {drawing, box}) {
            GraphicsContext g = c.getGraphicsContext2D();
            g.setFill(Color.BLACK);
            g.fillRect(0, 0, PICTURE, PICTURE);
            g.setImageSmoothing(true);
            g.drawImage(grey, ox, oy, s * p.width(), s * p.height());
        }
        input.show(p.pixels(), 0, PreprocessedDigit.SIDE, PreprocessedDigit.SIDE, ColorMap.GREY, 0, 1);
        input.setHighlight(model.networkModel().fieldsProperty().get().get(0));
        GraphicsContext sg = shift.getGraphicsContext2D();
        sg.setFill(Color.BLACK);
        sg.fillRect(0, 0, PICTURE, PICTURE);
        if (p.isEmpty()) {
            fitted.show(new float[PreprocessedDigit.FIT * PreprocessedDigit.FIT], 0, PreprocessedDigit.FIT, PreprocessedDigit.FIT,
                    ColorMap.GREY, 0, 1);
            boxText.setText("no ink yet");
            fittedText.setText("");
            shiftText.setText("");
            return;
        }
        PreprocessedDigit.Box b = p.box();
        GraphicsContext bg = box.getGraphicsContext2D();
        bg.setStroke(MASS);
        bg.setLineWidth(2);
        bg.strokeRect(ox + b.left() * s, oy + b.top() * s, b.width() * s, b.height() * s);
        boxText.setText(b.width() + " × " + b.height() + " pixels of ink");
        fitted.show(p.fitted(), 0, p.fittedHeight(), p.fittedWidth(), ColorMap.GREY, 0, 1);
        fittedText.setText(p.fittedWidth() + " × " + p.fittedHeight() + " (scaled by "
                + String.format(Locale.ROOT, "%.2f", (double) p.fittedHeight() / b.height()) + ")");
        paintShift(sg, p);
    }

    /** The scaled ink placed by its box's centre, its centre of mass, and the move to the middle. */
    private void paintShift(GraphicsContext g, PreprocessedDigit p) {
        double cell = PICTURE / PreprocessedDigit.SIDE;
        int top = (PreprocessedDigit.SIDE - p.fittedHeight()) / 2, left = (PreprocessedDigit.SIDE - p.fittedWidth()) / 2;
        g.drawImage(Pictures.grey(p.fitted(), p.fittedHeight(), p.fittedWidth()), left * cell, top * cell,
                p.fittedWidth() * cell, p.fittedHeight() * cell);
        // Pixel centres: value index i sits at (i + 0.5) cells.
        double mx = (left + p.massX() + 0.5) * cell, my = (top + p.massY() + 0.5) * cell;
        double cx = (p.left() + p.massX() + 0.5) * cell, cy = (p.top() + p.massY() + 0.5) * cell;   // where it goes
        g.setStroke(CENTRE);
        g.setLineWidth(2);
        g.strokeLine(cx - 6, cy, cx + 6, cy);
        g.strokeLine(cx, cy - 6, cx, cy + 6);
        g.setStroke(MASS);
        g.strokeLine(mx, my, cx, cy);
        g.setFill(MASS);
        g.fillOval(mx - 4, my - 4, 8, 8);
        int dy = p.top() - top, dx = p.left() - left;
        shiftText.setText(dx == 0 && dy == 0 ? "already centred"
                : "moved " + describe(dx, "right", "left") + (dx != 0 && dy != 0 ? ", " : "") + describe(dy, "down", "up"));
    }

    private static String describe(int d, String plus, String minus) {
        return d == 0 ? "" : Math.abs(d) + " px " + (d > 0 ? plus : minus);
    }

    /** The 28×28 input picture, for tests. */
    HeatmapView input() {
        return input;
    }
}
