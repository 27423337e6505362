package org.receptive.ui.cortex;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The visual-cortex lab: the visual field with its stimulus, the sheet of oriented neurons that
 * light up by their response, the picked neuron's tuning curve, and second-layer units that
 * combine orientations. Builds nodes and forwards events; all state lives in {@link CortexLabModel}.
 * The columns wrap, so the same view fits inline in a lesson.
 */
public final class CortexLabView extends BorderPane {

    private final CortexLabModel model;
    private final TuningCurvePlot plot = new TuningCurvePlot(440, 280);
    private final Label tuningTitle = new Label();
    private NeuronSheetPanel sheet;
    private VisualFieldPanel field;

    public CortexLabView(CortexLabModel model) {
        this.model = model;
        getStyleClass().add("cortex-lab");
        getStylesheets().add(CortexLabView.class.getResource("/org/receptive/ui/cortex/cortex.css").toExternalForm());
        createView();
        init();
    }

    private void createView() {
        field = new VisualFieldPanel(model);
        sheet = new NeuronSheetPanel(model);
        Label title = new Label("Tuning curve");
        title.getStyleClass().add("lab-title");
        tuningTitle.setId("tuningTitle");
        tuningTitle.getStyleClass().add("tuning-title");
        tuningTitle.setWrapText(true);
        tuningTitle.setMaxWidth(plot.getWidth());
        plot.setId("tuningPlot");
        VBox right = new VBox(8, title, tuningTitle, plot, new SecondLayerPanel(model));
        right.getStyleClass().add("lab-column");
        FlowPane columns = new FlowPane(18, 18, field, sheet, right);
        columns.getStyleClass().add("lab-columns");
        Label status = new Label();
        status.setId("labStatus");
        status.getStyleClass().add("lab-status");
        status.setWrapText(true);
        status.textProperty().bind(model.descriptionProperty());
        // The state in words sits right under the lab, not at the far bottom of a tall window.
        setCenter(new VBox(4, columns, status));
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
        tuningTitle.setText(String.format(Locale.ROOT, "The %d° neuron at row %d, column %d peaks at %.0f°. "
                        + "Measured live by sweeping a bar through its field.",
                CortexLabModel.ORIENTATIONS[p.kind()], p.row(), p.col(), curve.preferred()));
        plot.setAccessibleText(tuningTitle.getText() + String.format(Locale.ROOT, " At %.0f° it gives %.1f.",
                model.angleProperty().get(), TuningCurvePlot.valueAt(curve, model.angleProperty().get())));
    }

    public CortexLabModel model() {
        return model;
    }
}
