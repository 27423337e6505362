package org.receptive.ui.training;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart series of bounded size over a run of any length: values are averaged into bins of
 * training steps, and when there are more bins than {@code capacity} the bins are twice as wide
 * from then on (neighbours merged). A long run thus draws as many points as a short one, and the
 * chart stays cheap to lay out 30 times a second.
 */
final class BinnedSeries {

    private final int capacity;
    private long width = 1;
    /** Per bin: {first step, sum of step·weight, sum of value·weight, weight}. */
    private final List<double[]> bins = new ArrayList<>();

    BinnedSeries(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a series needs room for 2 points");
        }
        this.capacity = capacity;
    }

    /** Adds a value measured at {@code step}, standing for {@code weight} measurements. */
    void add(long step, double value, double weight) {
        if (!Double.isFinite(value) || weight <= 0) {
            return;
        }
        double[] last = bins.isEmpty() ? null : bins.get(bins.size() - 1);
        if (last != null && (long) last[0] / width == step / width) {
            last[1] += step * weight;
            last[2] += value * weight;
            last[3] += weight;
        } else {
            bins.add(new double[] {step, step * weight, value * weight, weight});
        }
        if (bins.size() > capacity) {
            width *= 2;
            List<double[]> merged = new ArrayList<>();
            for (double[] b : bins) {
                double[] m = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (m != null && (long) m[0] / width == (long) b[0] / width) {
                    m[1] += b[1];
                    m[2] += b[2];
                    m[3] += b[3];
                } else {
                    merged.add(b.clone());
                }
            }
            bins.clear();
            bins.addAll(merged);
        }
    }

    /** The points: each bin's mean step and mean value. */
    List<ChartPoint> points() {
        List<ChartPoint> p = new ArrayList<>(bins.size());
        for (double[] b : bins) {
            p.add(new ChartPoint(b[1] / b[3], b[2] / b[3]));
        }
        return List.copyOf(p);
    }

    void clear() {
        bins.clear();
        width = 1;
    }
}
