package org.receptive.ui.training;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/**
 * A line chart against the training step that can mark one step with a vertical line: the step
 * the timeline is scrubbed back to, so the student sees where on the loss and accuracy curves the
 * kernels on show come from. The line sits in the plot's own coordinates and is placed again
 * whenever the chart lays out (a new axis range moves it with the curve).
 */
final class StepChart extends LineChart<Number, Number> {

    private final Line marker = new Line();
    /** The marked step, or -1 for none (following the run live). */
    private final LongProperty markedStep = new SimpleLongProperty(-1);

    StepChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        marker.getStyleClass().add("step-marker");
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        getPlotChildren().add(marker);
        markedStep.addListener((o, was, now) -> requestChartLayout());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        long step = markedStep.get();
        NumberAxis x = (NumberAxis) getXAxis();
        boolean inRange = step >= 0 && step >= x.getLowerBound() && step <= x.getUpperBound();
        marker.setVisible(inRange);
        if (inRange) {
            double at = x.getDisplayPosition(step);
            marker.setStartX(at);
            marker.setEndX(at);
            marker.setStartY(0);
            marker.setEndY(getYAxis().getHeight());
            marker.toFront();
        }
    }

    /** The step marked by the line, -1 for none. */
    LongProperty markedStepProperty() {
        return markedStep;
    }

    /** The line drawn at the marked step (tests read where it is). */
    Line marker() {
        return marker;
    }
}
