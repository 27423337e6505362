package org.receptive.ui.common;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A colour bar with a title and its lowest, middle and highest values (the middle of a diverging
 * map is 0), so every colour map in the app can be read.
 */
public final class ColorLegend extends VBox {

    private final Canvas bar;
    private final HBox labels;
    private final Label title;
    private final Label low = new Label();
    private final Label mid = new Label();
    private final Label high = new Label();
    private ColorMap drawn;   // the map the bar shows: redrawn only when it changes
    private ColorMap shownMap;     // what show was last asked, to draw again at another width
    private double shownMin, shownMax;

    public ColorLegend(String caption) {
        this(caption, 180);
    }

    public ColorLegend(String caption, double width) {
        bar = new Canvas(width, 14);
        getStyleClass().add("color-legend");
        title = new Label(caption);
        title.getStyleClass().add("legend-title");
        low.getStyleClass().add("legend-value");
        mid.getStyleClass().add("legend-value");
        high.getStyleClass().add("legend-value");
        labels = new HBox(low, spacer(), mid, spacer(), high);
        labels.setAlignment(Pos.CENTER);
        labels.setPrefWidth(width);
        labels.setMaxWidth(width);
        getChildren().addAll(title, bar, labels);
        setSpacing(2);
        setMaxWidth(Region.USE_PREF_SIZE);
        setMinWidth(Region.USE_PREF_SIZE);   // the caption beside it wraps instead
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /**
     * Makes the bar {@code width} wide, as the picture it belongs to grows or shrinks, and the
     * caption wraps within it; what it shows stays.
     */
    public void setBarWidth(double width) {
        if (width == bar.getWidth()) {
            return;
        }
        title.setWrapText(true);
        title.setPrefWidth(width);
        title.setMaxWidth(width);
        bar.setWidth(width);
        labels.setPrefWidth(width);
        labels.setMaxWidth(width);
        drawn = null;
        if (shownMap != null) {
            show(shownMap, shownMin, shownMax);
        }
    }

    /** Shows the map over [min, max] (the diverging map over [−m, m], m the larger magnitude). */
    public void show(ColorMap map, double min, double max) {
        shownMap = map;
        shownMin = min;
        shownMax = max;
        if (map.diverging()) {
            double m = ColorMap.symmetricEnd(min, max);
            min = -m;
            max = m;
        }
        if (map != drawn) {
            // A live view calls show 30 times a second; repainting an unchanged bar cost the
            // software renderer ~10 ms a frame.
            drawn = map;
            GraphicsContext g = bar.getGraphicsContext2D();
            double w = bar.getWidth();
            for (int x = 0; x < w; x++) {
                g.setFill(map.at(x / (w - 1)));
                g.fillRect(x, 0, 1, bar.getHeight());
            }
        }
        low.setText(format(min));
        mid.setText(format((min + max) / 2));
        high.setText(format(max));
    }

    /** The texts under the bar: lowest, middle, highest. */
    public String[] valueTexts() {
        return new String[] {low.getText(), mid.getText(), high.getText()};
    }

    static String format(double v) {
        if (Math.abs(v) < 0.005) {
            return "0";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
