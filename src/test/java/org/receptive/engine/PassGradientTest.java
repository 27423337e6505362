package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Pass#gradient} hands back the gradient arriving at each activation. Checked against what
 * the backward pass must make of it: at the top it is probabilities − one-hot; a convolution's bias
 * gradient is its output gradient summed over the map; a ReLU passes it where its output is
 * positive. (NetworkGradientTest checks the backward pass itself against central differences.)
 */
class PassGradientTest {

    @Test
    void theGradientArrivingAtEachActivationIsTheOneBackwardUsed() {
        Network net = Network.create(Architecture.parse("1x8x8: conv3x3x3p1 relu pool2 dense4"), 5);
        float[] input = RandomTensors.uniform(new SplittableRandom(2), 64, 0, 1);
        Pass pass = net.newPass();
        float[] probs = pass.forward(input).clone();
        float[] grads = new float[net.paramCount()];
        pass.backward(1, grads);

        float[] top = pass.gradient(4);
        for (int i = 0; i < 4; i++) {
            assertEquals(probs[i] - (i == 1 ? 1 : 0), top[i], 1e-6, "logit " + i);
        }
        float[] convOut = pass.gradient(1), reluOut = pass.gradient(2);
        float[] relu = pass.activation(2);
        for (int i = 0; i < convOut.length; i++) {
            assertEquals(relu[i] > 0 ? reluOut[i] : 0f, convOut[i], "cell " + i);
        }
        Conv2d conv = (Conv2d) net.layer(0);
        for (int o = 0; o < 3; o++) {
            double sum = 0;
            for (int q = 0; q < 64; q++) {
                sum += convOut[o * 64 + q];
            }
            assertEquals(sum, grads[net.paramOffset(0) + conv.weightCount() + o], 1e-6, "dL/db of filter " + o);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> pass.gradient(0));
        assertThrows(IndexOutOfBoundsException.class, () -> pass.gradient(5));
    }

    @Test
    void aWeightSetOnTheConvolutionIsTheOneItReads() {
        Network net = Network.create(Architecture.parse("2x6x6: conv3x3x4p1 relu dense3"), 9);
        Conv2d conv = (Conv2d) net.layer(0);
        conv.setWeight(3, 1, 2, 0, 0.625f);
        conv.setBias(2, -1.5f);
        assertEquals(0.625f, conv.weight(3, 1, 2, 0));
        assertEquals(-1.5f, conv.bias(2));
        // (O, C, k, k) row-major, then the biases: filter 3, channel 1, row 2, column 0.
        assertEquals(0.625f, net.params()[((3 * 2 + 1) * 3 + 2) * 3]);
        assertEquals(-1.5f, net.params()[conv.weightCount() + 2]);
    }
}
