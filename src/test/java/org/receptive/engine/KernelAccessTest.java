package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the engine answers about its kernels and colour scales, so no view has to know the parameter layout. */
class KernelAccessTest {

    @Test
    void aKernelIsReadAndWrittenInTheLayoutTheConvolutionComputesWith() {
        Network net = Network.create(Architecture.named("tiny"), 3);
        Conv2d second = (Conv2d) net.layer(3);
        assertEquals(3, second.size());
        assertEquals(8, second.filters());
        assertEquals(4, second.channels());
        float[][] k = second.kernel(5, 2);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(second.weight(5, 2, y, x), k[y][x]);
            }
        }
        k[1][1] = 42;
        assertNotEquals(42f, second.weight(5, 2, 1, 1), "kernel() is a copy");

        float[] before = net.copyParams();
        float[][] sobel = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
        second.setKernel(5, 2, sobel);
        assertArrayEquals(sobel, second.kernel(5, 2));
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            changed += before[i] != net.params()[i] ? 1 : 0;
        }
        assertEquals(9, changed, "exactly that kernel's nine weights, in the network's own parameters");
        assertThrows(IllegalArgumentException.class, () -> second.setKernel(0, 0, new float[2][2]));
        assertThrows(IndexOutOfBoundsException.class, () -> second.kernel(8, 0));
    }

    @Test
    void theLargestMagnitudeSkipsNotYetComputedValues() {
        assertEquals(3f, Magnitude.largest(new float[] {1, -3, Float.NaN, 2}));
        assertEquals(2f, Magnitude.largest(new float[] {1, -3, Float.NaN, 2}, 3, 4));
        assertEquals(0f, Magnitude.largest(new float[0]));
        assertEquals(5f, Magnitude.largest(new float[][][] {{{1, 2}}, {{-5, Float.NaN}}}));
        assertEquals(4f, Magnitude.largestOf(List.of(new float[][] {{-4}}, new float[][] {{3, 1}})));
    }

    @Test
    void everyCallerGetsItsOwnCopyOfTheDefaultModel() {
        Network a = DefaultModel.load().network(), b = DefaultModel.load().network();
        assertNotSame(a.params(), b.params());
        assertArrayEquals(a.params(), b.params());
        a.params()[0] += 1;
        assertEquals(b.params()[0], DefaultModel.load().network().params()[0], "changing one copy leaves the others");
    }
}
