package org.receptive.ui.draw;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.receptive.data.PreprocessedDigit;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.LiveScrollPane;
import org.receptive.ui.explain.WhyModel;
import org.receptive.ui.explain.WhyPanel;
import org.receptive.ui.network.StagesPanel;

/**
 * The Draw view: the pad and its tools on the left; in the middle how the drawing becomes the
 * input and what every layer makes of it (the Network view's own stages component); on the right
 * the answer and "Teach it". Builds nodes and forwards events; state lives in the view-models.
 */
public final class DrawView extends BorderPane implements org.receptive.ui.common.Presentable {

    static final double ANSWER_WIDTH = 300;
    /**
     * Narrower than this (the view's own units) the maps come before the preprocessing strip, and
     * presenting drops the strip.
     */
    static final double COMPACT_WIDTH = 1300;

    private final DrawViewModel model;
    private final TeachModel teach;
    private final WhyModel why;
    private DrawPad pad;
    private PreprocessingStrip strip;
    private StagesPanel stages;
    private boolean compact, presenting;
    /** What presenting drops: the pad's tools and hints, and "Teach it". */
    private javafx.scene.Node[] editing;
    private final AnimationTimer live = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.pulse(now);   // classifies only if the drawing changed and 50 ms have passed
        }
    };

    public DrawView(DrawViewModel model, TeachModel teach) {
        this(model, teach, WhyModel.inApp(model.networkModel().network()));
    }

    /** With the "Why?" panel's model given (a test hands it executors of its own). */
    DrawView(DrawViewModel model, TeachModel teach, WhyModel why) {
        this.model = model;
        this.teach = teach;
        this.why = why;
        getStyleClass().add("draw-view");
        getStylesheets().addAll(
                DrawView.class.getResource("/org/receptive/ui/network/network.css").toExternalForm(),
                DrawView.class.getResource("/org/receptive/ui/draw/draw.css").toExternalForm());
        createView();
        init();
    }

    private void createView() {
        Label title = new Label("Draw a digit");
        title.getStyleClass().add("panel-title");
        pad = new DrawPad(model);
        Label message = Controls.message("drawMessage", model.messageProperty());
        Label keys = new Label("Keys: Ctrl+Z undo, Ctrl+Y redo, Delete clear, Esc unselect a neuron");
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        Label read = new Label("How to read it: the middle column shows what the network does with your "
                + "drawing, from the pad to the 28×28 numbers it reads and on through every layer. Click any "
                + "square of a feature map: a red box shows the patch of the input it looks at, on the grid "
                + "and on your drawing.");
        read.getStyleClass().add("key");
        read.setWrapText(true);
        PadTools tools = new PadTools(model);
        VBox left = new VBox(10, title, pad, tools, message, keys, read);
        left.getStyleClass().add("pad-column");
        // The column is as wide as the pad (plus its padding); long texts wrap instead of widening it.
        left.prefWidthProperty().bind(pad.prefWidthProperty().add(32));
        left.setMinWidth(0);   // the scroll pane around it keeps the width; a scroll bar may take a little of it
        setLeft(side(left));

        strip = new PreprocessingStrip(model);
        ToggleButton whyButton = Controls.toggle("whyButton", "Why?",
                "Why does the network say what it says? Maps of the pixels that count, by three methods, over the input");
        WhyPanel whyPanel = whyPanel(whyButton);
        Label field = new Label();
        field.setId("fieldText");
        field.getStyleClass().add("field-text");
        field.setWrapText(true);
        field.setMinHeight(Region.USE_PREF_SIZE);
        field.textProperty().bind(Bindings.concat(model.networkModel().fieldDescriptionProperty(),
                " The red box on the pad shows the same patch on your drawing."));
        stages = new StagesPanel(model.networkModel());
        Label empty = new Label("Draw a digit to see what every layer of the network makes of it.");
        empty.setId("mapsPrompt");
        empty.getStyleClass().add("maps-prompt");
        empty.setWrapText(true);   // zoomed in, it wraps rather than widening the view
        empty.setMinHeight(Region.USE_PREF_SIZE);
        // The stage cards keep the Network view's look: its sheet styles them under .network-view.
        StackPane maps = new StackPane(stages, empty);
        maps.getStyleClass().add("network-view");
        stages.visibleProperty().bind(empty.visibleProperty().not());
        empty.setVisible(!model.hasDigit());
        model.answerProperty().addListener((o, was, now) -> empty.setVisible(now.empty()));
        VBox.setVgrow(maps, Priority.ALWAYS);
        VBox centre = new VBox(8, whyPanel, strip, field, maps);
        centre.getStyleClass().add("centre-column");
        setCenter(centre);
        // Zoomed in (the view laid out narrow: the strip's pictures wrap onto three rows), the maps
        // come before the preprocessing strip, as tall as a short window leaves them, so the pad,
        // the answer and what the layers make of the drawing are on screen together; the strip
        // follows below them, a scroll away. By width, which the window sets, never by height,
        // which the strip itself would set.
        widthProperty().addListener((o, was, now) -> {
            compact = now.doubleValue() > 0 && now.doubleValue() < COMPACT_WIDTH;
            fitCentre();
            var order = compact ? java.util.List.of(whyPanel, field, maps, strip) : java.util.List.of(whyPanel, strip, field, maps);
            if (!centre.getChildren().equals(order)) {
                centre.getChildren().setAll(order);
            }
        });

        Separator rule = new Separator();
        TeachPanel teaching = new TeachPanel(teach);
        VBox right = new VBox(14, new AnswerPanel(model), whyButton, rule, teaching);
        editing = new javafx.scene.Node[] {tools, keys, read, rule, teaching};
        right.getStyleClass().add("answer-column");
        right.setPrefWidth(ANSWER_WIDTH);
        // As the pad's column: the scroll pane keeps the width, and a vertical scroll bar takes its
        // share from the texts (they wrap), not from the column's right margin, which it would cover.
        right.setMinWidth(0);
        setRight(side(right));
    }

    /** "Why?": the button opens the explanation above the preprocessing strip, following the drawing while open. */
    private WhyPanel whyPanel(ToggleButton button) {
        WhyPanel panel = WhyPanel.openedBy(why, button);
        // The same map over the drawing itself, while the panel is open.
        why.shownProperty().addListener((o, was, now) -> pad.showWhy(why.openProperty().get() ? now : null));
        why.openProperty().addListener((o, was, now) -> pad.showWhy(now ? why.shownProperty().get() : null));
        model.preprocessedProperty().addListener((o, was, now) -> why.show(now == null || now.isEmpty() ? null : now.pixels()));
        PreprocessedDigit now = model.preprocessedProperty().get();
        why.show(now == null || now.isEmpty() ? null : now.pixels());
        return panel;
    }

    /** Presenting keeps the pad (one still draws on it), the strip (zoomed in, the maps take its room), the maps and the answer. */
    @Override
    public void setPresenting(boolean presenting) {
        this.presenting = presenting;
        org.receptive.ui.common.Presentable.dropWhilePresenting(presenting, editing);
        fitCentre();
    }

    /**
     * Zoomed in and presenting, the maps take the strip's room too: at 200% in 1400×900 the strip
     * left them ~90 px between the patch's sentence and itself, and the class looks at the maps.
     * Wide (100%), the strip stays: there is room for both, and it shows what the network is given.
     */
    private void fitCentre() {
        boolean drop = compact && presenting;
        strip.setVisible(!drop);
        strip.setManaged(!drop);
    }

    private static ScrollPane side(VBox content) {
        ScrollPane s = new LiveScrollPane(content);
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.setMinHeight(0);   // a column that scrolls asks for no height of its own: zoomed in, it scrolls
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.getStyleClass().add("side-scroll");
        return s;
    }

    private void init() {
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                live.stop();
                why.release();   // off screen (a lesson's page turned, another view chosen): no map is asked for
                return;
            }
            live.start();
        });
        // The pad grows with the view: about a quarter of its width, never taller than it allows.
        // The view's own size, not the window's: zoomed in, the view is laid out smaller and scaled up.
        pad.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> getWidth() <= 0 ? DrawPad.MIN_SIDE
                : Math.max(DrawPad.MIN_SIDE, Math.min(DrawPad.MAX_SIDE, Math.min(0.22 * getWidth(), getHeight() - 370))),
                widthProperty(), heightProperty()));
        pad.prefHeightProperty().bind(pad.prefWidthProperty());
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.clear();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            model.undo();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z)) {
            model.redo();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.networkModel().clearSelection();
        } else {
            return;
        }
        e.consume();
    }

    DrawPad pad() {
        return pad;
    }

    PreprocessingStrip strip() {
        return strip;
    }
}
