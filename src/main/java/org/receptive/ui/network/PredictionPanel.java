package org.receptive.ui.network;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ProbabilityBars;

/** The right column: the network's answer, large, and all ten probabilities as bars. */
final class PredictionPanel extends VBox {

    private static final double BAR = 140;

    private final NetworkViewModel model;
    private final Label predicted = new Label("–");
    private final Label confidence = new Label();
    private final Label verdict = new Label();
    private final ProbabilityBars bars = new ProbabilityBars(BAR);

    PredictionPanel(NetworkViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("prediction-panel");
        Label title = new Label("The network says");
        title.getStyleClass().add("panel-title");
        predicted.setId("predicted");
        predicted.getStyleClass().add("predicted");
        confidence.setId("confidence");
        confidence.getStyleClass().add("confidence");
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        Label barsTitle = new Label("Probabilities");
        barsTitle.getStyleClass().add("sub-title");
        bars.setId("probabilities");
        Label keyTitle = new Label("How to read it");
        keyTitle.getStyleClass().addAll("sub-title", "key-title");
        Label key = new Label("Each square is one number the network computed: dark purple low, yellow high.\n\n"
                + "Click a square in any map: a white box marks that neuron, and a red box shows the part "
                + "of the input and of every earlier map it depends on.");
        key.setId("readingKey");
        key.getStyleClass().add("key");
        key.setWrapText(true);
        key.setMaxWidth(240);
        getChildren().addAll(title, predicted, confidence, verdict, barsTitle, bars, keyTitle, key);
    }

    /** Puts {@code node} (the "Why?" button) under the verdict, where the eye is after reading the answer. */
    void addBelowVerdict(javafx.scene.Node node) {
        getChildren().add(getChildren().indexOf(verdict) + 1, node);
    }

    private void init() {
        model.predictionProperty().addListener((o, was, now) -> show(now));
        show(model.predictionProperty().get());
    }

    private void show(Prediction p) {
        predicted.setText(p.answered() ? Integer.toString(p.digit()) : "–");
        confidence.setText(p.confidenceText());
        verdict.setText(p.verdictText());
        verdict.getStyleClass().removeAll("right", "wrong", "unlabelled");
        verdict.getStyleClass().add(p.verdictStyle());
        bars.show(p.probabilities(), p.digit());
    }
}
