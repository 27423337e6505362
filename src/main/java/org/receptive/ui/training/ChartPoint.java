package org.receptive.ui.training;

/** One point of a chart: training step and value. */
record ChartPoint(double step, double value) {
}
