package org.receptive.ui.common;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A colour bar with its lowest, middle and highest values, so every colour map can be read. */
public final class ColorLegend extends VBox {

    private final Canvas bar = new Canvas(160, 14);
    private final Label low = new Label();
    private final Label mid = new Label();
    private final Label high = new Label();
    private final Label title = new Label();

    public ColorLegend(String caption) {
        getStyleClass().add("color-legend");
        title.setText(caption);
        title.getStyleClass().add("legend-title");
        HBox labels = new HBox(low, spacer(), mid, spacer(), high);
        labels.setAlignment(Pos.CENTER);
        labels.setPrefWidth(bar.getWidth());
        labels.setMaxWidth(bar.getWidth());
        getChildren().addAll(title, bar, labels);
        setSpacing(2);
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    /** Shows the map over [min, max] (the diverging map over [−m, m]). */
    public void show(ColorMap map, double min, double max) {
        if (map.diverging()) {
            double m = Math.max(Math.abs(min), Math.abs(max));
            min = -m;
            max = m;
        }
        GraphicsContext g = bar.getGraphicsContext2D();
        double w = bar.getWidth();
        for (int x = 0; x < w; x++) {
            g.setFill(map.at(x / (w - 1)));
            g.fillRect(x, 0, 1, bar.getHeight());
        }
        low.setText(format(min));
        mid.setText(format((min + max) / 2));
        high.setText(format(max));
    }

    static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
