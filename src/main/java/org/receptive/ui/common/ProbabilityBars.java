package org.receptive.ui.common;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One bar per class with its digit and percentage, the chosen class in the accent colour. Rows
 * are {@code prob-D}; style classes {@code bar}, {@code bar-best}, {@code bar-digit} and
 * {@code bar-value} are styled by each view's sheet. Each bar's track is as long as asked where
 * there is room and shorter where its column is narrow (zoomed in on a projector), down to a
 * third; the digits and percentages keep their width, and every track in the column the same
 * length, so the percentages line up.
 */
public final class ProbabilityBars extends VBox {

    private final double length;   // of a track where there is room

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
            Track track = new Track(fill, p[d]);
            HBox.setHgrow(track, Priority.ALWAYS);
            Label value = new Label(String.format(Locale.ROOT, "%.1f%%", 100 * p[d]));
            value.getStyleClass().add("bar-value");
            name.setMinWidth(Region.USE_PREF_SIZE);    // "100.0%" whole, zoomed in too
            value.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, name, track, value);
            row.setId("prob-" + d);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }

    /** A bar's track: the bar as long as its share of the track's width, at least 2 px so a zero shows. */
    private final class Track extends Region {
        private static final double HEIGHT = 18;
        private final Region fill;
        private final double p;

        Track(Region fill, double p) {
            this.fill = fill;
            this.p = p;
            getChildren().add(fill);
        }

        @Override protected double computePrefWidth(double height) { return length; }
        @Override protected double computeMinWidth(double height) { return length / 3; }
        @Override protected double computeMaxWidth(double height) { return length; }
        @Override protected double computePrefHeight(double width) { return HEIGHT; }
        @Override protected double computeMinHeight(double width) { return HEIGHT; }
        @Override protected double computeMaxHeight(double width) { return HEIGHT; }

        @Override
        protected void layoutChildren() {
            fill.resizeRelocate(0, 0, Math.max(2, Math.round(getWidth() * p)), HEIGHT);
        }
    }
}
