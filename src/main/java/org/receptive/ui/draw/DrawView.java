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

    /** The answer's column where there is room, and the narrowest it gets (its bars shorter) before the pad shrinks. */
    static final double ANSWER_WIDTH = 300, NARROW_ANSWER_WIDTH = 220;
    /**
     * Narrower than this (the view's own units) the maps come before the preprocessing strip, and
     * presenting drops the strip.
     */
    static final double COMPACT_WIDTH = 1300;

    private final DrawViewModel model;
    private final TeachModel teach;
    private final WhyModel why;
    private DrawPad pad;
    private VBox padColumn, centre, answerColumn;
    private LiveScrollPane left, right;
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
        title.setWrapText(true);   // at the pad's least width, on two lines: the pad, not its title, sets the column's width
        title.setMinHeight(Region.USE_PREF_SIZE);
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
        padColumn = new VBox(10, title, pad, tools, message, keys, read);
        padColumn.getStyleClass().add("pad-column");
        padColumn.setPrefWidth(DrawPad.USUAL_SIDE + 32);   // the pad and the column's padding; the view lays it out (columns)
        padColumn.setMinWidth(0);   // the scroll pane around it keeps the width; a scroll bar may take a little of it
        left = side(padColumn);
        setLeft(left);

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
        centre = new VBox(8, whyPanel, strip, field, maps);
        centre.getStyleClass().add("centre-column");
        setCenter(centre);
        // Zoomed in (the view laid out narrow: the strip's pictures wrap onto two or three rows),
        // the maps come before the preprocessing strip and the strip is folded to its title, so
        // the pad, the answer and what the layers make of the drawing are on screen together; the
        // strip's "Show steps" opens it below the maps. Open, it took all but ~100 px of the column
        // at 150% in 1920×1080, the maps the rest. By width, which the window sets, never by
        // height, which the strip itself would set. A lesson's page scrolls, so there it stays open.
        widthProperty().addListener((o, was, now) -> {
            boolean before = compact;
            compact = now.doubleValue() > 0 && now.doubleValue() < COMPACT_WIDTH;
            if (compact != before) {
                // A person's choice holds until the next change. Not at once: this runs in the
                // layout pass, and a change made there does not reach the parents still laying out
                // (the zoom's scroll pane kept the old height and cut the maps off); next, it does.
                boolean narrow = compact;
                javafx.application.Platform.runLater(() -> strip.foldWhenNarrow(narrow));
            }
            fitCentre();
            var order = compact ? java.util.List.of(whyPanel, field, maps, strip) : java.util.List.of(whyPanel, strip, field, maps);
            if (!centre.getChildren().equals(order)) {
                centre.getChildren().setAll(order);
            }
        });

        Separator rule = new Separator();
        TeachPanel teaching = new TeachPanel(teach);
        answerColumn = new VBox(14, new AnswerPanel(model), whyButton, rule, teaching);
        editing = new javafx.scene.Node[] {tools, keys, read, rule, teaching};
        answerColumn.getStyleClass().add("answer-column");
        answerColumn.setPrefWidth(ANSWER_WIDTH);
        // As the pad's column: the scroll pane keeps the width, and a vertical scroll bar takes its
        // share from the texts (they wrap), not from the column's right margin, which it would cover.
        answerColumn.setMinWidth(0);
        right = side(answerColumn);
        setRight(right);
        // As narrow as a projector at 250% leaves, each column scrolling up and down by itself; its
        // columns' least widths (computeMinWidth) may ask for more.
        org.receptive.ui.classroom.ZoomPane.reflowsDownTo(this,
                org.receptive.ui.classroom.ZoomPane.PROJECTOR_WIDTH, org.receptive.ui.classroom.ZoomPane.PROJECTOR_HEIGHT);
    }

    /**
     * What the three columns need at the least (see {@link #columns}): 752 px with the tools and
     * "Teach it" (their rows wrap), less presenting, so a projector's 768 px at 250% holds all
     * three either way. A BorderPane would ask for its side columns' own least widths, the usual
     * pad's and answer's.
     */
    @Override
    protected double computeMinWidth(double height) {
        return leastWidth(centre) + padEdges() + leastPad() + answerEdges() + leastAnswer();
    }

    /**
     * As tall as the maps' column needs at the width {@link #columns} leaves it (its strip and
     * texts wrap): a BorderPane would ask at the width its own layout would leave, wider than
     * ours, and the column would then run past the bottom of a view that scrolls. The side
     * columns scroll and ask for nothing. The pad's width depends a little on the height, so it
     * is taken at the height the view has, then at the height that gives.
     */
    @Override
    protected double computeMinHeight(double width) {
        if (!(width > 0)) {
            return super.computeMinHeight(width);
        }
        double w = width - snappedLeftInset() - snappedRightInset(), edges = snappedTopInset() + snappedBottomInset();
        double need = centre.minHeight(mapsWidth(w, getHeight() - edges));
        return edges + Math.max(need, centre.minHeight(mapsWidth(w, need)));
    }

    private double mapsWidth(double w, double h) {
        double[] c = columns(w, h);
        return w - c[0] - c[1];
    }

    /** The three columns side by side, the pad's and the answer's as wide as {@link #columns} says, the maps in the rest. */
    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset(), y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset(), h = getHeight() - y - snappedBottomInset();
        double[] c = columns(w, h);
        double maps = mapsWidth(w, h);
        left.resizeRelocate(x, y, c[0], h);
        // Never shorter than its least height, as a BorderPane lays out its centre: the strip's texts keep every line.
        centre.resizeRelocate(x + c[0], y, maps, Math.max(h, centre.minHeight(maps)));
        right.resizeRelocate(x + w - c[1], y, c[1], h);
    }

    /**
     * The widths of the pad's and the answer's columns in a view {@code w} × {@code h} (its own
     * units: zoomed in, the view is laid out smaller and scaled up). The pad grows with the view,
     * about a quarter of its width, 280 to 440 px and no taller than the view allows. Where that
     * leaves the maps less than they need (zoomed in on a projector), the answer's column gives up
     * to 80 px first (its bars get shorter), then the pad is drawn smaller, down to
     * {@link DrawPad#MIN_SIDE} or what its tools need, so the maps and the whole answer stay in
     * sight. Worked out from the size alone, during the layout: the pad fills its column's width
     * (it is a square as wide as it is given), so no preferred size changes in the pass (one that
     * did left the columns laid out at an old height once the view had been resized).
     */
    private double[] columns(double w, double h) {
        double usual = Math.max(DrawPad.USUAL_SIDE, Math.min(DrawPad.MAX_SIDE, Math.min(0.22 * w, h - 370)));
        double spare = w - leastWidth(centre) - padEdges() - answerEdges();   // for the pad and the answer
        double answerWidth = Math.floor(Math.max(leastAnswer(), Math.min(ANSWER_WIDTH, spare - usual)));
        double side = Math.floor(Math.max(leastPad(), Math.min(usual, spare - answerWidth)));
        return new double[] {side + padEdges(), answerWidth + answerEdges()};
    }

    /** The pad's least side: its own, or wider where the tools under it are shown and need more. */
    private double leastPad() {
        return leastWidth(padColumn) - padColumn.snappedLeftInset() - padColumn.snappedRightInset();
    }

    /** The answer's column's least width: the narrow one, or wider where "Teach it" is shown and needs more. */
    private double leastAnswer() {
        return Math.max(NARROW_ANSWER_WIDTH, leastWidth(answerColumn));
    }

    /** Besides the pad: its column's padding and room for its scroll bar. */
    private double padEdges() {
        return padColumn.snappedLeftInset() + padColumn.snappedRightInset() + left.verticalBarWidth();
    }

    /** Besides the answer's column: room for its scroll bar. */
    private double answerEdges() {
        return right.verticalBarWidth();
    }

    /** The least width of what {@code column} shows, with its padding. */
    private static double leastWidth(VBox column) {
        return column.snappedLeftInset() + column.snappedRightInset() + column.getChildren().stream()
                .filter(javafx.scene.Node::isManaged)
                .mapToDouble(n -> n.minWidth(-1))
                .max().orElse(0);
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

    private static LiveScrollPane side(VBox content) {
        LiveScrollPane s = new LiveScrollPane(content);
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

    /** For a page that scrolls (a lesson's): narrow, the preprocessing strip stays open below the maps. */
    void keepPreprocessingOpen() {
        strip.keepOpen();
    }

    DrawPad pad() {
        return pad;
    }

    PreprocessingStrip strip() {
        return strip;
    }
}
