package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradient check of whole networks through {@link Pass#backward}: softmax cross-entropy on top of
 * convolutions, ReLU, pooling and a dense layer, against central differences of the loss computed
 * in double from the logits. Every parameter is checked. A step that moves any ReLU across zero or
 * changes any pooling winner is not differentiable there; such a parameter is retried with a
 * smaller step and skipped only if that crosses a kink too.
 */
class NetworkGradientTest {

    static final double H = 1e-2;

    @ParameterizedTest
    @ValueSource(strings = {
            "1x8x8: conv3x3x3p1 relu pool2 conv3x3x4 relu dense5",
            "2x9x7: conv3x3x3p1 relu pool2s1 conv3x3x4p1d2 relu pool2 flatten dense5",
            "2x7x9: conv5x5x4p2s2 relu conv1x1x3 relu pool3s1 dense4"})
    void backwardMatchesCentralDifferencesOfTheLoss(String spec) {
        Network net = Network.create(Architecture.parse(spec), 11);
        SplittableRandom random = new SplittableRandom(spec.hashCode());
        float[] params = net.params();
        for (int i = 0; i < params.length; i++) {
            params[i] += (float) random.nextDouble(-0.05, 0.05);   // non-zero biases too
        }
        float[] input = RandomTensors.uniform(random, net.inputShape().size(), 0, 1);
        int label = 2;

        Pass pass = net.newPass();
        pass.forward(input);
        double loss = loss(pass, label);
        int[] pattern = kinks(pass);
        float[] grads = new float[params.length];
        float returned = pass.backward(label, grads);
        assertEquals(loss, returned, 1e-5 * (1 + loss), "backward returns the sample's loss");

        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (int j = 0; j < params.length; j++) {
            double numeric = Double.NaN;
            for (double h = H; h >= H / 100 && Double.isNaN(numeric); h /= 10) {
                numeric = centralDifference(pass, input, label, j, h, pattern);
            }
            if (Double.isNaN(numeric)) {
                continue;                       // a kink within 1e-4 of this parameter: not differentiable
            }
            checked++;
            double error = LayerGradientTest.relativeError(grads[j], numeric);
            if (error > LayerGradientTest.TOLERANCE) {
                wrong.add("param " + j + ": analytic " + grads[j] + " numeric " + numeric);
            }
        }
        assertEquals(List.of(), wrong, spec);
        assertTrue(checked >= 0.95 * params.length, "only " + checked + " of " + params.length + " checked");
    }

    /** (L(θ_j + h) − L(θ_j − h)) / 2h, or NaN when either step changes the ReLU/pooling pattern. */
    static double centralDifference(Pass pass, float[] input, int label, int j, double h, int[] pattern) {
        float[] params = pass.network().params();
        float original = params[j];
        float plus = (float) (original + h), minus = (float) (original - h);
        params[j] = plus;
        pass.forward(input);
        double lp = loss(pass, label);
        boolean same = Arrays.equals(pattern, kinks(pass));
        params[j] = minus;
        pass.forward(input);
        double lm = loss(pass, label);
        same &= Arrays.equals(pattern, kinks(pass));
        params[j] = original;
        return same ? (lp - lm) / ((double) plus - minus) : Double.NaN;
    }

    /** −log softmax(logits)[label] in double: log Σ exp(z − max) + max − z[label]. */
    static double loss(Pass pass, int label) {
        float[] z = pass.activation(pass.network().layers().size());
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : z) {
            sum += Math.exp(v - max);
        }
        return Math.log(sum) + max - z[label];
    }

    /** Which ReLUs pass and which cell wins each pooling window: the piece of the piecewise-linear net. */
    static int[] kinks(Pass pass) {
        List<Layer> layers = pass.network().layers();
        List<Integer> pattern = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            float[] x = pass.activation(i);
            if (l instanceof ReLU) {
                for (float v : pass.activation(i + 1)) {
                    pattern.add(v > 0 ? 1 : 0);
                }
            } else if (l.spec() instanceof LayerSpec.Pool p) {
                Shape in = l.inputShape(), out = l.outputShape();
                for (int c = 0; c < out.channels(); c++) {
                    for (int oy = 0; oy < out.height(); oy++) {
                        for (int ox = 0; ox < out.width(); ox++) {
                            int best = -1;
                            for (int dy = 0; dy < p.size(); dy++) {
                                for (int dx = 0; dx < p.size(); dx++) {
                                    int at = in.index(c, oy * p.stride() + dy, ox * p.stride() + dx);
                                    if (best < 0 || x[at] > x[best]) {
                                        best = at;
                                    }
                                }
                            }
                            pattern.add(best);
                        }
                    }
                }
            }
        }
        return pattern.stream().mapToInt(Integer::intValue).toArray();
    }
}
