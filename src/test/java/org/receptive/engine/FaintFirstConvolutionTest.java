package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Network#scaleFirstConvolution}: the first convolution's weights, and nothing else. */
class FaintFirstConvolutionTest {

    @Test
    void scalesOnlyTheFirstConvolutionsWeights() {
        Architecture a = Architecture.parse("1x8x8: conv3x3x3p1 relu pool2 conv3x3x4 relu dense5");
        Network net = Network.create(a, 5);
        float[] p = net.params();
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.5f;   // non-zero biases, so a bias scaled by mistake would show
        }
        float[] before = net.copyParams();
        int weights = ((Conv2d) net.layer(0)).weightCount();
        assertEquals(3 * 3 * 3, weights);

        net.scaleFirstConvolution(0.1f);

        for (int i = 0; i < p.length; i++) {
            float expected = i < weights ? before[i] * 0.1f : before[i];
            assertEquals(expected, p[i], 0f, "parameter " + i);
        }
    }
}
