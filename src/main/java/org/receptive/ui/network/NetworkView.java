package org.receptive.ui.network;

import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.explain.NeuronModel;
import org.receptive.ui.explain.NeuronPanel;

/**
 * The Network view, read left to right like the network itself: the input digit (with the
 * selected neuron's receptive field), every stage's feature maps, and the prediction. Builds
 * nodes and forwards events; all state lives in the {@link NetworkViewModel}.
 */
public final class NetworkView extends BorderPane {

    private final NetworkViewModel model;
    private final NeuronModel lookingFor;
    private InputPanel input;
    private StagesPanel stages;

    public NetworkView(NetworkViewModel model) {
        this(model, null);
    }

    /**
     * The Network view with "What is this neuron looking for?" under the prediction, following the
     * selected neuron (the app's own Network view; the studio's and the lessons' go without).
     */
    public static NetworkView withNeuronPanel(NetworkViewModel model) {
        return new NetworkView(model, NeuronModel.inApp(model.network(), model.digits()));
    }

    NetworkView(NetworkViewModel model, NeuronModel lookingFor) {
        this.model = model;
        this.lookingFor = lookingFor;
        getStyleClass().add("network-view");
        getStylesheets().add(NetworkView.class.getResource("/org/receptive/ui/network/network.css").toExternalForm());
        if (model.stagesProperty().get().isEmpty()) {   // nothing shown yet (a drawn input stays)
            model.showDigit(0);
        }
        createView();
        init();
    }

    private void createView() {
        input = new InputPanel(model);
        javafx.scene.layout.VBox leftColumn = new javafx.scene.layout.VBox(14, input);
        ScrollPane left = new ScrollPane(leftColumn);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("side-scroll");
        setLeft(left);
        stages = new StagesPanel(model);
        setCenter(stages);
        if (lookingFor != null) {
            NeuronPanel panel = new NeuronPanel(lookingFor);
            panel.setId("neuronPanel");
            panel.getStyleClass().add("input-panel");   // the left column's padding
            panel.setPrefWidth(300);                    // as wide as the input: the texts wrap instead
            panel.setMaxWidth(300);
            leftColumn.getChildren().addAll(new javafx.scene.control.Separator(), panel);
            model.selectedProperty().addListener((o, was, now) -> {
                if (now == null) {
                    lookingFor.select(-1, 0, 0, 0);
                } else {
                    lookingFor.select(now.activation(), now.channel(), now.row(), now.col());
                }
            });
        }
        ScrollPane right = new ScrollPane(new PredictionPanel(model));
        right.setFitToWidth(true);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        right.getStyleClass().add("side-scroll");
        setRight(right);
    }

    private void init() {
        input.setAfterTyping(stages::requestFocus);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return;   // arrows and letters belong to the text being typed
            }
            if (e.getCode() == KeyCode.RIGHT) {
                model.step(1);
            } else if (e.getCode() == KeyCode.LEFT) {
                model.step(-1);
            } else if (e.getCode() == KeyCode.R) {
                model.showRandomDigit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.clearSelection();
            } else {
                return;
            }
            e.consume();
        });
        // Start with the keys working on the maps rather than typing into the digit field.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(stages::requestFocus);
            }
        });
    }

    /** The input image, for tests. */
    HeatmapView inputImage() {
        return input.image();
    }

    /** The heatmap of channel c of stage s (s ≥ 1), for tests. */
    HeatmapView map(int stage, int channel) {
        return stages.map(stage, channel);
    }
}
