package org.receptive.cortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.engine.DefaultModel;

/** The trained model's first layer as the lab's neurons: selective kernels, distinct angles, working tuning. */
class LearnedKernelsTest {

    private static final List<float[][]> MODEL = DefaultModel.load().network().firstConvolution().orElseThrow().kernels(0);

    @Test
    void theModelsFirstLayerIsSixteenFiveByFiveKernels() {
        assertEquals(16, MODEL.size());
        assertEquals(5, MODEL.get(0).length);
        assertEquals(5, MODEL.get(0)[0].length);
    }

    @Test
    void trainingFoundSeveralSelectiveKernelsWithDifferentAngles() {
        FirstLayer learned = FirstLayer.learned(MODEL);
        assertEquals(4, learned.kinds(), "four kernels pass the threshold with angles apart");
        for (int a = 0; a < learned.kinds(); a++) {
            for (int b = a + 1; b < learned.kinds(); b++) {
                assertTrue(SelectiveKernels.angleBetween(learned.angles()[a], learned.angles()[b]) >= FirstLayer.ANGLES_APART,
                        learned.angles()[a] + "° and " + learned.angles()[b] + "°");
            }
        }
        // The chosen ones are clearly tuned, and better tuned than the median kernel of the layer.
        List<SelectiveKernels.Ranked> ranked = SelectiveKernels.rank(MODEL, FirstLayer.TUNING_STEPS);
        double median = ranked.get(ranked.size() / 2).selectivity();
        for (int k = 0; k < learned.kinds(); k++) {
            TuningCurve t = TuningCurve.measure(learned.sheet().neuron(k, 4, 4), FirstLayer.TUNING_STEPS);
            assertTrue(t.modulation() >= FirstLayer.LEAST_SELECTIVITY, learned.names()[k] + ": " + t.modulation());
            assertTrue(t.modulation() >= median, learned.names()[k] + " above the median " + median);
            assertEquals(learned.angles()[k], t.preferred(), 1e-9, "a neuron anywhere on the sheet peaks where its kernel does");
        }
    }

    @Test
    void theLearnedSheetTilesItsFieldWithOverlap() {
        FirstLayer learned = FirstLayer.learned(MODEL);
        assertTrue(learned.sheet().tiles());
        assertEquals(9, learned.sheet().rows());
        assertEquals(4, learned.sheet().fieldsContaining(13, 13).size(), "fields at 9–13 and 12–16 overlap on both axes");
        assertEquals(1, learned.sheet().fieldsContaining(14, 14).size(), "cell 14 lies in one field per axis");
    }
}
