package org.receptive.ui.explain;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.receptive.explain.Method;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.Controls;

/**
 * "Why?": the question ("Why [its answer] and not [—]?"), the method, the occlusion square's size
 * and step, the input with the map over it, its legend, and the method's one-line caption. Binds
 * to a {@link WhyModel} and forwards choices to it. The picture stands beside the controls where
 * there is room for both, and above them where there is not (zoomed in, or in a narrow column):
 * the method buttons and the question are never squeezed to "Oc…".
 */
public final class WhyPanel extends Region {

    private static final double GAP = 16;
    private static final double PICTURE_SIDE = 252;

    private static final String[] TARGETS = {"its answer", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    private static final String[] VERSUS = {"—", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private final WhyModel model;
    private final AttributionView picture = new AttributionView(9);
    private final ColorLegend legend = new ColorLegend("", 252);
    private final Label legendTitle = new Label();
    private final Label ends = new Label();
    private final Label answer = new Label();
    private final Label caption = new Label();

    private VBox picturePart;
    private VBox controls;

    public WhyPanel(WhyModel model) {
        this.model = model;
        getStyleClass().add("why-panel");
        getStylesheets().add(WhyPanel.class.getResource("/org/receptive/ui/explain/why.css").toExternalForm());
        createView();
        init();
    }

    /**
     * The panel as a view shows it: opened and closed by {@code button} (kept in step with the
     * model's open state), taking no room while closed. The view still says what it explains
     * ({@link WhyModel#show}).
     */
    public static WhyPanel openedBy(WhyModel model, javafx.scene.control.ToggleButton button) {
        button.selectedProperty().bindBidirectional(model.openProperty());
        WhyPanel panel = new WhyPanel(model);
        panel.setId("whyPanel");
        panel.visibleProperty().bind(model.openProperty());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    private void createView() {
        Label title = new Label("Why?");
        title.getStyleClass().add("panel-title");

        ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(TARGETS));
        target.setId("whyTarget");
        Controls.tooltip(target, "The digit to explain: the network's answer, or any other");
        target.getSelectionModel().select(model.targetProperty().get() + 1);
        target.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> model.targetProperty().set(now.intValue() - 1));
        ComboBox<String> versus = new ComboBox<>(FXCollections.observableArrayList(VERSUS));
        versus.setId("whyVersus");
        Controls.tooltip(versus, "“Why not …?”: explain the difference between the two digits' scores "
                + "(for a misread digit, pick the right one here)");
        versus.getSelectionModel().select(model.versusProperty().get() + 1);
        versus.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> model.versusProperty().set(now.intValue() - 1));
        // Zoomed in, the question wraps between its parts rather than cut its choices short.
        target.setMinWidth(Region.USE_PREF_SIZE);
        versus.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane question = new FlowPane(6, 4, new Label("Why"), target, new Label("and not"), versus, new Label("?"));
        question.setAlignment(Pos.CENTER_LEFT);

        // Three toggles that wrap, not one joined control: zoomed in on a projector, the panel
        // must fit beside the pad and the answer in the Draw view, and the joined buttons alone
        // were 70 px wider than the maps' column there.
        ToggleGroup methodGroup = new ToggleGroup();
        FlowPane methods = new FlowPane(4, 4);
        methods.setId("whyMethods");
        for (Method m : Method.values()) {
            ToggleButton b = new ToggleButton(switch (m) {
                case OCCLUSION -> "Occlusion";
                case GRADIENT_TIMES_INPUT -> "Gradient×input";
                case GRAD_CAM -> "Grad-CAM";
            });
            b.setId(switch (m) {
                case OCCLUSION -> "whyOcclusion";
                case GRADIENT_TIMES_INPUT -> "whyGradient";
                case GRAD_CAM -> "whyGradCam";
            });
            b.setUserData(m);
            Controls.tooltip(b, m.title() + ": " + m.caption());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(methodGroup);
            methods.getChildren().add(b);
            b.setSelected(m == model.methodProperty().get());
        }
        methodGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);   // one method is always chosen
            } else {
                model.methodProperty().set((Method) now.getUserData());
            }
        });

        Spinner<Integer> patch = new Spinner<>(1, 14, model.patchProperty().get());
        patch.setId("whyPatch");
        patch.setPrefWidth(70);
        Controls.tooltip(patch, "Side of the grey square, in pixels of the 28×28 input");
        patch.valueProperty().addListener((o, was, now) -> model.patchProperty().set(now));
        Spinner<Integer> stride = new Spinner<>(1, 7, model.strideProperty().get());
        stride.setId("whyStride");
        stride.setPrefWidth(70);
        Controls.tooltip(stride, "How many pixels the square moves at a time (its stride)");
        stride.valueProperty().addListener((o, was, now) -> model.strideProperty().set(now));
        HBox square = new HBox(6, new Label("Square"), patch, new Label("step"), stride);
        square.setAlignment(Pos.CENTER_LEFT);
        square.visibleProperty().bind(model.methodProperty().isEqualTo(Method.OCCLUSION));
        square.managedProperty().bind(square.visibleProperty());

        picture.setId("whyMap");
        legend.setId("whyLegend");
        legendTitle.getStyleClass().add("legend-title");
        legendTitle.setWrapText(true);
        ends.getStyleClass().add("hint");
        ends.setWrapText(true);
        ends.setMinHeight(Region.USE_PREF_SIZE);
        legendTitle.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("whyAnswer");
        answer.getStyleClass().add("hint");
        caption.setId("whyCaption");
        caption.getStyleClass().add("why-caption");
        caption.setWrapText(true);
        Label busy = new Label("computing…");
        busy.getStyleClass().add("hint");
        busy.visibleProperty().bind(model.busyProperty());
        Label message = Controls.message("whyMessage", model.messageProperty());
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        picturePart = new VBox(6, picture, legendTitle, legend, ends);
        picturePart.setMaxWidth(PICTURE_SIDE);
        picturePart.setMinWidth(PICTURE_SIDE);
        controls = new VBox(8, title, question, methods, square, answer, caption, busy, message);
        getChildren().addAll(picturePart, controls);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;   // stacked, it is taller
    }

    /** Side by side when the controls get at least their least width beside the picture; else stacked. */
    private boolean besideAt(double width) {
        return width - snappedLeftInset() - snappedRightInset() >= PICTURE_SIDE + GAP + controls.minWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(PICTURE_SIDE, controls.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + PICTURE_SIDE + GAP + controls.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);   // wrapped texts keep every line
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : computePrefWidth(-1);
        double inner = w - snappedLeftInset() - snappedRightInset();
        double h = besideAt(w)
                ? Math.max(picturePart.prefHeight(PICTURE_SIDE), controls.prefHeight(inner - PICTURE_SIDE - GAP))
                : picturePart.prefHeight(PICTURE_SIDE) + GAP + controls.prefHeight(inner);
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        double pictureHeight = picturePart.prefHeight(PICTURE_SIDE);
        picturePart.resizeRelocate(x, y, PICTURE_SIDE, pictureHeight);
        if (besideAt(getWidth())) {
            double w = inner - PICTURE_SIDE - GAP;
            controls.resizeRelocate(x + PICTURE_SIDE + GAP, y, w, controls.prefHeight(w));
        } else {
            controls.resizeRelocate(x, y + pictureHeight + GAP, inner, controls.prefHeight(inner));
        }
    }

    private void init() {
        model.shownProperty().addListener((o, was, now) -> show(now));
        model.methodProperty().addListener((o, was, now) -> caption.setText(now.caption()));
        caption.setText(model.methodProperty().get().caption());
        show(model.shownProperty().get());
    }

    private void show(Explanation e) {
        picture.show(e);
        legend.setVisible(e != null);
        if (e == null) {
            legendTitle.setText("");
            ends.setText("");
            answer.setText("");
            return;
        }
        double m = e.map().largest();
        legend.show(ColorMap.DIVERGING, -m, m);
        legendTitle.setText(e.legendTitle());
        ends.setText(e.ends());
        answer.setText(e.map().question().text() + "  " + e.answerLine());
    }

    AttributionView picture() {
        return picture;
    }

    ColorLegend legend() {
        return legend;
    }
}
