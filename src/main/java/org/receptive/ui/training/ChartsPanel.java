package org.receptive.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * The two live charts: training loss (mean over the batches between updates) and accuracy on
 * held-out test images, both against the training step. Points come from bounded series, so a
 * chart never holds more than a few hundred. Side by side where both fit at their least width,
 * one above the other where they do not (zoomed in on a projector), rather than widen the view.
 */
final class ChartsPanel extends Region {

    /** A chart's least width (its title and axis label whole), and the gap between the two. */
    static final double CHART_MIN_WIDTH = 360, GAP = 12;

    private final XYChart.Series<Number, Number> loss = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> accuracy = new XYChart.Series<>();
    private final StepChart lossChart;
    private final StepChart accuracyChart;

    ChartsPanel(TrainingViewModel model) {
        getStyleClass().add("charts");
        lossChart = chart("Training loss (lower is better)", "training step (one batch each)", "loss", loss, false);
        lossChart.setId("lossChart");
        accuracyChart = chart("Accuracy on " + DataSource.HELD_OUT + " held-out test images",
                "training step (one batch each)", "correct (%)", accuracy, true);
        accuracyChart.setId("accuracyChart");
        getChildren().addAll(lossChart, accuracyChart);
        // The step scrubbed back to is marked on both charts; none while following the run.
        lossChart.markedStepProperty().bind(model.shown().scrubbedStepProperty());
        accuracyChart.markedStepProperty().bind(model.shown().scrubbedStepProperty());
        model.lossPointsProperty().addListener((o, was, now) -> fill(loss, now));
        model.accuracyPointsProperty().addListener((o, was, now) -> fill(accuracy, now));
        // The x axes span the whole run from its start: the lines grow towards the end, and the
        // axes are not rescaled (and laid out again, tick labels and all) with every new point.
        model.plannedStepsProperty().addListener((o, was, now) -> {
            span((NumberAxis) lossChart.getXAxis(), now.longValue());
            span((NumberAxis) accuracyChart.getXAxis(), now.longValue());
        });
    }

    /** Whether the charts go side by side in {@code width} (the panel's own, with its padding). */
    private boolean sideBySide(double width) {
        return width < 0 || width - snappedLeftInset() - snappedRightInset() >= 2 * CHART_MIN_WIDTH + GAP;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;   // narrow, the charts stack and the panel is taller
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset(), y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset(), h = getHeight() - y - snappedBottomInset();
        if (sideBySide(getWidth())) {
            double each = (w - GAP) / 2;
            lossChart.resizeRelocate(x, y, each, h);
            accuracyChart.resizeRelocate(x + each + GAP, y, each, h);
        } else {
            double each = (h - GAP) / 2;
            lossChart.resizeRelocate(x, y, w, each);
            accuracyChart.resizeRelocate(x, y + each + GAP, w, each);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + CHART_MIN_WIDTH + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + lossChart.prefWidth(-1) + GAP + accuracyChart.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return tall(width, lossChart.minHeight(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        return tall(width, lossChart.prefHeight(-1));
    }

    /** The panel's height for charts {@code chart} high each, side by side or stacked as {@code width} allows. */
    private double tall(double width, double chart) {
        return snappedTopInset() + (sideBySide(width) ? chart : 2 * chart + GAP) + snappedBottomInset();
    }

    private static void span(NumberAxis x, long steps) {
        x.setAutoRanging(steps <= 0);
        if (steps > 0) {
            x.setLowerBound(0);
            x.setUpperBound(steps);
            x.setTickUnit(tickUnit(steps));
        }
    }

    /** 1, 2 or 5 times a power of ten, giving about four to eight ticks over {@code steps}. */
    static double tickUnit(long steps) {
        double raw = steps / 6.0, power = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        double m = raw / power;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
    }

    private static StepChart chart(String title, String x, String y, XYChart.Series<Number, Number> s,
                                                   boolean percent) {
        NumberAxis xAxis = new NumberAxis();
        xAxis.setLabel(x);
        xAxis.setForceZeroInRange(true);
        xAxis.setMinorTickVisible(false);
        // "12k" rather than "12,000": long labels run into each other on a narrow chart.
        xAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return Math.abs(v) >= 1000 ? String.format(java.util.Locale.ROOT, v % 1000 == 0 ? "%.0fk" : "%.1fk", v / 1000)
                        : String.format(java.util.Locale.ROOT, "%.0f", v);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        NumberAxis yAxis = percent ? new NumberAxis(0, 100, 20) : new NumberAxis();
        yAxis.setLabel(y);
        yAxis.setForceZeroInRange(true);
        StepChart c = new StepChart(xAxis, yAxis);
        c.setTitle(title);
        c.setAnimated(false);        // animations would replay 30 times a second
        c.setCreateSymbols(percent); // few accuracy points get dots; hundreds of loss points do not
        c.setLegendVisible(false);
        c.setMinHeight(200);
        c.setPrefHeight(240);
        c.setPrefWidth(420);
        c.setMinWidth(CHART_MIN_WIDTH);   // zoomed in, the title and axis label stay whole: the charts stack instead
        c.getData().add(s);
        return c;
    }

    /**
     * Puts {@code points} into the series: points beyond the new count are dropped (bins merged,
     * or a cleared chart), those already there are changed in place, and new ones are added, so
     * a chart with dots does not rebuild (and style) every dot each time.
     */
    static void fill(XYChart.Series<Number, Number> s, List<ChartPoint> points) {
        javafx.collections.ObservableList<XYChart.Data<Number, Number>> shown = s.getData();
        if (points.size() < shown.size()) {
            shown.remove(points.size(), shown.size());
        }
        for (int i = 0; i < shown.size(); i++) {
            XYChart.Data<Number, Number> d = shown.get(i);
            ChartPoint p = points.get(i);
            if (d.getXValue().doubleValue() != p.step()) {
                d.setXValue(p.step());
            }
            if (d.getYValue().doubleValue() != p.value()) {
                d.setYValue(p.value());
            }
        }
        List<XYChart.Data<Number, Number>> added = new ArrayList<>();
        for (ChartPoint p : points.subList(shown.size(), points.size())) {
            added.add(new XYChart.Data<>(p.step(), p.value()));
        }
        shown.addAll(added);
    }
}
