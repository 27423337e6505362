package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One and two optimiser steps against values worked out by hand from the papers' update rules. */
class OptimizerTest {

    @Test
    void sgdWithMomentumTwoSteps() {
        // v ← μv − ηg, θ ← θ + v with η = 0.1, μ = 0.9.
        // θ = (1, −2). Step 1, g = (0.5, 2):  v = (−0.05, −0.2),            θ = (0.95, −2.2).
        // Step 2, g = (−1, 0):               v = (−0.045 + 0.1, −0.18) = (0.055, −0.18), θ = (1.005, −2.38).
        Sgd sgd = new Sgd(0.1, 0.9);
        float[] theta = {1f, -2f};
        sgd.step(theta, new float[] {0.5f, 2f});
        assertEquals(0.95f, theta[0], 1e-6);
        assertEquals(-2.2f, theta[1], 1e-6);
        sgd.step(theta, new float[] {-1f, 0f});
        assertEquals(1.005f, theta[0], 1e-6);
        assertEquals(-2.38f, theta[1], 1e-6);
    }

    @Test
    void sgdWithoutMomentumIsPlainGradientDescentAndResetForgetsVelocity() {
        Sgd sgd = new Sgd(0.5, 0);
        float[] theta = {3f};
        sgd.step(theta, new float[] {2f});
        sgd.step(theta, new float[] {2f});
        assertEquals(1f, theta[0], 1e-6);                  // 3 − 0.5·2 − 0.5·2

        Sgd momentum = new Sgd(0.1, 0.9);
        float[] a = {0f};
        momentum.step(a, new float[] {1f});
        momentum.reset();
        momentum.step(a, new float[] {1f});
        assertEquals(-0.2f, a[0], 1e-6);                  // without reset the second step would be −0.19
    }

    @Test
    void adamFirstStepIsTheLearningRateTimesTheSignOfTheGradient() {
        // t = 1: m̂ = g, v̂ = g², so θ ← θ − η·g/(|g| + ε) ≈ θ − η·sign(g), whatever |g|.
        Adam adam = new Adam(0.1);
        float[] theta = {1f, 1f, 1f};
        adam.step(theta, new float[] {0.5f, -3f, 0.01f});
        assertEquals(0.9f, theta[0], 1e-6);
        assertEquals(1.1f, theta[1], 1e-6);
        assertEquals(0.9f, theta[2], 1e-5);
    }

    @Test
    void adamSecondStepMatchesAlgorithmOne() {
        // β1 = 0.9, β2 = 0.999, η = 0.1, θ0 = 1, g1 = 0.5, g2 = −1 (Kingma and Ba, Algorithm 1):
        // m1 = 0.05, v1 = 0.00025, θ1 = 0.9.
        // m2 = 0.045 − 0.1 = −0.055, v2 = 0.00024975 + 0.001 = 0.00124975,
        // m̂2 = −0.055 / 0.19 = −0.2894737, v̂2 = 0.00124975 / 0.001999 = 0.6251876, √v̂2 = 0.7906881,
        // θ2 = 0.9 + 0.1 · 0.2894737 / 0.7906881 = 0.9366103.
        Adam adam = new Adam(0.1, 0.9, 0.999, 0);
        float[] theta = {1f};
        adam.step(theta, new float[] {0.5f});
        assertEquals(0.9f, theta[0], 1e-6);
        adam.step(theta, new float[] {-1f});
        assertEquals(0.9366103, theta[0], 2e-6);

        double expected = algorithmOne(0.1, 0.9, 0.999, 1e-8, 1.0, new double[] {0.5, -1, 0.2, 0.7});
        Adam defaults = new Adam(0.1);
        float[] t = {1f};
        for (float g : new float[] {0.5f, -1f, 0.2f, 0.7f}) {
            defaults.step(t, new float[] {g});
        }
        assertEquals(expected, t[0], 2e-6);
    }

    @Test
    void adamResetStartsTheBiasCorrectionAgain() {
        Adam adam = new Adam(0.1);
        float[] theta = {0f};
        adam.step(theta, new float[] {4f});
        adam.step(theta, new float[] {-1f});
        adam.reset();
        float before = theta[0];
        adam.step(theta, new float[] {2f});
        assertEquals(before - 0.1f, theta[0], 1e-6);        // a first step again: exactly η·sign(g)
    }

    @Test
    void optimisersByNameWithTheirHyperparameters() {
        Optimizer sgd = Optimizer.named(" SGD ", 0.05);
        assertInstanceOf(Sgd.class, sgd);
        assertEquals("SGD(learningRate=0.05, momentum=0.9)", sgd.toString());
        Optimizer adam = Optimizer.named("adam", 0.001);
        assertEquals("Adam(learningRate=0.001, beta1=0.9, beta2=0.999, epsilon=1.0E-8)", adam.toString());
        adam.setLearningRate(0.5);
        assertEquals(0.5, adam.learningRate());
        assertThrows(IllegalArgumentException.class, () -> Optimizer.named("rmsprop", 0.1));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(0, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Adam(Double.NaN));
    }

    /** Algorithm 1 of Kingma and Ba, in double, for one parameter. */
    static double algorithmOne(double lr, double b1, double b2, double eps, double theta, double[] grads) {
        double m = 0, v = 0;
        for (int t = 1; t <= grads.length; t++) {
            double g = grads[t - 1];
            m = b1 * m + (1 - b1) * g;
            v = b2 * v + (1 - b2) * g * g;
            double mHat = m / (1 - Math.pow(b1, t)), vHat = v / (1 - Math.pow(b2, t));
            theta -= lr * mHat / (Math.sqrt(vHat) + eps);
        }
        return theta;
    }
}
