package org.receptive.ui.cortex;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.receptive.cortex.CortexText;
import org.receptive.cortex.KernelSet;
import org.receptive.ui.common.ShrinkToFit;

/**
 * The visual-cortex lab: the visual field with its stimulus, the sheet of oriented neurons that
 * light up by their response, the picked neuron's tuning curve, and second-layer units that
 * combine orientations. Builds nodes and forwards events; all state lives in {@link CortexLabModel}.
 * The columns wrap, so the same view fits inline in a lesson.
 */
public final class CortexLabView extends BorderPane implements org.receptive.ui.common.Presentable {

    private final CortexLabModel model;
    private final boolean compact;
    private final TuningCurvePlot plot;
    private final Label tuningTitle = new Label();
    private NeuronSheetPanel sheet;
    private VisualFieldPanel field;

    /** The full-window lab. */
    public CortexLabView(CortexLabModel model) {
        this(model, false);
    }

    /** {@code compact} draws smaller cells so all three columns fit beside each other in a lesson's reading column. */
    public CortexLabView(CortexLabModel model, boolean compact) {
        this.model = model;
        this.compact = compact;
        this.plot = compact ? new TuningCurvePlot(290, 230) : new TuningCurvePlot(440, 280);
        getStyleClass().add("cortex-lab");
        if (compact) {
            getStyleClass().add("compact");
        }
        getStylesheets().add(CortexLabView.class.getResource("/org/receptive/ui/cortex/cortex.css").toExternalForm());
        createView();
        init();
    }

    private void createView() {
        field = new VisualFieldPanel(model, compact ? 8 : 12);
        sheet = new NeuronSheetPanel(model, compact ? 17 : 26);
        Label title = new Label("Tuning curve");
        title.getStyleClass().add("lab-title");
        tuningTitle.setId("tuningTitle");
        tuningTitle.getStyleClass().add("tuning-title");
        tuningTitle.setWrapText(true);
        tuningTitle.setMaxWidth(plot.getWidth());
        plot.setId("tuningPlot");
        SecondLayerPanel second = new SecondLayerPanel(model, compact ? 110 : 220);
        FlowPane columns = new FlowPane(compact ? 10 : 18, 12);
        if (compact) {
            // In a lesson only two columns fit side by side: the part the lesson is about comes
            // right after the visual field, the rest wraps below.
            VBox tuning = column(title, tuningTitle, plot);
            VBox layer2 = column(second);
            Node[] order = switch (model.emphasis()) {
                case "tuning" -> new Node[] {field, tuning, sheet, layer2};
                case "second-layer" -> new Node[] {field, layer2, sheet, tuning};
                default -> new Node[] {field, sheet, tuning, layer2};
            };
            columns.getChildren().addAll(order);
        } else {
            columns.getChildren().addAll(field, sheet, column(title, tuningTitle, plot, second));
        }
        columns.getStyleClass().add("lab-columns");
        Label status = new Label();
        status.setId("labStatus");
        status.getStyleClass().add("lab-status");
        status.setWrapText(true);
        status.textProperty().bind(model.descriptionProperty());
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The state in words sits right under the lab, not at the far bottom of a tall window.
        // Full-window, the visual field and the sheet stay side by side: zoomed in on a projector
        // (250% of 1920 leaves 768 px) they are drawn a little smaller rather than the sheet
        // wrapping below the field, out of sight while the class moves the bar.
        Node shown = compact ? columns : new ShrinkToFit(columns, () -> columns.snappedLeftInset() + columns.snappedRightInset()
                + field.prefWidth(-1) + columns.getHgap() + sheet.prefWidth(-1));
        VBox lab = new VBox(4, shown, status);
        if (compact) {
            setCenter(lab);   // the lesson's page scrolls
        } else {
            // Zoomed in, the columns wrap below each other: the lab scrolls down to them.
            javafx.scene.control.ScrollPane scroll = new org.receptive.ui.common.LiveScrollPane(lab);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("lab-scroll");
            setCenter(scroll);
            // The field and the sheet shrink together to fit (ShrinkToFit) and the lab scrolls up and down.
            org.receptive.ui.classroom.ZoomPane.reflowsDownTo(this,
                    org.receptive.ui.classroom.ZoomPane.SMALL_WINDOW_WIDTH, org.receptive.ui.classroom.ZoomPane.SMALL_WINDOW_HEIGHT);
        }
    }

    private static VBox column(Node... children) {
        VBox box = new VBox(8, children);
        box.getStyleClass().addAll("card", "lab-column");
        return box;
    }

    private void init() {
        model.tuningProperty().addListener((o, was, now) -> redrawTuning());
        model.angleProperty().addListener((o, was, now) -> redrawTuning());
        redrawTuning();
    }

    private void redrawTuning() {
        CortexLabModel.NeuronPick p = model.selectedProperty().get();
        var curve = model.tuningProperty().get();
        plot.show(curve, model.angleProperty().get());
        String who = model.kernelsProperty().get() == KernelSet.LEARNED
                ? "Learned " + model.kindLabel(p.kind()).replace(" (", ", placed at ").replace(")", ",")
                : "The " + model.kindLabel(p.kind()) + " neuron";
        String how = model.kernelsProperty().get() == KernelSet.LEARNED
                ? String.format(Locale.ROOT, " Selectivity %.1f: training found this orientation on its own. "
                        + "At each angle the bar was moved across the field and the best response kept: slide the bar to find it.",
                        curve.modulation())
                : " Measured live by sweeping a bar through its field.";
        tuningTitle.setText(String.format(Locale.ROOT, "%s at row %d, column %d peaks at %.0f°.", who, p.row(), p.col(),
                curve.preferred()) + how);
        plot.setAccessibleText(tuningTitle.getText() + String.format(Locale.ROOT, " At %.0f° it gives %s.",
                model.angleProperty().get(), CortexText.response(TuningCurvePlot.valueAt(curve, model.angleProperty().get()),
                        model.referenceResponse())));
    }

    /** Presenting keeps the field, the sheet, the tuning curve and the combining units; switches and hints go. */
    @Override
    public void setPresenting(boolean presenting) {
        field.setPresenting(presenting);
        sheet.setPresenting(presenting);
    }

    public CortexLabModel model() {
        return model;
    }
}
