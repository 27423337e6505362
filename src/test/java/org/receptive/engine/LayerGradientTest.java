package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Central-difference gradient checks of every layer type (as convnetjs' NeuralNetSpec does).
 * The scalar loss is L = Σ y·r for a fixed random r, so dL/dy = r is what backward receives;
 * dL/dx and dL/dθ from backward must match (L(v + h) − L(v − h)) / 2h for every input and
 * parameter v, with L summed in double.
 */
class LayerGradientTest {

    /** Largest allowed |analytic − numeric| / max(|analytic|, |numeric|, FLOOR). */
    static final double TOLERANCE = 1e-2;
    static final double FLOOR = 1e-2;
    static final double H = 1e-2;

    static Stream<Arguments> convolutions() {
        return Stream.of(
                Arguments.of(new Shape(1, 5, 5), new LayerSpec.Conv(1, 3, 1, 0, 1)),
                Arguments.of(new Shape(3, 7, 6), new LayerSpec.Conv(4, 3, 1, 1, 1)),
                Arguments.of(new Shape(2, 9, 8), new LayerSpec.Conv(3, 3, 2, 1, 1)),
                Arguments.of(new Shape(2, 9, 9), new LayerSpec.Conv(2, 3, 1, 2, 2)),
                Arguments.of(new Shape(3, 5, 4), new LayerSpec.Conv(2, 1, 1, 0, 1)),
                Arguments.of(new Shape(1, 4, 4), new LayerSpec.Conv(2, 1, 2, 2, 1)),
                Arguments.of(new Shape(2, 9, 8), new LayerSpec.Conv(3, 7, 1, 3, 1)),
                Arguments.of(new Shape(2, 11, 10), new LayerSpec.Conv(3, 3, 3, 1, 2)),
                Arguments.of(new Shape(4, 6, 13), new LayerSpec.Conv(5, 5, 2, 3, 1)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("convolutions")
    void convolutionGradientsMatchCentralDifferences(Shape in, LayerSpec.Conv spec) {
        SplittableRandom random = new SplittableRandom(in.size() * 31L + spec.hashCode());
        check(spec.build(in), RandomTensors.uniform(random, in.size(), -1, 1), random);
    }

    @Test
    void reluGradientMatchesCentralDifferencesAwayFromTheKink() {
        SplittableRandom random = new SplittableRandom(2);
        Shape in = new Shape(3, 4, 5);
        // No input within 0.1 of zero, so x ± h never crosses the kink.
        check(new LayerSpec.Relu().build(in), RandomTensors.awayFromZero(random, in.size(), 0.1), random);
    }

    static Stream<Arguments> poolings() {
        return Stream.of(
                Arguments.of(new Shape(2, 6, 6), new LayerSpec.Pool(2, 2)),
                Arguments.of(new Shape(2, 7, 7), new LayerSpec.Pool(3, 2)),   // overlapping windows
                Arguments.of(new Shape(1, 8, 8), new LayerSpec.Pool(2, 3)),   // gaps between windows
                Arguments.of(new Shape(1, 5, 6), new LayerSpec.Pool(3, 1)),
                Arguments.of(new Shape(3, 7, 5), new LayerSpec.Pool(2, 2)));  // odd sizes drop a row
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("poolings")
    void maxPoolGradientMatchesCentralDifferencesWithoutTies(Shape in, LayerSpec.Pool spec) {
        SplittableRandom random = new SplittableRandom(in.size() * 17L + spec.hashCode());
        // Values 0.05 apart: x ± h never changes a window's winner.
        check(spec.build(in), RandomTensors.distinct(random, in.size(), 0.05), random);
    }

    @Test
    void flattenGradientMatchesCentralDifferences() {
        SplittableRandom random = new SplittableRandom(3);
        Shape in = new Shape(2, 3, 4);
        check(new LayerSpec.Flatten().build(in), RandomTensors.uniform(random, in.size(), -1, 1), random);
    }

    @Test
    void denseGradientsMatchCentralDifferences() {
        SplittableRandom random = new SplittableRandom(4);
        check(new LayerSpec.Dense(5).build(new Shape(2, 3, 4)), RandomTensors.uniform(random, 24, -1, 1), random);
        check(new LayerSpec.Dense(3).build(new Shape(7, 1, 1)), RandomTensors.uniform(random, 7, -1, 1), random);
    }

    @Test
    void maxPoolSendsTheGradientToTheFirstOfTiedCells() {
        Layer pool = new LayerSpec.Pool(2, 2).build(new Shape(1, 2, 4));
        float[] x = {1, 5, 3, 3,
                     5, 2, 3, 1};
        float[] y = new float[2];
        Layer.Scratch scratch = pool.newScratch();
        pool.forward(x, y, scratch);
        assertArrayEquals(new float[] {5, 3}, y);
        float[] dx = new float[8];
        pool.backward(x, y, new float[] {10, 20}, dx, null, scratch);
        assertArrayEquals(new float[] {0, 10, 20, 0, 0, 0, 0, 0}, dx);
    }

    @Test
    void backwardAddsParameterGradientsAndAcceptsANullInputGradient() {
        SplittableRandom random = new SplittableRandom(5);
        for (Layer layer : new Layer[] {
                new LayerSpec.Conv(3, 3, 1, 1, 1).build(new Shape(2, 5, 5)),
                new LayerSpec.Dense(4).build(new Shape(2, 3, 3))}) {
            float[] params = RandomTensors.uniform(random, layer.paramCount(), -1, 1);
            layer.bind(params, 0);
            float[] x = RandomTensors.uniform(random, layer.inputShape().size(), -1, 1);
            float[] dy = RandomTensors.uniform(random, layer.outputShape().size(), -1, 1);
            float[] y = new float[dy.length];
            Layer.Scratch scratch = layer.newScratch();

            float[] once = new float[params.length];
            layer.forward(x, y, scratch);
            layer.backward(x, y, dy, new float[x.length], once, scratch);
            float[] twice = once.clone();
            layer.forward(x, y, scratch);
            layer.backward(x, y, dy, null, twice, scratch);

            for (int i = 0; i < once.length; i++) {
                assertEquals(2 * once[i], twice[i], 1e-5 * (1 + Math.abs(once[i])), layer.spec().token() + " param " + i);
            }
        }
    }

    @Test
    void layersAtAnOffsetReadAndWriteOnlyTheirOwnSlice() {
        SplittableRandom random = new SplittableRandom(6);
        Layer layer = new LayerSpec.Conv(2, 3, 1, 1, 1).build(new Shape(1, 4, 4));
        int offset = 7, n = layer.paramCount();
        float[] own = RandomTensors.uniform(random, n, -1, 1);
        float[] shared = new float[offset + n + 5];
        Arrays.fill(shared, Float.NaN);                  // any read outside the slice would poison y
        System.arraycopy(own, 0, shared, offset, n);
        float[] x = RandomTensors.uniform(random, 16, -1, 1);
        float[] dy = RandomTensors.uniform(random, layer.outputShape().size(), -1, 1);

        float[] yShared = new float[dy.length];
        float[] gShared = new float[shared.length];
        layer.bind(shared, offset);
        Layer.Scratch s = layer.newScratch();
        layer.forward(x, yShared, s);
        layer.backward(x, yShared, dy, new float[16], gShared, s);

        float[] yOwn = new float[dy.length];
        float[] gOwn = new float[n];
        layer.bind(own, 0);
        layer.forward(x, yOwn, s);
        layer.backward(x, yOwn, dy, new float[16], gOwn, s);

        assertArrayEquals(yOwn, yShared);
        assertArrayEquals(gOwn, Arrays.copyOfRange(gShared, offset, offset + n));
        for (int i = 0; i < shared.length; i++) {
            if (i < offset || i >= offset + n) {
                assertEquals(0f, gShared[i], "gradient written outside the layer's slice at " + i);
            }
        }
    }

    /** Checks dL/dx and dL/dθ of {@code layer} at input x, with random parameters and r. */
    static void check(Layer layer, float[] x, SplittableRandom random) {
        float[] params = RandomTensors.uniform(random, layer.paramCount(), -1, 1);
        layer.bind(params, 0);
        float[] r = RandomTensors.uniform(random, layer.outputShape().size(), -1, 1);
        Layer.Scratch scratch = layer.newScratch();
        float[] y = new float[r.length];

        // Backward must overwrite y and dx and add into grads: start them all dirty.
        Arrays.fill(y, Float.NaN);
        layer.forward(x, y, scratch);
        float[] dx = new float[x.length];
        Arrays.fill(dx, Float.NaN);
        float[] grads = new float[params.length];
        Arrays.fill(grads, 0.25f);
        layer.backward(x, y, r, dx, grads, scratch);
        for (int i = 0; i < grads.length; i++) {
            grads[i] -= 0.25f;
        }

        String what = layer.spec().token() + " on " + layer.inputShape();
        assertClose(dx, numeric(layer, x, x, r, scratch), what + ": dL/dx");
        assertClose(grads, numeric(layer, params, x, r, scratch), what + ": dL/dθ");
    }

    /** Central differences of L = Σ layer(x)·r with respect to every entry of {@code v} (x or θ). */
    static double[] numeric(Layer layer, float[] v, float[] x, float[] r, Layer.Scratch scratch) {
        double[] g = new double[v.length];
        float[] y = new float[r.length];
        for (int i = 0; i < v.length; i++) {
            float original = v[i];
            float plus = (float) (original + H), minus = (float) (original - H);
            v[i] = plus;
            layer.forward(x, y, scratch);
            double lp = RandomTensors.dot(y, r);
            v[i] = minus;
            layer.forward(x, y, scratch);
            double lm = RandomTensors.dot(y, r);
            v[i] = original;
            g[i] = (lp - lm) / ((double) plus - minus);   // the step actually taken in float
        }
        return g;
    }

    /** max |a − n| / max(|a|, |n|, FLOOR) below TOLERANCE; names the worst entry otherwise. */
    static void assertClose(float[] analytic, double[] numeric, String what) {
        assertEquals(numeric.length, analytic.length, what);
        double worst = 0;
        int at = -1;
        for (int i = 0; i < analytic.length; i++) {
            double e = relativeError(analytic[i], numeric[i]);
            if (e > worst || Double.isNaN(e)) {
                worst = e;
                at = i;
            }
        }
        final double w = worst;
        final int a = at;
        assertTrue(w < TOLERANCE, () -> what + ": entry " + a + " analytic " + analytic[a] + " numeric " + numeric[a]
                + " (relative error " + w + ")");
    }

    static double relativeError(double a, double n) {
        return Math.abs(a - n) / Math.max(FLOOR, Math.max(Math.abs(a), Math.abs(n)));
    }
}
