package org.receptive.ui.network;

import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.receptive.ui.classroom.ZoomPane;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.LiveScrollPane;
import org.receptive.ui.explain.NeuronModel;
import org.receptive.ui.explain.NeuronPanel;
import org.receptive.ui.explain.WhyModel;
import org.receptive.ui.explain.WhyPanel;

/**
 * The Network view, read left to right like the network itself: the input digit (with the
 * selected neuron's receptive field), every stage's feature maps, and the prediction. Builds
 * nodes and forwards events; all state lives in the {@link NetworkViewModel}.
 */
public final class NetworkView extends BorderPane implements org.receptive.ui.common.Presentable {

    private final NetworkViewModel model;
    private final NeuronModel lookingFor;
    private final WhyModel why;
    private InputPanel input;
    private StagesPanel stages;
    private NeuronPanel neuronPanel;
    private LiveScrollPane left;  // the digit's column
    private ScrollPane right;     // the answer's

    /**
     * The narrowest and lowest the view lays itself out at: a projector at 250%, where each column
     * scrolls up and down by itself; in less, the whole view scrolls.
     */
    private static final double NARROWEST = ZoomPane.PROJECTOR_WIDTH, SHORTEST = ZoomPane.PROJECTOR_HEIGHT;

    public NetworkView(NetworkViewModel model) {
        this(model, null, null);
    }

    /**
     * The Network view with the explanations: "What is this neuron looking for?" under the input,
     * following the selected neuron, and "Why?" over the digit on show (the app's own Network
     * view; the studio's and the lessons' go without).
     */
    public static NetworkView withExplanations(NetworkViewModel model) {
        return new NetworkView(model, NeuronModel.inApp(model.network(), model.digits()), WhyModel.inApp(model.network()));
    }

    /** The Network view with "What is this neuron looking for?" only (the training studio's maps, whose weights move on). */
    public static NetworkView withNeuronPanel(NetworkViewModel model, NeuronModel lookingFor) {
        return new NetworkView(model, lookingFor, null);
    }

    /** With the explanations' models given, either may be null (a test hands them executors of its own). */
    NetworkView(NetworkViewModel model, NeuronModel lookingFor, WhyModel why) {
        this.model = model;
        this.lookingFor = lookingFor;
        this.why = why;
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
        left = new LiveScrollPane(leftColumn);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("side-scroll");
        setLeft(left);
        stages = new StagesPanel(model);
        setCenter(stages);
        PredictionPanel answer = new PredictionPanel(model);
        if (why != null) {
            ToggleButton whyButton = Controls.toggle("whyButton", "Why?",
                    "Why does the network say what it says about this digit? Maps of the pixels that count, by three methods");
            VBox centre = new VBox(8, whyPanel(whyButton), stages);
            VBox.setVgrow(stages, Priority.ALWAYS);
            setCenter(centre);
            answer.addBelowVerdict(whyButton);
        }
        if (lookingFor != null) {
            NeuronPanel panel = new NeuronPanel(lookingFor);
            panel.setId("neuronPanel");
            panel.getStyleClass().add("input-panel");   // the left column's padding
            panel.setPrefWidth(input.prefWidth(-1));   // until the first layout fits it (fitInput)
            neuronPanel = panel;
            leftColumn.getChildren().addAll(new javafx.scene.control.Separator(), panel);
            model.selectedProperty().addListener((o, was, now) -> ask(now));
            if (model.selectedProperty().get() != null) {   // the studio's maps keep their pick when the view is made again
                ask(model.selectedProperty().get());
            }
        }
        right = new LiveScrollPane(answer);
        right.setFitToWidth(true);
        right.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        right.getStyleClass().add("side-scroll");
        setRight(right);
        ZoomPane.reflowsDownTo(this, NARROWEST, SHORTEST);
    }

    /**
     * No wider than {@link #NARROWEST}: a BorderPane asks for its side columns' preferred widths,
     * which here include the digit as it was last drawn, so the zoom would never give the view the
     * narrower space in which the digit shrinks.
     */
    @Override
    protected double computeMinWidth(double height) {
        return Math.min(NARROWEST, super.computeMinWidth(height));
    }

    /** Fits the digit before every layout: the answer's column and the scroll bars change their widths as well as the window. */
    @Override
    protected void layoutChildren() {
        fitInput();
        super.layoutChildren();
    }

    /**
     * The digit gets the width the maps (at least {@link StagesPanel#MIN_WIDTH}) and the answer
     * leave, with room for its column's scroll bar: zoomed in on a projector, all three columns stay
     * in sight and the digit is drawn smaller rather than pushing the answer off the right edge.
     */
    private void fitInput() {
        double edges = left.snappedLeftInset() + left.snappedRightInset();
        double padding = input.snappedLeftInset() + input.snappedRightInset();
        input.fitDigitTo(getWidth() - right.prefWidth(-1) - StagesPanel.MIN_WIDTH - edges - left.verticalBarWidth() - padding);
        // The column asks for the digit's width; the scroll pane adds its bar's while the bar shows.
        left.setPrefViewportWidth(input.prefWidth(-1));
        if (neuronPanel != null) {
            neuronPanel.setPrefWidth(input.prefWidth(-1));   // asks no more than the input does (its texts wrap)
            neuronPanel.fitPicturesTo(input.digitWidth());
        }
    }

    /** "What is this neuron looking for?" for the picked neuron; none picked clears it. */
    private void ask(Neuron n) {
        if (n == null) {
            lookingFor.select(-1, 0, 0, 0);
        } else {
            lookingFor.select(n.activation(), n.channel(), n.row(), n.col());
        }
    }

    /** "Why?": the button opens the explanation above the maps, following the digit on show while open. */
    private WhyPanel whyPanel(ToggleButton button) {
        WhyPanel panel = WhyPanel.openedBy(why, button);
        model.inputProperty().addListener((o, was, now) -> why.show(now));
        why.show(model.inputProperty().get());
        return panel;
    }

    private void init() {
        input.setAfterTyping(stages::requestFocus);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || org.receptive.ui.common.GridKeys.isGridKey(e)) {
                return;   // arrows and letters belong to the text being typed, or to the focused map
            }
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
                model.step(1);
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
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
            } else if (why != null) {
                why.release();   // off screen, no map is asked for
            }
        });
    }

    /** Presenting keeps the digit, the maps and the answer; the digit picker and key hints go. */
    @Override
    public void setPresenting(boolean presenting) {
        input.setPresenting(presenting);
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
