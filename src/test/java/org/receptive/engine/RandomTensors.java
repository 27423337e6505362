package org.receptive.engine;

import java.util.SplittableRandom;

/** Seeded random arrays for the engine tests, so every failure can be replayed. */
final class RandomTensors {

    private RandomTensors() {
    }

    /** n values drawn uniformly from [lo, hi). */
    static float[] uniform(SplittableRandom random, int n, double lo, double hi) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) random.nextDouble(lo, hi);
        }
        return a;
    }

    /** n values uniform in ±[gap, 1): never within {@code gap} of zero, where ReLU has its kink. */
    static float[] awayFromZero(SplittableRandom random, int n, double gap) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            double m = random.nextDouble(gap, 1.0);
            a[i] = (float) (random.nextBoolean() ? m : -m);
        }
        return a;
    }

    /** n distinct values, any two at least {@code gap} apart, in random order: max pooling has no ties. */
    static float[] distinct(SplittableRandom random, int n, double gap) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) ((i - n / 2) * gap);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            float t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** Σ a·b summed in double. */
    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
