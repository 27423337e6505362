package org.receptive.ui.training;

import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The charts' side of a run: the loss binned over training steps, the held-out accuracy, the
 * step the run will end at, and which part of the studio each view update redraws.
 *
 * <p>Why the pacing: new chart points and texts make the scene lay out again, and new kernels
 * repaint a large image. On two cores with a software renderer, one pulse doing both often
 * missed the frame (measured: pulses of 30–50 ms). So they take turns: charts and texts at most
 * 5 times a second, kernels on the updates between. The last update of a run and the one at a
 * pause redraw everything. Accuracy points wait for the next chart turn for the same reason.
 */
final class RunCharts {

    /** What one view update redraws. */
    enum Turn { CHARTS, KERNELS, EVERYTHING }

    static final long CHART_INTERVAL_NANOS = 200_000_000L;

    private final BinnedSeries loss = new BinnedSeries(300);
    private final BinnedSeries accuracy = new BinnedSeries(300);
    private final ReadOnlyObjectWrapper<List<ChartPoint>> lossPoints = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<ChartPoint>> accuracyPoints = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyLongWrapper plannedSteps = new ReadOnlyLongWrapper(0);
    private long lastCharts = Long.MIN_VALUE / 2;
    private boolean chartsLast;
    private boolean accuracyWaiting;

    /** Empty charts, for fresh weights. */
    void clear() {
        loss.clear();
        accuracy.clear();
        lossPoints.set(List.of());
        accuracyPoints.set(List.of());
        plannedSteps.set(0);
        accuracyWaiting = false;
    }

    /** The run now starting ends at {@code step}: the x axes span 0 to it and stay put. */
    void plan(long step) {
        plannedSteps.set(Math.max(step, plannedSteps.get()));
    }

    void addLoss(long step, float value, int batches) {
        if (!Float.isNaN(value)) {
            loss.add(step, value, batches);
        }
    }

    /** A held-out accuracy (in %): drawn at the next chart turn, or at once when no run is drawing. */
    void addAccuracy(long step, double percent, boolean running) {
        accuracy.add(step, percent, 1);
        accuracyWaiting = true;
        if (!running) {
            publish();
        }
    }

    /** Whose turn the update at {@code now} is; {@code everything}: the last one of a run, or a pause. */
    Turn turn(long now, boolean everything) {
        if (everything) {
            lastCharts = now;
            chartsLast = true;
            return Turn.EVERYTHING;
        }
        if (!chartsLast && now - lastCharts >= CHART_INTERVAL_NANOS) {
            lastCharts = now;
            chartsLast = true;
            return Turn.CHARTS;
        }
        chartsLast = false;
        return Turn.KERNELS;
    }

    /** Hands the new points to the charts. */
    void publish() {
        lossPoints.set(loss.points());
        if (accuracyWaiting) {
            accuracyWaiting = false;
            accuracyPoints.set(accuracy.points());
        }
    }

    ReadOnlyObjectProperty<List<ChartPoint>> lossPointsProperty() { return lossPoints.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<List<ChartPoint>> accuracyPointsProperty() { return accuracyPoints.getReadOnlyProperty(); }
    /** The step the current run ends at (0 before any run): the charts' x axes end there. */
    ReadOnlyLongProperty plannedStepsProperty() { return plannedSteps.getReadOnlyProperty(); }
}
