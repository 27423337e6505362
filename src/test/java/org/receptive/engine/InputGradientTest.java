package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link InputGradient} against central differences of the same quantity computed from a fresh
 * forward pass, for every input pixel: a class score, a difference of two, and single neurons of
 * a convolution, a ReLU and a pooling output. A step that crosses a ReLU's or a pooling window's
 * kink is retried smaller and the pixel skipped only if that crosses one too.
 */
class InputGradientTest {

    static final String[] SPECS = {
        "1x8x8: conv3x3x3p1 relu pool2 conv3x3x4 relu dense5",
        "2x9x7: conv3x3x3p1 relu pool2s1 conv3x3x4p1d2 relu pool2 flatten dense5",
        "1x10x10: conv5x5x4p2s2 relu conv1x1x3 relu pool3s1 dense6 relu dense4"};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void classScoreGradientMatchesCentralDifferences(int which) {
        Network net = network(which);
        float[] image = image(net, which);
        InputGradient g = new InputGradient(net);
        int last = net.layers().size();
        float[] analytic = g.ofClass(image, 1).clone();
        check(net, image, analytic, p -> p.activation(last)[1], "logit 1 of " + SPECS[which]);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void classDifferenceGradientIsTheDifferenceOfTheTwoGradients(int which) {
        Network net = network(which);
        float[] image = image(net, which);
        InputGradient g = new InputGradient(net);
        int last = net.layers().size();
        float[] analytic = g.ofClassDifference(image, 2, 0).clone();
        check(net, image, analytic, p -> p.activation(last)[2] - p.activation(last)[0], "logit 2 − logit 0");
        float[] two = g.ofClass(image, 2).clone(), zero = g.ofClass(image, 0).clone();
        for (int i = 0; i < image.length; i++) {
            assertEquals(two[i] - zero[i], analytic[i], 1e-5 * (1 + Math.abs(two[i]) + Math.abs(zero[i])));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void neuronGradientMatchesCentralDifferencesAtEveryKindOfLayer(int which) {
        Network net = network(which);
        float[] image = image(net, which);
        InputGradient g = new InputGradient(net);
        for (int activation = 1; activation < net.layers().size(); activation++) {
            Shape s = net.layer(activation - 1).outputShape();
            // The most active cell: a ReLU's dead cells have no gradient to check.
            Pass p0 = net.newPass();
            p0.forward(image);
            int at = 0, a = activation;
            for (int i = 0; i < s.size(); i++) {
                at = p0.activation(a)[i] > p0.activation(a)[at] ? i : at;
            }
            int c = at / (s.height() * s.width()), y = at / s.width() % s.height(), x = at % s.width();
            float[] analytic = g.ofNeuron(image, activation, c, y, x).clone();
            int cell = at;
            check(net, image, analytic, p -> p.activation(a)[cell], "activation " + activation + " of " + SPECS[which]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void theGradientLeavesTheNetworkAndItsAnswerAsTheyWere(int which) {
        Network net = network(which);
        float[] image = image(net, which);
        float[] params = net.copyParams();
        float[] probs = net.forward(image);
        new InputGradient(net).ofClass(image, 0);
        assertArrayEquals(params, net.params());
        assertArrayEquals(probs, net.forward(image));
    }

    static Network network(int which) {
        Network net = Network.create(Architecture.parse(SPECS[which]), 5 + which);
        SplittableRandom random = new SplittableRandom(which);
        float[] params = net.params();
        for (int i = 0; i < params.length; i++) {
            params[i] += (float) random.nextDouble(-0.05, 0.05);   // non-zero biases too
        }
        return net;
    }

    static float[] image(Network net, int which) {
        return RandomTensors.uniform(new SplittableRandom(100 + which), net.inputShape().size(), 0, 1);
    }

    /** Every pixel's analytic derivative against (f(x + h) − f(x − h)) / 2h, f from a fresh pass. */
    static void check(Network net, float[] image, float[] analytic, ToDoubleFunction<Pass> f, String what) {
        Pass pass = net.newPass();
        pass.forward(image);
        int[] pattern = NetworkGradientTest.kinks(pass);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        double largest = 0;
        for (int j = 0; j < image.length; j++) {
            double numeric = Double.NaN;
            for (double h = 1e-2; h >= 1e-4 && Double.isNaN(numeric); h /= 10) {
                numeric = difference(pass, image, j, h, pattern, f);
            }
            if (Double.isNaN(numeric)) {
                continue;
            }
            checked++;
            largest = Math.max(largest, Math.abs(numeric));
            if (LayerGradientTest.relativeError(analytic[j], numeric) > LayerGradientTest.TOLERANCE) {
                wrong.add("pixel " + j + ": analytic " + analytic[j] + " numeric " + numeric);
            }
        }
        assertEquals(List.of(), wrong, what);
        assertTrue(checked >= 0.9 * image.length, what + ": only " + checked + " of " + image.length + " pixels checked");
        assertTrue(largest > 1e-3, what + ": every derivative is zero, so nothing was checked");
    }

    private static double difference(Pass pass, float[] image, int j, double h, int[] pattern, ToDoubleFunction<Pass> f) {
        float[] x = image.clone();
        float plus = (float) (image[j] + h), minus = (float) (image[j] - h);
        x[j] = plus;
        pass.forward(x);
        double fp = f.applyAsDouble(pass);
        boolean same = Arrays.equals(pattern, NetworkGradientTest.kinks(pass));
        x[j] = minus;
        pass.forward(x);
        double fm = f.applyAsDouble(pass);
        same &= Arrays.equals(pattern, NetworkGradientTest.kinks(pass));
        return same ? (fp - fm) / ((double) plus - minus) : Double.NaN;
    }
}
