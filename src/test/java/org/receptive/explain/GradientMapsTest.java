package org.receptive.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptive.engine.Architecture;
import org.receptive.engine.Conv2d;
import org.receptive.engine.InputGradient;
import org.receptive.engine.Network;

/** Gradient × input and Grad-CAM on networks whose answers can be worked out by hand. */
class GradientMapsTest {

    @Test
    void gradientTimesInputOfALinearScoreIsEachPixelTimesItsWeight() {
        float[] params = new float[2 * 4 + 2];
        float[] w0 = {1, -2, 3, 0.5f}, w1 = {0, 1, 1, 1};
        System.arraycopy(w0, 0, params, 0, 4);
        System.arraycopy(w1, 0, params, 4, 4);
        Network net = Network.withParams(Architecture.parse("1x2x2: dense2"), params);
        float[] image = {0.5f, 1, 0, 0.25f};
        InputGradient g = new InputGradient(net);
        assertArrayEquals(new float[] {0.5f, -2, 0, 0.125f}, GradientTimesInput.map(g, image, Question.why(0)).values(), 1e-6f);
        // Why 0 and not 1: (w0 − w1) · x per pixel.
        assertArrayEquals(new float[] {0.5f, -3, 0, -0.125f},
                GradientTimesInput.map(g, image, Question.whyNot(0, 1)).values(), 1e-6f);
    }

    @Test
    void gradCamWeightsEachMapByItsMeanGradientAndKeepsThePositivePart() {
        // Two 1×1 "convolutions" copy the 2×2 input into two maps (×1 and ×−1, then ReLU); the
        // dense layer scores class 0 as 3·Σ map0 − Σ map1 over the flattened 2×2×2 maps.
        Network net = Network.create(Architecture.parse("1x2x2: conv1x1x2 relu dense2"), 1);
        Conv2d conv = net.firstConvolution().orElseThrow();
        conv.setKernel(0, 0, new float[][] {{1}});
        conv.setKernel(1, 0, new float[][] {{-1}});
        conv.setBias(0, 0);
        conv.setBias(1, 0);
        float[] p = net.params();
        int dense = net.paramOffset(net.layers().size() - 1);
        java.util.Arrays.fill(p, dense, p.length, 0f);
        for (int i = 0; i < 4; i++) {
            p[dense + i] = 3;       // class 0 on map 0
            p[dense + 4 + i] = -1;  // class 0 on map 1
        }
        float[] image = {1, -1, 0.5f, 0};
        // map0 = ReLU(x) = {1, 0, 0.5, 0}, map1 = ReLU(−x) = {0, 1, 0, 0};
        // gradients at the maps: 3 everywhere for map 0, −1 for map 1, so α0 = 3, α1 = −1;
        // CAM = ReLU(3·map0 − map1) = {3, 0, 1.5, 0} (−1 clipped to 0).
        assertEquals(2, GradCam.mapsActivation(net), "the ReLU after the convolution");
        AttributionMap cam = GradCam.map(new InputGradient(net), image, Question.why(0));
        assertArrayEquals(new float[] {3, 0, 1.5f, 0}, cam.values(), 1e-6f);
    }

    @Test
    void enlargingACoarseMapPutsCellCentresOnCellCentresAndHoldsTheEdges() {
        float[] big = GradCam.enlarge(new float[] {0, 1, 2, 3}, 2, 2, 4, 4);
        assertEquals(0, big[0], 1e-6);          // corner cells hold the corner value
        assertEquals(3, big[15], 1e-6);
        assertEquals(0.25, big[1], 1e-6);       // a quarter of the way from 0 to 1
        for (float v : big) {
            assertTrue(v >= 0 && v <= 3);
        }
    }
}
