package org.receptive.engine;

import java.util.SplittableRandom;

/** Standard normal samples from a seeded generator (Box–Muller), so seeds fix every weight. */
final class Gaussian {

    private Gaussian() {
    }

    static double next(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();   // (0, 1], keeps log finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
