package org.receptive.ui.training.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Architecture;
import org.receptive.engine.Conv2d;
import org.receptive.engine.Network;

/** The studio's copies of every convolution's kernels, and what changed since step 0. */
class ConvKernelsTest {

    @Test
    void kernelsAreCopiedOutAsTheEngineHoldsThem() {
        Network net = Network.create(Architecture.named("tiny"), 3);
        List<ConvKernels> ks = ConvKernels.of(net);
        assertEquals(2, ks.size());
        Conv2d second = (Conv2d) net.layer(3);
        ConvKernels k2 = ks.get(1);
        assertEquals(2, k2.convolution());
        assertEquals(8, k2.filters());
        assertEquals(4, k2.channels());
        assertEquals(3, k2.size());
        assertEquals(second.weight(5, 2, 1, 0), k2.kernel(5, 2)[1][0]);
        assertArrayEquals(((Conv2d) net.layer(0)).kernel(3, 0), ks.get(0).kernel(3, 0));

        float was = ks.get(0).kernel(0, 0)[0][0];
        net.params()[net.paramOffset(0)] = 99f;
        assertEquals(was, ks.get(0).kernel(0, 0)[0][0], "a copy, not a view of the network's weights");
        assertNotEquals(99f, was);
    }

    @Test
    void theChangeSinceStepZeroIsTheDifferenceWithItsOwnScale() {
        ConvKernels later = new ConvKernels(1, 1, 1, 2, new float[][][][] {{{{1, 2}, {3, 4}}}}, 4);
        ConvKernels start = new ConvKernels(1, 1, 1, 2, new float[][][][] {{{{1, 0}, {5, 4}}}}, 5);
        ConvKernels change = later.minus(start);
        assertArrayEquals(new float[][] {{0, 2}, {-2, 0}}, change.kernel(0, 0));
        assertEquals(2, change.maxAbs());
        assertEquals(2, change.maxAbs(0, 0));
    }
}
