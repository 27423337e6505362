package org.receptive.ui.common;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One bar per class with its digit and percentage, the chosen class in the accent colour. Rows
 * are {@code prob-D}; style classes {@code bar}, {@code bar-best}, {@code bar-digit} and
 * {@code bar-value} are styled by each view's sheet.
 */
public final class ProbabilityBars extends VBox {

    private final double length;

    /** Bars up to {@code length} pixels long (a probability of 1). */
    public ProbabilityBars(double length) {
        super(4);
        this.length = length;
        getStyleClass().add("probability-bars");
    }

    /** Shows the probabilities; {@code best} (−1 for none) is drawn in the accent colour. */
    public void show(float[] p, int best) {
        getChildren().clear();
        for (int d = 0; d < p.length; d++) {
            Label name = new Label(Integer.toString(d));
            name.getStyleClass().add("bar-digit");
            Region fill = new Region();
            fill.getStyleClass().add(d == best ? "bar-best" : "bar");
            fill.setPrefSize(Math.max(2, length * p[d]), 18);
            fill.setMinWidth(Region.USE_PREF_SIZE);
            fill.setMaxHeight(Region.USE_PREF_SIZE);
            Region rest = new Region();
            rest.setPrefWidth(length - fill.getPrefWidth());
            rest.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(String.format(Locale.ROOT, "%.1f%%", 100 * p[d]));
            value.getStyleClass().add("bar-value");
            name.setMinWidth(Region.USE_PREF_SIZE);    // "100.0%" whole, zoomed in too
            value.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, name, new HBox(fill, rest), value);
            row.setId("prob-" + d);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }
}
