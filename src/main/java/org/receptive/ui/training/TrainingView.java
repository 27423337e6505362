package org.receptive.ui.training;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.LiveScrollPane;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.training.design.DesignEditor;
import org.receptive.ui.training.kernels.KernelsPanel;
import org.receptive.ui.training.results.ResultsPanel;

/**
 * The training studio: set up a run on the left; on the right, run it and watch it learn —
 * progress, the loss and held-out accuracy charts, every layer's kernels, the timeline, and (in
 * the second tab) the feature maps of every layer through the Network view, with its receptive
 * fields. F3 shows the frame-time overlay. Builds nodes and forwards events; state lives in the
 * {@link TrainingViewModel}.
 */
public final class TrainingView extends BorderPane implements org.receptive.ui.common.Presentable {

    private final TrainingViewModel model;
    private final Label overlay = new Label();
    private final FrameTimer timer = new FrameTimer(overlay);
    private final TabPane tabs = new TabPane();
    private final Tab mapsTab = new Tab("Feature maps & receptive fields");
    private final DrawnSample drawn;
    private final MapsNeuron neuron;

    /**
     * {@code drawing}: the Draw view's current 28×28 input, or null while its pad is empty; with
     * it the feature-maps tab offers to use that drawing as the sample (none: no such button).
     */
    public TrainingView(TrainingViewModel model, java.util.function.Supplier<float[]> drawing) {
        this.model = model;
        this.drawn = drawing == null ? null : new DrawnSample(model.shown(), drawing);
        this.neuron = new MapsNeuron(model.shown());
        getStyleClass().add("training-view");
        getStylesheets().add(TrainingView.class.getResource("/org/receptive/ui/training/training.css").toExternalForm());
        createView();
        init();
    }

    private void createView() {
        var busy = model.busyProperty();
        Label locked = new Label("Locked while a run is going: Stop it to change the network or the settings.");
        locked.getStyleClass().add("hint");
        locked.setWrapText(true);
        locked.visibleProperty().bind(busy);
        locked.managedProperty().bind(busy);
        VBox editors = new VBox(18, new DesignEditor(model.design()), new SettingsEditor(model));
        editors.disableProperty().bind(busy);
        VBox setup = new VBox(8, locked, editors);
        setup.getStyleClass().add("setup");
        ScrollPane left = new LiveScrollPane(setup);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("side-scroll");
        left.setPrefWidth(470);
        setLeft(left);

        kernels = new KernelsPanel(model.shown(), model.surgery(), model.busyProperty());
        VBox learning = new VBox(12, new ChartsPanel(model), kernels);
        learning.setPadding(new Insets(10, 14, 14, 14));
        ScrollPane learningScroll = new LiveScrollPane(learning);
        learningScroll.setFitToWidth(true);
        learningScroll.getStyleClass().add("learning-scroll");
        Tab learningTab = new Tab("Charts & kernels", learningScroll);
        learningTab.setId("learningTab");
        mapsTab.setId("mapsTab");
        ResultsPanel results = new ResultsPanel(model.results());
        results.setPadding(new Insets(12, 14, 14, 14));
        ScrollPane resultsScroll = new LiveScrollPane(results);
        resultsScroll.setFitToWidth(true);
        resultsScroll.getStyleClass().add("learning-scroll");
        Tab resultsTab = new Tab("Test results", resultsScroll);
        resultsTab.setId("resultsTab");
        tabs.getTabs().addAll(learningTab, mapsTab, resultsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        runBar = new RunBar(model);
        VBox top = new VBox(8, runBar, new TimelineBar(model));
        top.getStyleClass().add("top-bar");
        BorderPane right = new BorderPane(tabs);
        right.setTop(top);

        overlay.setId("frameOverlay");
        overlay.getStyleClass().add("frame-overlay");
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        StackPane.setAlignment(overlay, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overlay, new Insets(8));
        setCenter(new StackPane(right, overlay));
        // Presenting on a projector at 250% (768 px of its own), the run, its timeline and the
        // charts (stacked there) fit; with the setup column beside them, its least width asks for more.
        org.receptive.ui.classroom.ZoomPane.reflowsDownTo(this,
                org.receptive.ui.classroom.ZoomPane.PROJECTOR_WIDTH, org.receptive.ui.classroom.ZoomPane.PROJECTOR_HEIGHT);
    }

    private ScrollPane setup;
    private RunBar runBar;
    private KernelsPanel kernels;
    private boolean presenting;
    private NetworkView mapsView;   // the maps tab's view while it shows, told about presenting too
    private Node drawnBar;          // "Use my drawing from the Draw view", an input choice: not while presenting

    /**
     * Presenting shows the run (charts, kernels, maps) and the buttons that drive it, without the
     * setup column, the file buttons or kernel surgery.
     */
    @Override
    public void setPresenting(boolean on) {
        presenting = on;
        runBar.setPresenting(on);
        kernels.setPresenting(on);
        setLeft(on || mapsTab.isSelected() ? null : setup);
        presentMaps();
    }

    private void presentMaps() {
        if (mapsView != null) {
            mapsView.setPresenting(presenting);
        }
        if (drawnBar != null) {
            drawnBar.setVisible(!presenting);
            drawnBar.setManaged(!presenting);
        }
    }

    private void init() {
        showMaps(model.shown().mapsProperty().get());
        model.shown().mapsProperty().addListener((o, was, now) -> showMaps(now));
        model.shown().mapsVisibleProperty().bind(mapsTab.selectedProperty());
        // The Network view needs the whole width: the setup column steps aside while it shows.
        setup = (ScrollPane) getLeft();
        mapsTab.selectedProperty().addListener((o, was, now) -> {
            setLeft(now || presenting ? null : setup);
            if (now && mapsTab.getContent() == null) {
                showMaps(model.shown().mapsProperty().get());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F3) {
                overlay.setVisible(!overlay.isVisible());
                e.consume();
            }
        });
        // Frames are timed whenever the studio is on screen, so p99 covers training and idle alike.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                rehearseAfterTheFirstFrame();
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /**
     * The student reads this screen first: the engine warms up meanwhile, on a thread of its own.
     * Started once the studio's first frame is drawn, not while the view is built and laid out:
     * on two cores it took half the CPU from that first layout (asked for again, it does nothing).
     */
    private void rehearseAfterTheFirstFrame() {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {   // the first pulse has laid out and drawn the studio
                    stop();
                    model.rehearse();
                }
            }
        }.start();
    }

    /** Builds the Network view for these maps when its tab is showing (it holds hundreds of nodes). */
    private void showMaps(NetworkViewModel maps) {
        mapsView = null;
        drawnBar = null;
        if (maps == null || !mapsTab.isSelected()) {
            mapsTab.setContent(null);
            return;
        }
        mapsView = NetworkView.withNeuronPanel(maps, neuron.of(maps));
        BorderPane content = new BorderPane(mapsView);
        if (drawn != null) {
            Button use = new Button("Use my drawing from the Draw view");
            use.setId("useDrawing");
            use.setOnAction(e -> drawn.use());
            Label said = new Label();
            said.setId("drawnMessage");
            said.getStyleClass().add("hint");
            said.textProperty().bind(drawn.messageProperty());
            HBox bar = new HBox(12, use, said);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.setPadding(new Insets(8, 14, 0, 14));
            content.setTop(bar);
            drawnBar = bar;
        }
        mapsTab.setContent(content);
        presentMaps();
    }
}
