package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.engine.Conv2d;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.engine.Pass;

/** Where dL/dY comes from, and one SGD step with the loss before and after. */
class UpstreamTest {

    @Test
    void theSquaredErrorGradientIsTheDifferenceFromTheTarget() {
        SplittableRandom r = new SplittableRandom(3);
        ConvolutionStepper st = StepperCase.random(r).stepper();
        float[][][] t = StepperCase.randomUpstream(st, r);
        TargetLoss loss = TargetLoss.of(t, "random");
        float[][][] y = st.output(), g = loss.gradient(st);
        double half = 0;
        for (int n = 0; n < y.length; n++) {
            for (int row = 0; row < y[n].length; row++) {
                for (int c = 0; c < y[n][row].length; c++) {
                    assertEquals(y[n][row][c] - t[n][row][c], g[n][row][c], 1e-6);
                    half += 0.5 * Math.pow(y[n][row][c] - t[n][row][c], 2);
                }
            }
        }
        assertEquals(half, loss.loss(st), 1e-4 * (1 + half));
    }

    @Test
    void aPresetTargetIsReachedExactlyByThePresetItself() {
        Setup s = new Setup(1, 9, 9, 2, 3, 1, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        float[][][] in = {InputPattern.CROSS.make(9, 9)};
        float[][] sobel = KernelPreset.SOBEL_X.values(3);
        ConvolutionStepper preset = new ConvolutionStepper(s, in, new float[][][][] {{sobel}, {sobel}}, new float[2]);
        TargetLoss loss = TargetLoss.ofPreset(preset, KernelPreset.SOBEL_X, 1f);
        assertEquals(0f, loss.loss(preset));
        ConvolutionStepper other = new ConvolutionStepper(s, in, new float[][][][] {{KernelPreset.BOX_BLUR.values(3)}, {sobel}},
                new float[2]);
        assertTrue(loss.loss(other) > 0);
        assertTrue(loss.describe().contains("Sobel x"), loss.describe());
    }

    @Test
    void oneStepDownTheGradientLowersTheLoss() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 40; trial++) {
            ConvolutionStepper st = StepperCase.random(r).stepper();
            Upstream up = r.nextBoolean() ? TargetLoss.zeros(st) : TargetLoss.ofPreset(st, KernelPreset.LAPLACIAN, 1f);
            Gradients g = new BackwardStepper(st, up.gradient(st)).gradients();
            double squared = BackwardStepperTest.dot(g);
            if (squared < 1e-6) {
                continue;   // ReLU stopped every gradient: nothing to step along
            }
            // A step expected, to first order, to remove a tenth of the loss: small enough for the
            // curvature, large enough to show in float.
            float lr = (float) (0.1 * up.loss(st) / squared);
            SgdStep step = SgdStep.take(st, up, lr);
            assertTrue(step.lossAfter() < step.lossBefore(), st.setup() + ": " + step.lossBefore() + " → " + step.lossAfter());
            float[][][][] w0 = st.kernels(), w1 = step.after().kernels();
            assertEquals(w0[0][0][0][0] - lr * g.weights()[0][0][0][0], w1[0][0][0][0], 1e-6 * (1 + Math.abs(w1[0][0][0][0])));
            assertEquals(st.bias()[0] - lr * g.bias()[0], step.after().bias()[0], 1e-6 * (1 + Math.abs(st.bias()[0])));
        }
        ConvolutionStepper st = StepperCase.random(r).stepper();
        assertThrows(IllegalArgumentException.class, () -> SgdStep.take(st, new OutputSum(), 0f));
        assertThrows(IllegalArgumentException.class, () -> SgdStep.take(st, new OutputSum(), Float.NaN));
    }

    @Test
    void allOnesIsTheGradientOfTheOutputsSum() {
        ConvolutionStepper st = StepperCase.random(new SplittableRandom(2)).stepper();
        OutputSum sum = new OutputSum();
        float[][][] g = sum.gradient(st);
        assertEquals(1f, g[0][0][0]);
        assertEquals(st.positions(), StepperCase.flat(g).length);
        SgdStep step = SgdStep.take(st, sum, 1e-3f);
        assertTrue(step.lossAfter() < step.lossBefore());
    }

    @Test
    void theNetworksGradientAtItsFirstConvolutionIsTheEnginesOwn() {
        Network net = DefaultModel.load().network();
        Dataset digits = Mnist.test();
        int unsure = 0;   // a digit the model is not sure of, so one step moves its loss visibly
        while (-Math.log(net.forward(digits.image(unsure))[digits.label(unsure)]) < 0.05) {
            unsure++;
        }
        NetworkLoss up = new NetworkLoss(net, digits.image(unsure), digits.label(unsure), 4, 4);
        ConvolutionStepper st = new ConvolutionStepper(up.setup(), up.input(), up.kernels(), up.bias());
        assertEquals(Activation.RELU, st.setup().activation(), "the default model has a ReLU after its first convolution");

        Pass pass = net.newPass();
        pass.forward(digits.image(unsure));
        float[] grads = new float[net.paramCount()];
        float loss = pass.backward(digits.label(unsure), grads);
        assertEquals(loss, up.loss(st), 1e-6);

        Gradients g = new BackwardStepper(st, up.gradient(st)).gradients();
        Conv2d conv = (Conv2d) net.layer(0);
        int k = 5;
        double largest = 0;
        for (int n = 0; n < 4; n++) {
            for (int y = 0; y < k; y++) {
                for (int x = 0; x < k; x++) {
                    float engine = grads[net.paramOffset(0) + ((4 + n) * k + y) * k + x];
                    largest = Math.max(largest, Math.abs(engine));
                    assertEquals(engine, g.weights()[n][0][y][x], 1e-5 + 1e-4 * Math.abs(engine),
                            "kernel " + (5 + n) + " at " + y + "," + x);
                }
            }
            assertEquals(grads[net.paramOffset(0) + conv.weightCount() + 4 + n], g.bias()[n], 1e-5);
        }
        assertTrue(largest > 1e-4, "a real gradient, not zeros");

        SgdStep step = SgdStep.take(st, up, SgdStep.suggestedRate(st, up));   // the rate the stepper offers
        assertTrue(step.lossAfter() < step.lossBefore(), step.lossBefore() + " → " + step.lossAfter());
        assertTrue(up.problem(st.setup().withPadding(1)) != null);
    }

    @Test
    void theSuggestedRateNeverOvershootsASquaredErrorTarget() {
        SplittableRandom r = new SplittableRandom(17);
        for (int trial = 0; trial < 40; trial++) {
            ConvolutionStepper st = StepperCase.random(r).stepper();
            Setup linear = st.setup().withActivation(Activation.NONE);
            st = new ConvolutionStepper(linear, st.input(), st.kernels(), st.bias());
            TargetLoss up = TargetLoss.ofPreset(st, KernelPreset.SHARPEN, 1f);
            float rate = SgdStep.suggestedRate(st, up);
            String digits = Float.toString(rate).replaceAll("[0.E-]", "").replaceAll("^0+", "");
            assertTrue(digits.startsWith("1") || digits.startsWith("2") || digits.startsWith("5"), "rate " + rate);
            SgdStep step = SgdStep.take(st, up, rate);
            assertTrue(step.lossAfter() <= step.lossBefore(), linear + ": " + step.lossBefore() + " → " + step.lossAfter());
        }
        assertEquals(0.01f, SgdStep.suggestedRate(StepperCase.random(r).stepper(), new OutputSum()));
    }

    /**
     * Found by the long monkey: on a digit the default model reads with certainty the network's
     * gradient is nearly 0, and 0.1 · |W| / |dL/dW| overflowed a float; the Backward panel then
     * threw formatting an infinite rate. Every suggestion is one a student could type.
     */
    @Test
    void aSuggestedRateIsAlwaysOneAStudentCouldType() {
        for (double rate : new double[] {1e39, 5e38, Double.POSITIVE_INFINITY, 1e3, 100, 0.5, 1e-9}) {
            assertTrue(SgdStep.usableRate(SgdStep.offered(rate)), "offered " + rate);
        }
        assertEquals(SgdStep.MAX_RATE, SgdStep.offered(1e39));
        assertEquals(0.5f, SgdStep.offered(0.5));
        assertEquals(0.01f, SgdStep.offered(Double.NaN));
        assertEquals(0.01f, SgdStep.offered(0));
    }
}
