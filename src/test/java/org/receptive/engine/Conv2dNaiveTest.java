package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The im2col convolution against a direct loop written from the definition
 * <pre>
 *   y[o, oy, ox] = b[o] + Σ_c Σ_ky Σ_kx w[o, c, ky, kx] · x[c, oy·s − p + ky·d, ox·s − p + kx·d]
 * </pre>
 * (zero outside the input), and its backward pass against the adjoint of that loop, on random
 * shapes covering non-square inputs, kernels 1–7, strides 1–4, padding 0–3 and dilation 1–3.
 */
class Conv2dNaiveTest {

    static final double TOLERANCE = 1e-4;

    @Test
    void forwardAndBackwardEqualTheDirectLoopsOnRandomShapes() {
        SplittableRandom random = new SplittableRandom(20240501);
        int tested = 0, padded = 0, strided = 0, dilated = 0, tapsOutside = 0;
        while (tested < 120) {
            Shape in = new Shape(1 + random.nextInt(4), 3 + random.nextInt(13), 3 + random.nextInt(13));
            LayerSpec.Conv spec = new LayerSpec.Conv(1 + random.nextInt(5), 1 + random.nextInt(7),
                    1 + random.nextInt(4), random.nextInt(4), 1 + random.nextInt(3));
            if (OutputSize.problem(in.height(), spec.kernel(), spec.padding(), spec.stride(), spec.dilation()) != null
                    || OutputSize.problem(in.width(), spec.kernel(), spec.padding(), spec.stride(), spec.dilation()) != null) {
                continue;                                      // no output fits: nothing to compare
            }
            compare(in, spec, random, tested % 3 == 0);
            tested++;
            padded += spec.padding() > 0 ? 1 : 0;
            strided += spec.stride() > 1 ? 1 : 0;
            dilated += spec.dilation() > 1 ? 1 : 0;
            tapsOutside += spec.padding() >= spec.dilation() * (spec.kernel() - 1) + 1 ? 1 : 0;
        }
        // The random shapes did reach every branch of im2col/col2im.
        assertTrue(padded > 20 && strided > 20 && dilated > 20 && tapsOutside > 3,
                padded + " padded, " + strided + " strided, " + dilated + " dilated, " + tapsOutside + " with all-padding taps");
    }

    @Test
    void kernelTapsThatMissTheInputForEveryOutputAreZeros() {
        // 3×3 input, 5×5 kernel dilated to 9×9 with padding 3: one output, which sees only the
        // input's centre column and row; the outer taps fall in the padding on both sides.
        // im2col used to run off its rows here (ArrayIndexOutOfBoundsException).
        SplittableRandom random = new SplittableRandom(9);
        compare(new Shape(1, 3, 3), new LayerSpec.Conv(1, 5, 1, 3, 2), random, false);
        compare(new Shape(2, 3, 3), new LayerSpec.Conv(2, 5, 3, 3, 2), random, false);
        compare(new Shape(1, 4, 3), new LayerSpec.Conv(3, 1, 1, 3, 1), random, false);
        Network net = Network.create(Architecture.parse("1x3x3: conv5x5x1p3d2"), 1);
        assertEquals(1, net.forward(new float[9]).length);
    }

    @Test
    void weightAccessorReadsTheDocumentedLayout() {
        LayerSpec.Conv spec = new LayerSpec.Conv(3, 2, 1, 0, 1);
        Conv2d conv = (Conv2d) spec.build(new Shape(2, 4, 4));
        float[] p = new float[conv.paramCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        conv.bind(p, 0);
        // w (O=3, C=2, k=2, k=2) then b (3)
        assertEquals(((1 * 2 + 1) * 2 + 0) * 2 + 1, conv.weight(1, 1, 0, 1));
        assertEquals(3 * 2 * 2 * 2 + 2, conv.bias(2));
    }

    /** One random case: forward, dx, dW and db each against the direct loops. */
    static void compare(Shape in, LayerSpec.Conv spec, SplittableRandom random, boolean sparse) {
        Conv2d conv = (Conv2d) spec.build(in);
        Shape out = conv.outputShape();
        float[] params = RandomTensors.uniform(random, conv.paramCount(), -1, 1);
        conv.bind(params, 0);
        float[] x = RandomTensors.uniform(random, in.size(), -1, 1);
        float[] dy = RandomTensors.uniform(random, out.size(), -1, 1);
        if (sparse) {                                     // zeros as after a ReLU: the kernel's skip path
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextBoolean() ? 0f : x[i];
            }
            for (int i = 0; i < dy.length; i++) {
                dy[i] = random.nextInt(3) == 0 ? dy[i] : 0f;
            }
        }
        String what = spec.token() + " on " + in;
        Layer.Scratch scratch = conv.newScratch();
        float[] y = new float[out.size()];
        conv.forward(x, y, scratch);
        float[] dx = new float[in.size()];
        float[] grads = new float[params.length];
        conv.backward(x, y, dy, dx, grads, scratch);

        Direct direct = new Direct(in, out, spec, params);
        assertMatches(y, direct.forward(x), what + " forward");
        assertMatches(dx, direct.inputGradient(dy), what + " dx");
        assertMatches(grads, direct.paramGradient(x, dy), what + " dW, db");
    }

    /**
     * Each value is a sum of products; its float rounding grows with Σ|products|, which the loops
     * return beside each value. Require |fast − exact| ≤ 1e-4 · max(1, Σ|products|).
     */
    static void assertMatches(float[] fast, double[][] exact, String what) {
        double[] value = exact[0], scale = exact[1];
        assertEquals(value.length, fast.length, what);
        for (int i = 0; i < fast.length; i++) {
            double error = Math.abs(fast[i] - value[i]) / Math.max(1, scale[i]);
            assertTrue(error <= TOLERANCE, what + " at " + i + ": " + fast[i] + " but directly " + value[i]);
        }
    }

    /** The definition as nested loops in double, each result with the sum of its terms' sizes. */
    record Direct(Shape in, Shape out, LayerSpec.Conv spec, float[] p) {

        double w(int o, int c, int ky, int kx) {
            int k = spec.kernel();
            return p[((o * in.channels() + c) * k + ky) * k + kx];
        }

        int weightIndex(int o, int c, int ky, int kx) {
            int k = spec.kernel();
            return ((o * in.channels() + c) * k + ky) * k + kx;
        }

        int bias(int o) {
            return out.channels() * in.channels() * spec.kernel() * spec.kernel() + o;
        }

        /** Input row (or column) of tap t of output row (or column) o, possibly outside. */
        int tap(int o, int t) {
            return o * spec.stride() - spec.padding() + t * spec.dilation();
        }

        boolean inside(int iy, int ix) {
            return iy >= 0 && iy < in.height() && ix >= 0 && ix < in.width();
        }

        double[][] forward(float[] x) {
            double[] y = new double[out.size()], s = new double[out.size()];
            int k = spec.kernel();
            for (int o = 0; o < out.channels(); o++) {
                for (int oy = 0; oy < out.height(); oy++) {
                    for (int ox = 0; ox < out.width(); ox++) {
                        int at = out.index(o, oy, ox);
                        y[at] = p[bias(o)];
                        s[at] = Math.abs(p[bias(o)]);
                        for (int c = 0; c < in.channels(); c++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int iy = tap(oy, ky), ix = tap(ox, kx);
                                    if (inside(iy, ix)) {
                                        double term = w(o, c, ky, kx) * x[in.index(c, iy, ix)];
                                        y[at] += term;
                                        s[at] += Math.abs(term);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return new double[][] {y, s};
        }

        /** The adjoint of forward: every term w·x sends w·dy back to its x. */
        double[][] inputGradient(float[] dy) {
            double[] dx = new double[in.size()], s = new double[in.size()];
            int k = spec.kernel();
            for (int o = 0; o < out.channels(); o++) {
                for (int oy = 0; oy < out.height(); oy++) {
                    for (int ox = 0; ox < out.width(); ox++) {
                        for (int c = 0; c < in.channels(); c++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int iy = tap(oy, ky), ix = tap(ox, kx);
                                    if (inside(iy, ix)) {
                                        double term = w(o, c, ky, kx) * dy[out.index(o, oy, ox)];
                                        dx[in.index(c, iy, ix)] += term;
                                        s[in.index(c, iy, ix)] += Math.abs(term);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return new double[][] {dx, s};
        }

        /** Every term w·x sends x·dy to its w; the bias gets dy. */
        double[][] paramGradient(float[] x, float[] dy) {
            double[] g = new double[p.length], s = new double[p.length];
            int k = spec.kernel();
            for (int o = 0; o < out.channels(); o++) {
                for (int oy = 0; oy < out.height(); oy++) {
                    for (int ox = 0; ox < out.width(); ox++) {
                        double d = dy[out.index(o, oy, ox)];
                        g[bias(o)] += d;
                        s[bias(o)] += Math.abs(d);
                        for (int c = 0; c < in.channels(); c++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int iy = tap(oy, ky), ix = tap(ox, kx);
                                    if (inside(iy, ix)) {
                                        double term = x[in.index(c, iy, ix)] * d;
                                        g[weightIndex(o, c, ky, kx)] += term;
                                        s[weightIndex(o, c, ky, kx)] += Math.abs(term);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return new double[][] {g, s};
        }
    }
}
