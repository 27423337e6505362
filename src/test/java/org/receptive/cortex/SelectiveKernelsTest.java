package org.receptive.cortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.stepper.KernelPreset;

/** Ranking kernels by how much they care about orientation, and picking distinct orientations. */
class SelectiveKernelsTest {

    @Test
    void aVerticalLineRanksAboveABlurAndPrefers90Degrees() {
        float[][] vertical = KernelPreset.LINE_90.values(5);
        float[][] blur = KernelPreset.BOX_BLUR.values(5);
        List<SelectiveKernels.Ranked> ranked = SelectiveKernels.rank(List.of(blur, vertical), 36);
        assertEquals(1, ranked.get(0).index(), "the line kernel comes first");
        assertEquals(90, ranked.get(0).preferred(), 0.1);
        assertTrue(ranked.get(0).selectivity() > 2, "a line is selective: " + ranked.get(0).selectivity());
        assertTrue(ranked.get(1).selectivity() < 0.5, "a blur is not: " + ranked.get(1).selectivity());
    }

    @Test
    void anOffCentreLineIsFoundByMovingTheBar() {
        // A vertical line in the field's second column: a bar held at the centre would miss it.
        float[][] k = new float[5][5];
        for (int y = 0; y < 5; y++) {
            k[y][1] = 1;
            k[y][2] = -1;
        }
        TuningCurve t = TuningCurve.measure(new OrientedNeuron(0, 0, k), 36);
        assertEquals(90, t.preferred(), 0.1);
        assertTrue(t.responses()[18] > 3, "the bar moved onto the line: " + t.responses()[18]);
    }

    @Test
    void mostSelectiveKeepsPreferredAnglesApartAndSortsThem() {
        List<float[][]> kernels = new ArrayList<>(List.of(KernelPreset.LINE_135.values(5), KernelPreset.BOX_BLUR.values(5),
                KernelPreset.LINE_90.values(5), KernelPreset.LINE_0.values(5)));
        float[][] weakVertical = KernelPreset.LINE_90.values(5);
        weakVertical[0][0] = 0.6f;                       // still vertical, a little less selective
        kernels.add(weakVertical);
        List<SelectiveKernels.Ranked> picked = SelectiveKernels.mostSelective(kernels, 4, 1, 30, 36);
        assertEquals(List.of(3, 2, 0), picked.stream().map(SelectiveKernels.Ranked::index).toList(),
                "0°, 90°, 135°: the second vertical and the blur are left out");
    }

    @Test
    void anglesBetweenLinesWrapAtHalfATurn() {
        assertEquals(10, SelectiveKernels.angleBetween(175, 5), 1e-9);
        assertEquals(90, SelectiveKernels.angleBetween(0, 90), 1e-9);
        assertEquals(45, SelectiveKernels.angleBetween(20, 155), 1e-9);
    }

    @Test
    void aDigitIsPastedAtItsOwnScaleAndCutAtTheBorder() {
        float[] pixels = new float[28 * 28];
        pixels[0] = 1;                                   // top-left pixel
        pixels[14 * 28 + 14] = 0.5f;                     // the pixel that lands on the centre
        float[][] f = Stimulus.image(31, pixels, 28, 15, 15);
        assertEquals(1f, f[1][1]);
        assertEquals(0.5f, f[15][15]);
        float[][] moved = Stimulus.image(31, pixels, 28, 15, 5);   // ten cells left: column 0..3 cut off
        assertEquals(0f, moved[1][1] + moved[1][0], "the top-left pixel went off the field");
        assertEquals(0.5f, moved[15][5]);
    }
}
