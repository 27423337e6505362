package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresetsTest {

    static float sum(float[][] k) {
        float s = 0;
        for (float[] row : k) {
            for (float v : row) {
                s += v;
            }
        }
        return s;
    }

    @Test
    void classicKernelsHaveTheirTextbookValues() {
        assertArrayEquals(new float[] {-1, 0, 1}, KernelPreset.SOBEL_X.values(3)[0]);
        assertArrayEquals(new float[] {-2, 0, 2}, KernelPreset.SOBEL_X.values(3)[1]);
        assertArrayEquals(new float[] {1, 2, 1}, KernelPreset.SOBEL_Y.values(3)[2]);
        assertArrayEquals(new float[] {0, 1, 0}, KernelPreset.LAPLACIAN.values(3)[0]);
        assertArrayEquals(new float[] {-1, -1, -1}, KernelPreset.LINE_0.values(3)[0]);
        assertArrayEquals(new float[] {2, 2, 2}, KernelPreset.LINE_0.values(3)[1]);
        assertArrayEquals(new float[] {2, -1, -1}, KernelPreset.LINE_135.values(3)[0]);
        assertArrayEquals(new float[] {-1, -1, 2}, KernelPreset.LINE_45.values(3)[0]);
        assertEquals(1f / 16, KernelPreset.GAUSSIAN.values(3)[0][0], 1e-6f);
        assertEquals(4f / 16, KernelPreset.GAUSSIAN.values(3)[1][1], 1e-6f);
    }

    @Test
    void blursKeepBrightnessAndDetectorsIgnoreFlatPatches() {
        for (int k = 1; k <= 7; k++) {
            assertEquals(1f, sum(KernelPreset.BOX_BLUR.values(k)), 1e-5f, "box " + k);
            assertEquals(1f, sum(KernelPreset.GAUSSIAN.values(k)), 1e-5f, "gauss " + k);
            assertEquals(1f, sum(KernelPreset.IDENTITY.values(k)), 0f, "identity " + k);
            if (k > 1) {
                for (KernelPreset p : new KernelPreset[] {KernelPreset.SOBEL_X, KernelPreset.SOBEL_Y, KernelPreset.LAPLACIAN,
                        KernelPreset.PREWITT_X, KernelPreset.LINE_0, KernelPreset.LINE_45, KernelPreset.LINE_90, KernelPreset.LINE_135}) {
                    assertEquals(0f, sum(p.values(k)), 1e-5f, p + " at " + k);
                }
            }
        }
        assertEquals(-2f, KernelPreset.SOBEL_X.values(5)[2][1], "3×3 centred in 5×5");
        assertEquals(0f, KernelPreset.SOBEL_X.values(5)[0][0]);
    }

    @Test
    void aVerticalLineDetectorFiresOnAVerticalBarOnly() {
        Setup s = new Setup(1, 9, 9, 1, 3, 0, 1, 1, Activation.RELU, Mode.CROSS_CORRELATION);
        float[][][][] k = {{KernelPreset.LINE_90.values(3)}};
        float[][][] vertical = new ConvolutionStepper(s, new float[][][] {InputPattern.VERTICAL_BAR.make(9, 9)}, k, new float[1]).output();
        float[][][] horizontal = new ConvolutionStepper(s, new float[][][] {InputPattern.HORIZONTAL_BAR.make(9, 9)}, k,
                new float[1]).output();
        float maxV = 0, maxH = 0;
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                maxV = Math.max(maxV, vertical[0][y][x]);
                maxH = Math.max(maxH, horizontal[0][y][x]);
            }
        }
        assertTrue(maxV > 2, "vertical bar response " + maxV);
        assertEquals(0f, maxH, 1e-6f, "no response to a horizontal bar");
    }

    @Test
    void patternsLookLikeTheirNames() {
        float[][] v = InputPattern.VERTICAL_BAR.make(10, 10);
        assertEquals(1f, v[0][4]);
        assertEquals(1f, v[9][5]);
        assertEquals(0f, v[5][0]);
        float[][] c = InputPattern.CHECKERBOARD.make(4, 4);
        assertEquals(1f, c[0][0]);
        assertEquals(0f, c[0][1]);
        float[][] d = InputPattern.DIAGONAL.make(8, 8);
        for (int i = 0; i < 8; i++) {
            assertEquals(1f, d[i][i]);
        }
        assertEquals(0f, d[0][7]);
        assertArrayEquals(InputPattern.random(5, 5, 3)[2], InputPattern.random(5, 5, 3)[2]);
    }
}
