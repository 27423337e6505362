package org.receptive.cortex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks, from a set of kernels (e.g. a trained network's first layer), the ones that behave most
 * like orientation detectors: each kernel's tuning curve is measured over bars, kernels are
 * ranked by {@link TuningCurve#modulation()}, and the most selective are kept as long as their
 * preferred angles stay apart, so the sheet gets different orientations rather than four
 * copies of the same one.
 */
public final class SelectiveKernels {

    /** One kernel with its index in the original set, its tuning curve and its selectivity. */
    public record Ranked(int index, float[][] kernel, TuningCurve tuning) {

        public double selectivity() {
            return tuning.modulation();
        }

        public double preferred() {
            return tuning.preferred();
        }
    }

    private SelectiveKernels() {
    }

    /** Every kernel with its tuning over {@code steps} angles, most selective first. */
    public static List<Ranked> rank(List<float[][]> kernels, int steps) {
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < kernels.size(); i++) {
            float[][] k = kernels.get(i);
            out.add(new Ranked(i, k, TuningCurve.measure(new OrientedNeuron(0, 0, k), steps)));
        }
        out.sort(Comparator.comparingDouble(Ranked::selectivity).reversed());
        return out;
    }

    /**
     * Up to {@code count} of the most selective kernels, each with a selectivity of at least
     * {@code least} (a blur never qualifies), whose preferred angles differ pairwise by at least
     * {@code apart} degrees (on the half circle: 170° is 10° from 0°), sorted by preferred angle
     * so they can be laid out like preset orientations.
     */
    public static List<Ranked> mostSelective(List<float[][]> kernels, int count, double least, double apart, int steps) {
        List<Ranked> chosen = new ArrayList<>();
        for (Ranked r : rank(kernels, steps)) {
            if (chosen.size() < count && r.selectivity() >= least && chosen.stream().allMatch(c -> angleBetween(c.preferred(),
                    r.preferred()) >= apart)) {
                chosen.add(r);
            }
        }
        chosen.sort(Comparator.comparingDouble(Ranked::preferred));
        return chosen;
    }

    /** The difference between two line orientations, 0°–90°. */
    public static double angleBetween(double a, double b) {
        double d = Math.abs(a - b) % 180;
        return Math.min(d, 180 - d);
    }
}
