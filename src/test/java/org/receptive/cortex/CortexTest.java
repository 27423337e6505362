package org.receptive.cortex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.stepper.KernelPreset;

class CortexTest {

    static final int K = 7;
    static final List<float[][]> ORIENTATIONS = List.of(KernelPreset.LINE_0.values(K), KernelPreset.LINE_45.values(K),
            KernelPreset.LINE_90.values(K), KernelPreset.LINE_135.values(K));

    @Test
    void aVerticalLineKernelPeaksAt90Degrees() {
        double[] expected = {0, 45, 90, 135};
        for (int i = 0; i < 4; i++) {
            TuningCurve curve = TuningCurve.measure(new OrientedNeuron(2, 2, ORIENTATIONS.get(i)), 36);
            assertEquals(expected[i], curve.preferred(), 0.1, "kernel " + i);
            assertTrue(curve.selectivity() > 2, "tuned, not flat: " + curve.selectivity());
        }
        TuningCurve blur = TuningCurve.measure(new OrientedNeuron(0, 0, KernelPreset.BOX_BLUR.values(K)), 36);
        assertTrue(blur.selectivity() < 1.2, "a blur does not care about orientation: " + blur.selectivity());
    }

    @Test
    void fieldsOverlapAndTileTheVisualField() {
        NeuronSheet sheet = new NeuronSheet(31, K, 4, ORIENTATIONS);
        assertEquals(7, sheet.rows());
        assertTrue(sheet.tiles());
        for (int y = 0; y < 31; y++) {
            for (int x = 0; x < 31; x++) {
                assertTrue(!sheet.fieldsContaining(y, x).isEmpty(), "cell " + y + "," + x + " is seen");
            }
        }
        assertEquals(4, sheet.fieldsContaining(13, 13).size(), "fields at 8–14 and 12–18 overlap on both axes");
    }

    @Test
    void aVerticalBarExcitesVerticalNeuronsOnlyWhereItIs() {
        NeuronSheet sheet = new NeuronSheet(31, K, 4, ORIENTATIONS);
        float[][] field = Stimulus.bar(31, 15, 11, 90, 40, 1.5);      // vertical bar at column 11
        float[][][] r = sheet.respond(field);
        int vertical = 2, horizontal = 0;
        float onBar = 0, offBar = 0, horizontalMax = 0;
        for (int row = 0; row < sheet.rows(); row++) {
            onBar = Math.max(onBar, r[vertical][row][2]);               // fields at columns 8–14
            offBar = Math.max(offBar, r[vertical][row][6]);             // fields at columns 24–30
            for (int col = 0; col < sheet.cols(); col++) {
                horizontalMax = Math.max(horizontalMax, r[horizontal][row][col]);
            }
        }
        assertTrue(onBar > 5, "vertical neurons over the bar fire: " + onBar);
        assertEquals(0f, offBar, "vertical neurons away from the bar stay silent");
        assertTrue(horizontalMax < onBar / 3, "horizontal neurons barely respond: " + horizontalMax);
    }

    @Test
    void aCrossUnitNeedsBothLinesAndSeesALargerField() {
        NeuronSheet sheet = new NeuronSheet(31, K, 4, ORIENTATIONS);
        CombiningUnit cross = new CombiningUnit("cross", 2, 2, 3, new int[] {0, 2});
        float[][] vertical = Stimulus.bar(31, 15, 15, 90, 40, 1.5);
        float[][] both = Stimulus.bar(31, 15, 15, 90, 40, 1.5);
        float[][] horizontal = Stimulus.bar(31, 15, 15, 0, 40, 1.5);
        for (int y = 0; y < 31; y++) {
            for (int x = 0; x < 31; x++) {
                both[y][x] = Math.max(both[y][x], horizontal[y][x]);
            }
        }
        assertEquals(0f, cross.respond(sheet.respond(vertical)), "one line is not a cross");
        assertTrue(cross.respond(sheet.respond(both)) > 5, "a cross is");
        assertArrayEquals(new int[] {8, 8, 15}, cross.field(sheet), "3 fields of 7 every 4 span 15 cells");
    }

    @Test
    void gratingsAndEdgesHaveTheirOrientation() {
        float[][] g = Stimulus.grating(20, 90, 5, 0);        // vertical stripes: constant down a column
        assertEquals(g[0][3], g[19][3], 1e-6f);
        float[][] e = Stimulus.edge(20, 90);                 // vertical edge: left dark, right bright
        assertEquals(0f, e[10][0]);
        assertEquals(1f, e[10][19]);
    }
}
