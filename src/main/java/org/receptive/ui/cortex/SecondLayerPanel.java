package org.receptive.ui.cortex;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.receptive.cortex.CortexText;

/**
 * The second layer: units that fire only when the lines they combine are both present in their
 * larger (15×15) field, each with a response bar on the same scale as the first layer. Picking a
 * unit outlines its field on the visual field.
 */
final class SecondLayerPanel extends VBox {

    private final double barWidth;
    private final CortexLabModel model;
    private final List<Region> bars = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final VBox rows = new VBox(8);

    SecondLayerPanel(CortexLabModel model, double barWidth) {
        this.model = model;
        this.barWidth = barWidth;
        getStyleClass().add("second-layer");
        createView();
    }

    private void createView() {
        Label title = new Label("Layer 2: combining units");
        title.getStyleClass().add("lab-title");
        Label hint = new Label("Try a single bar, then a cross.");
        hint.getStyleClass().add("lab-hint");
        getChildren().addAll(title, hint, rows);
        // One listener each, kept for the panel's life: the rows under them are rebuilt per kernel set.
        model.selectedUnitProperty().addListener((o, was, now) -> {
            for (int i = 0; i < buttons.size(); i++) {
                buttons.get(i).setSelected(now.intValue() == i);
            }
        });
        model.kernelsProperty().addListener((o, was, now) -> buildRows());
        model.unitStatesProperty().addListener((o, was, now) -> redraw());
        buildRows();
    }

    private void buildRows() {
        rows.getChildren().clear();
        bars.clear();
        values.clear();
        buttons.clear();
        ToggleGroup group = new ToggleGroup();
        List<CortexLabModel.UnitState> states = model.unitStatesProperty().get();
        for (int i = 0; i < states.size(); i++) {
            int index = i;
            CortexLabModel.UnitState s = states.get(i);
            ToggleButton pick = new ToggleButton(s.name());
            pick.setId("unit-" + i);
            pick.getStyleClass().add("unit-button");
            pick.setToggleGroup(group);
            pick.setTooltip(new Tooltip("Outline this unit's " + s.field().height() + "×" + s.field().width()
                    + " field on the visual field; it " + s.combines()));
            pick.setSelected(model.selectedUnitProperty().get() == i);
            pick.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.selectedUnitProperty().set(index);
                } else if (model.selectedUnitProperty().get() == index) {
                    model.selectedUnitProperty().set(-1);
                }
            });
            Region bar = new Region();
            bar.getStyleClass().add("unit-bar");
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane track = new StackPane(bar);
            track.getStyleClass().add("unit-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setPrefWidth(barWidth);
            track.setMaxWidth(barWidth);
            Label value = new Label();
            value.setId("unit-value-" + i);
            value.getStyleClass().add("unit-value");
            bars.add(bar);
            values.add(value);
            buttons.add(pick);
            Label combines = new Label(s.combines() + "; field " + s.field().height() + "×" + s.field().width());
            combines.getStyleClass().add("lab-hint");
            combines.setWrapText(true);
            combines.setMaxWidth(barWidth + 190);     // the button and the value beside the bar
            HBox row = new HBox(10, pick, track, value);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(new VBox(2, row, combines));
        }
        redraw();
    }

    private void redraw() {
        List<CortexLabModel.UnitState> states = model.unitStatesProperty().get();
        double max = model.scaleMax();
        for (int i = 0; i < Math.min(states.size(), bars.size()); i++) {
            float v = states.get(i).response();
            bars.get(i).setPrefWidth(barWidth * Math.min(1, v / max));
            // Words with the bar, never colour or length alone. A single bar still tickles a
            // cross unit a little (its ends cross the other orientation's fields): "barely".
            double share = v / model.referenceResponse();
            String word = share < 0.02 ? "silent" : share < 0.2 ? "barely" : share < 0.5 ? "weakly" : "fires";
            values.get(i).setText(CortexText.response(v, model.referenceResponse()) + "  " + word);
        }
    }
}
