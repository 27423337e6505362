package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptive.ui.training.RunCharts.Turn;

/** Turn-taking between charts and kernels, accuracy points waiting for a chart turn, and the x axes' span. */
class RunChartsTest {

    private static final long MS = 1_000_000L;

    @Test
    void chartsAndKernelsTakeTurnsWithChartsAtMostFiveTimesASecond() {
        RunCharts c = new RunCharts();
        assertEquals(Turn.CHARTS, c.turn(0, false));
        assertEquals(Turn.KERNELS, c.turn(100 * MS, false));
        assertEquals(Turn.CHARTS, c.turn(200 * MS, false));
        assertEquals(Turn.KERNELS, c.turn(233 * MS, false));
        assertEquals(Turn.KERNELS, c.turn(266 * MS, false), "charts are not due yet");
        assertEquals(Turn.CHARTS, c.turn(400 * MS, false));
        assertEquals(Turn.KERNELS, c.turn(900 * MS, false), "never charts twice in a row");
        assertEquals(Turn.EVERYTHING, c.turn(910 * MS, true), "the last update of a run draws everything");
    }

    @Test
    void accuracyWaitsForAChartTurnWhileARunDraws() {
        RunCharts c = new RunCharts();
        c.addLoss(10, 2.3f, 10);
        c.addAccuracy(10, 40, true);
        assertTrue(c.accuracyPointsProperty().get().isEmpty());
        c.publish();
        assertEquals(1, c.accuracyPointsProperty().get().size());
        assertEquals(1, c.lossPointsProperty().get().size());
        c.addAccuracy(20, 60, false);
        assertEquals(2, c.accuracyPointsProperty().get().size(), "no run drawing: shown at once");
        c.addLoss(30, Float.NaN, 1);
        c.publish();
        assertEquals(1, c.lossPointsProperty().get().size(), "a NaN loss (no batch since the last update) adds no point");
    }

    @Test
    void theAxesSpanTheRunAndRestartEmpty() {
        RunCharts c = new RunCharts();
        c.plan(1875);
        c.plan(1875);
        assertEquals(1875, c.plannedStepsProperty().get());
        c.plan(3750);   // a continued run extends the charts
        assertEquals(3750, c.plannedStepsProperty().get());
        c.clear();
        assertEquals(0, c.plannedStepsProperty().get());
        assertEquals(500, ChartsPanel.tickUnit(1875));
        assertEquals(10, ChartsPanel.tickUnit(60));
        assertEquals(2000, ChartsPanel.tickUnit(12_000));
    }

    @Test
    void aSeriesKeepsThePointsItStillHasAndDropsTheRest() {
        javafx.scene.chart.XYChart.Series<Number, Number> s = new javafx.scene.chart.XYChart.Series<>();
        ChartsPanel.fill(s, java.util.List.of(new ChartPoint(10, 2.0), new ChartPoint(20, 1.5)));
        var first = s.getData().get(0);
        ChartsPanel.fill(s, java.util.List.of(new ChartPoint(10, 2.0), new ChartPoint(25, 1.2), new ChartPoint(40, 0.9)));
        assertEquals(3, s.getData().size());
        assertTrue(first == s.getData().get(0), "the point already there is kept (a dot is not rebuilt)");
        assertEquals(25.0, s.getData().get(1).getXValue().doubleValue(), "the growing last bin moves");
        assertEquals(1.2, s.getData().get(1).getYValue().doubleValue());
        ChartsPanel.fill(s, java.util.List.of(new ChartPoint(20, 1.6)));
        assertEquals(1, s.getData().size(), "merged bins: the extra points are dropped");
        assertEquals(1.6, s.getData().get(0).getYValue().doubleValue());
    }
}
