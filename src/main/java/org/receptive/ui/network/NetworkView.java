package org.receptive.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.Rect;

/**
 * The Network view: the input digit, every feature map of every layer, the first layer's
 * kernels and the prediction. Builds nodes and forwards events; all state is in the view-model.
 */
public final class NetworkView extends BorderPane {

    private final NetworkViewModel model;
    private final VBox stagesBox = new VBox(18);
    private final List<List<HeatmapView>> maps = new ArrayList<>();
    private final Spinner<Integer> digit;
    private final Label predicted = new Label();
    private final Label confidence = new Label();
    private final VBox bars = new VBox(3);
    private final Label fieldText = new Label();

    public NetworkView(NetworkViewModel model) {
        this.model = model;
        this.digit = new Spinner<>(0, model.digitCount() - 1, 0);
        getStyleClass().add("network-view");
        getStylesheets().add(NetworkView.class.getResource("/org/receptive/ui/network/network.css").toExternalForm());
        createView();
        init();
    }

    private void createView() {
        digit.setId("digitIndex");
        digit.setEditable(true);
        digit.setPrefWidth(110);
        digit.setTooltip(new Tooltip("Which of the 10,000 MNIST test digits to show (← and → step through them)"));
        Button random = new Button("Random digit");
        random.setId("random");
        random.setTooltip(new Tooltip("Show a random test digit (R)"));
        random.setOnAction(e -> model.showRandomDigit());
        Label truth = new Label();
        truth.getStyleClass().add("truth");
        truth.textProperty().bind(model.trueLabelProperty().asString("labelled %d in MNIST"));
        Label message = new Label();
        message.getStyleClass().add("message");
        message.textProperty().bind(model.messageProperty());
        Label pick = new Label("Test digit");
        HBox bar = new HBox(12, pick, digit, random, truth, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-row");
        setTop(bar);

        stagesBox.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(stagesBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("stages-scroll");
        setCenter(scroll);

        predicted.setId("predicted");
        predicted.getStyleClass().add("predicted");
        confidence.getStyleClass().add("confidence");
        fieldText.setId("fieldText");
        fieldText.setWrapText(true);
        fieldText.getStyleClass().add("field-text");
        fieldText.textProperty().bind(model.fieldDescriptionProperty());
        Label predictionTitle = new Label("The network says");
        predictionTitle.getStyleClass().add("side-title");
        Label kernelsTitle = new Label("Layer 1 kernels (learned)");
        kernelsTitle.getStyleClass().add("side-title");
        VBox side = new VBox(10, predictionTitle, predicted, confidence, bars, fieldText, kernelsTitle, kernelGrid());
        side.setId("side");
        side.getStyleClass().add("side-panel");
        side.setPrefWidth(330);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(sideScroll);
    }

    private VBox kernelGrid() {
        FlowPane grid = new FlowPane(10, 10);
        grid.setPrefWrapLength(300);
        List<float[]> kernels = model.firstLayerKernels();
        float m = 0;
        for (float[] k : kernels) {
            for (float v : k) {
                m = Math.max(m, Math.abs(v));
            }
        }
        for (int i = 0; i < kernels.size(); i++) {
            float[] k = kernels.get(i);
            int side = (int) Math.round(Math.sqrt(k.length));
            HeatmapView view = new HeatmapView(Math.max(6, 60 / side));
            view.setId("kernel-" + i);
            view.getStyleClass().add("kernel");
            view.show(k, 0, side, side, ColorMap.DIVERGING, -m, m);
            grid.getChildren().add(view);
        }
        ColorLegend legend = new ColorLegend("weight (blue −, white 0, red +)");
        legend.show(ColorMap.DIVERGING, -m, m);
        Label hint = new Label("Hover a kernel cell to read its weight.");
        hint.getStyleClass().add("hint");
        return new VBox(8, grid, legend, hint);
    }

    private void init() {
        digit.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.digitIndexProperty().get()) {
                model.showDigit(now);
            }
        });
        model.digitIndexProperty().addListener((o, was, now) -> digit.getValueFactory().setValue(now.intValue()));
        model.stagesProperty().addListener((o, was, now) -> rebuildStages());
        model.probabilitiesProperty().addListener((o, was, now) -> showPrediction());
        model.fieldsProperty().addListener((o, was, now) -> showFields());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return;
            }
            int at = model.digitIndexProperty().get();
            if (e.getCode() == KeyCode.RIGHT && at + 1 < model.digitCount()) {
                model.showDigit(at + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT && at > 0) {
                model.showDigit(at - 1);
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                model.showRandomDigit();
                e.consume();
            }
        });
        if (model.digitIndexProperty().get() < 0) {
            model.showDigit(0);
        } else {
            rebuildStages();
            showPrediction();
        }
    }

    private void rebuildStages() {
        stagesBox.getChildren().clear();
        maps.clear();
        List<Stage> stages = model.stagesProperty().get();
        for (int si = 0; si < stages.size(); si++) {
            Stage s = stages.get(si);
            int h = s.shape().height(), w = s.shape().width();
            boolean input = s.activation() == 0;
            double cell = input ? 9 : Math.max(3, Math.min(14, Math.floor(112.0 / Math.max(h, w))));
            ColorMap map = input ? ColorMap.GREY : ColorMap.VIRIDIS;
            FlowPane flow = new FlowPane(8, 8);
            List<HeatmapView> views = new ArrayList<>();
            for (int c = 0; c < s.shape().channels(); c++) {
                HeatmapView v = new HeatmapView(cell);
                v.setId("featureMap-" + si + "-" + c);
                v.show(s.values(), s.offset(c), h, w, map, input ? 0 : s.min(), input ? 1 : s.max());
                final int stageIndex = si, channel = c;
                v.setOnCell((r, col) -> model.select(stageIndex, channel, r, col));
                v.getStyleClass().add("feature-map");
                flow.getChildren().add(v);
                views.add(v);
            }
            maps.add(views);
            ColorLegend legend = new ColorLegend(input ? "ink (0 = none, 1 = full)" : "activation");
            legend.show(map, input ? 0 : s.min(), input ? 1 : s.max());
            Label caption = new Label(s.caption());
            caption.getStyleClass().add("stage-caption");
            caption.setWrapText(true);
            HBox.setHgrow(caption, Priority.SOMETIMES);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox head = new HBox(16, caption, gap, legend);
            head.setAlignment(Pos.BOTTOM_LEFT);
            VBox stageBox = new VBox(8, head, flow);
            stageBox.getStyleClass().add("stage");
            stagesBox.getChildren().add(stageBox);
        }
        showFields();
    }

    private void showPrediction() {
        float[] p = model.probabilitiesProperty().get();
        int best = model.predictedProperty().get();
        predicted.setText(best < 0 ? "–" : Integer.toString(best));
        confidence.setText(best < 0 ? "" : String.format(Locale.ROOT, "%.1f%% sure", 100 * p[best]));
        bars.getChildren().clear();
        for (int d = 0; d < p.length; d++) {
            Label name = new Label(Integer.toString(d));
            name.getStyleClass().add("bar-digit");
            Region fill = new Region();
            fill.getStyleClass().add(d == best ? "bar-best" : "bar");
            fill.setPrefWidth(Math.max(2, 190 * p[d]));
            fill.setMinWidth(Region.USE_PREF_SIZE);
            fill.setPrefHeight(16);
            Label value = new Label(String.format(Locale.ROOT, "%.1f%%", 100 * p[d]));
            value.getStyleClass().add("bar-value");
            HBox row = new HBox(8, name, fill, value);
            row.setId("prob-" + d);
            row.setAlignment(Pos.CENTER_LEFT);
            bars.getChildren().add(row);
        }
    }

    private void showFields() {
        Map<Integer, Rect> fields = model.fieldsProperty().get();
        Neuron n = model.selectedProperty().get();
        List<Stage> stages = model.stagesProperty().get();
        for (int si = 0; si < maps.size(); si++) {
            Stage s = stages.get(si);
            Rect r = fields.get(s.activation());
            for (int c = 0; c < maps.get(si).size(); c++) {
                HeatmapView v = maps.get(si).get(c);
                v.setHighlight(r);
                boolean mine = n != null && n.activation() == s.activation() && n.channel() == c;
                v.setMark(mine ? n.row() : -1, mine ? n.col() : -1);
            }
        }
    }

    /** The heatmap of channel c of stage s, for tests. */
    HeatmapView map(int stage, int channel) {
        return maps.get(stage).get(channel);
    }
}
