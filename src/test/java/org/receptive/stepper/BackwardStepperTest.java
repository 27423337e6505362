package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receptive.stepper.StepperCase.flat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Layer;
import org.receptive.engine.Network;

class BackwardStepperTest {

    /** The engine's Conv2d (and ReLU) backward on the same numbers: dW and db in the flat layout, then dX. */
    static float[][] engineBackward(StepperCase c, float[][][] upstream) {
        Network net = c.network();
        float[] x = flat(c.input());
        List<Layer> layers = net.layers();
        float[][] act = new float[layers.size() + 1][];
        Layer.Scratch[] scratch = new Layer.Scratch[layers.size()];
        act[0] = x;
        for (int l = 0; l < layers.size(); l++) {
            act[l + 1] = new float[layers.get(l).outputShape().size()];
            scratch[l] = layers.get(l).newScratch();
            layers.get(l).forward(act[l], act[l + 1], scratch[l]);
        }
        float[] grads = new float[net.paramCount()];
        float[] dy = flat(upstream);
        for (int l = layers.size() - 1; l >= 0; l--) {
            float[] dx = new float[act[l].length];
            layers.get(l).backward(act[l], act[l + 1], dy, dx, grads, scratch[l]);
            dy = dx;
        }
        return new float[][] {grads, dy};
    }

    @Test
    void theFinishedSweepEqualsTheEnginesConvolutionBackward() {
        SplittableRandom r = new SplittableRandom(21);
        for (int trial = 0; trial < 150; trial++) {
            StepperCase c = StepperCase.random(r);
            ConvolutionStepper st = c.stepper();
            float[][][] up = StepperCase.randomUpstream(st, r);
            Gradients g = new BackwardStepper(st, up).gradients();
            float[][] engine = engineBackward(c, up);
            float tolerance = 1e-5f * (1 + st.positions());
            float[] dw = flat(g.weights());
            for (int i = 0; i < dw.length; i++) {
                assertEquals(engine[0][i], dw[i], tolerance, c.setup() + " dL/dW " + i);
            }
            for (int n = 0; n < g.bias().length; n++) {
                assertEquals(engine[0][dw.length + n], g.bias()[n], tolerance, c.setup() + " dL/db " + n);
            }
            float[] dx = flat(g.input());
            for (int i = 0; i < dx.length; i++) {
                assertEquals(engine[1][i], dx[i], tolerance, c.setup() + " dL/dX " + i);
            }
        }
    }

    @Test
    void atStrideOneTheInputGradientIsTheFullConvolutionWithTheTurnedKernel() {
        SplittableRandom r = new SplittableRandom(4);
        int checked = 0;
        while (checked < 60) {
            StepperCase c = StepperCase.random(r);
            Setup s = c.setup().withStride(1).withDilation(1).withActivation(Activation.NONE);
            if (!s.valid()) {
                continue;
            }
            checked++;
            ConvolutionStepper st = new ConvolutionStepper(s, c.input(), c.kernels(), c.bias());
            float[][][] up = StepperCase.randomUpstream(st, r);
            float[][][] dx = new BackwardStepper(st, up).gradients().input();
            int k = s.kernelSize(), p = s.padding(), oh = st.outputHeight(), ow = st.outputWidth();
            for (int ch = 0; ch < s.channels(); ch++) {
                for (int y = 0; y < s.height(); y++) {
                    for (int x = 0; x < s.width(); x++) {
                        // dL/dY zero-padded by k − 1, cross-correlated with the kernel turned 180°,
                        // at (y + p, x + p): the "full" convolution, cropped by the forward padding.
                        double full = 0;
                        for (int n = 0; n < s.kernels(); n++) {
                            for (int a = 0; a < k; a++) {
                                for (int b = 0; b < k; b++) {
                                    int gy = y + p + a - (k - 1), gx = x + p + b - (k - 1);
                                    if (gy >= 0 && gy < oh && gx >= 0 && gx < ow) {
                                        full += up[n][gy][gx] * c.kernels()[n][ch][k - 1 - a][k - 1 - b];
                                    }
                                }
                            }
                        }
                        assertEquals(full, dx[ch][y][x], 1e-4, s + " at " + ch + "," + y + "," + x);
                    }
                }
            }
        }
    }

    @Test
    void eachPositionAddsItsTermsAndOnlyThose() {
        SplittableRandom r = new SplittableRandom(9);
        for (int trial = 0; trial < 30; trial++) {
            StepperCase c = StepperCase.random(r);
            Setup s = r.nextBoolean() ? c.setup() : c.setup().withMode(Mode.CONVOLUTION);
            ConvolutionStepper st = new ConvolutionStepper(s, c.input(), c.kernels(), c.bias());
            BackwardStepper back = new BackwardStepper(st, StepperCase.randomUpstream(st, r));
            int i = r.nextInt(st.positions());
            Gradients before = back.after(i), after = back.after(i + 1);
            BackwardStep step = back.step(i);
            float[][][][] dw = before.weights();
            float[][][] dx = before.input();
            for (BackwardTerm t : step.terms()) {
                Term term = t.term();
                dw[step.kernel()][term.channel()][term.wy()][term.wx()] += t.weightGradient();
                if (!term.padding()) {
                    dx[term.channel()][term.row()][term.col()] += t.inputGradient();
                } else {
                    assertEquals(0f, t.inputGradient(), "a padding cell receives nothing");
                }
            }
            assertTrue(deepClose(dw, after.weights()), s + " dW at position " + i);
            assertTrue(deepClose(dx, after.input()), s + " dX at position " + i);
            assertEquals(before.bias()[step.kernel()] + step.delta(), after.bias()[step.kernel()], 1e-6);
        }
    }

    @Test
    void reluPassesTheGradientOnlyWhereTheSumWasPositive() {
        Setup s = new Setup(1, 3, 3, 1, 2, 0, 1, 1, Activation.RELU, Mode.CROSS_CORRELATION);
        float[][][] in = {{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}};
        float[][][][] k = {{{{1, 0}, {0, -1}}}};              // every window: a − e = −4, then bias
        ConvolutionStepper st = new ConvolutionStepper(s, in, k, new float[] {4.5f});   // sums 0.5: ReLU passes
        float[][][] up = {{{2, 2}, {2, 2}}};
        BackwardStep open = new BackwardStepper(st, up).step(0);
        assertEquals(2f, open.delta());
        assertFalse(open.zeroedByActivation());
        ConvolutionStepper shut = new ConvolutionStepper(s, in, k, new float[] {3.5f});  // sums −0.5: ReLU stops it
        BackwardStep closed = new BackwardStepper(shut, up).step(0);
        assertEquals(0f, closed.delta());
        assertTrue(closed.zeroedByActivation());
        assertEquals(0f, closed.terms().get(0).weightGradient());
        Gradients g = new BackwardStepper(shut, up).gradients();
        assertEquals(0f, g.bias()[0]);
    }

    @Test
    void strideTwoScattersOntoEveryOtherCell() {
        // 5×5 input, 1×1 kernel of weight 3, stride 2: only rows and columns 0, 2, 4 are read.
        Setup s = new Setup(1, 5, 5, 1, 1, 0, 2, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        ConvolutionStepper st = new ConvolutionStepper(s, new float[1][5][5], new float[][][][] {{{{3}}}}, new float[1]);
        float[][][] dx = new BackwardStepper(st, new OutputSum().gradient(st)).gradients().input();
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                assertEquals(y % 2 == 0 && x % 2 == 0 ? 3f : 0f, dx[0][y][x], "cell " + y + "," + x);
            }
        }
    }

    /** Σ dW² + Σ db²: the squared length of the parameter gradient. */
    static double dot(Gradients g) {
        double s = 0;
        for (float v : flat(g.weights())) {
            s += v * v;
        }
        for (float v : g.bias()) {
            s += v * v;
        }
        return s;
    }

    private static boolean deepClose(Object a, Object b) {
        if (a instanceof float[] x && b instanceof float[] y) {
            for (int i = 0; i < x.length; i++) {
                if (Math.abs(x[i] - y[i]) > 1e-5 * (1 + Math.abs(y[i]))) {
                    return false;
                }
            }
            return x.length == y.length;
        }
        Object[] x = (Object[]) a, y = (Object[]) b;
        for (int i = 0; i < x.length; i++) {
            if (!deepClose(x[i], y[i])) {
                return false;
            }
        }
        return x.length == y.length;
    }
}
