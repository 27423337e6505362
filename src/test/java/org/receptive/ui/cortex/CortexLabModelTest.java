package org.receptive.ui.cortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptive.cortex.KernelSet;
import org.receptive.cortex.StimulusKind;
import org.receptive.ui.common.Rect;

/** The lab's state without a window: what lights up, tuning, the cross detector, lesson settings. */
class CortexLabModelTest {

    @Test
    void aVerticalBarLightsVerticalNeuronsOnlyWhereItIs() {
        CortexLabModel lab = new CortexLabModel();
        lab.angleProperty().set(90);
        lab.moveTo(15, 15);
        float[][][] r = lab.responsesProperty().get();
        assertTrue(r[2][3][3] > 5, "the vertical neuron under the bar fires: " + r[2][3][3]);
        assertEquals(0f, r[2][3][0], "a vertical neuron far to the left stays silent");
        assertTrue(r[0][3][3] < r[2][3][3] / 3, "the horizontal neuron at the same place barely answers");

        lab.moveTo(15, 3);                 // drag the bar to the left edge
        r = lab.responsesProperty().get();
        assertEquals(0f, r[2][3][3], "the centre neuron goes quiet when the bar leaves its field");
        assertTrue(r[2][3][0] > 5, "the left neuron takes over: " + r[2][3][0]);
    }

    @Test
    void aPickedCombiningUnitTheOtherKernelSetLacksIsLetGoOnSwapping() {
        CortexLabModel lab = new CortexLabModel();
        for (KernelSet from : KernelSet.values()) {
            for (KernelSet to : KernelSet.values()) {
                lab.kernelsProperty().set(from);
                int last = lab.unitStatesProperty().get().size() - 1;
                lab.selectedUnitProperty().set(last);
                lab.kernelsProperty().set(to);
                int unit = lab.selectedUnitProperty().get();
                // The monkey found the old code keeping unit 1 over a set with one unit, which the field then drew.
                assertTrue(unit < lab.unitStatesProperty().get().size(), from + " -> " + to + ": unit " + unit);
            }
        }
    }

    @Test
    void aPickedKindAndUnitTheOtherKernelSetLacksAreBothLetGoBeforeAnythingRedraws() {
        // The monkey (seed 20261202, action 1746) picked the 135° neuron (kind 3) and the last unit,
        // then Learned: letting the unit go redrew with kind 3 still picked, and the learned set has three kinds.
        CortexLabModel lab = new CortexLabModel();
        lab.kernelsProperty().set(KernelSet.PRESET);
        int kinds = lab.kinds();
        assertTrue(lab.select(kinds - 1, 3, 3));
        lab.selectedUnitProperty().set(lab.unitStatesProperty().get().size() - 1);
        // A listener's exception goes to the thread's handler, not to the caller: catch it there.
        java.util.List<Throwable> thrown = new java.util.ArrayList<>();
        Thread.UncaughtExceptionHandler was = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            lab.kernelsProperty().set(KernelSet.LEARNED);
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(was);
        }
        assertEquals(java.util.List.of(), thrown);
        assertTrue(lab.selectedProperty().get().kind() < lab.kinds());
        assertTrue(lab.selectedUnitProperty().get() < lab.unitStatesProperty().get().size());
    }

    @Test
    void tuningFollowsThePickedNeuron() {
        CortexLabModel lab = new CortexLabModel();
        assertEquals(90, lab.tuningProperty().get().preferred(), 0.1);
        assertTrue(lab.select(1, 2, 4));
        assertEquals(45, lab.tuningProperty().get().preferred(), 0.1);
        assertEquals(new Rect(8, 16, 7, 7), lab.selectedField());
        assertFalse(lab.select(1, 7, 0), "row 7 is off a 7-row sheet");
        assertEquals(new CortexLabModel.NeuronPick(1, 2, 4), lab.selectedProperty().get());
    }

    @Test
    void theCrossDetectorNeedsBothLines() {
        CortexLabModel lab = new CortexLabModel();
        lab.angleProperty().set(0);
        lab.stimulusProperty().set(StimulusKind.BAR);
        float single = lab.unitStatesProperty().get().get(0).response();
        lab.stimulusProperty().set(StimulusKind.CROSS);
        float cross = lab.unitStatesProperty().get().get(0).response();
        assertTrue(cross > 5, "a + cross excites the + detector: " + cross);
        // Only the bar's ends tickle the vertical neurons, so a single bar gets a small fraction.
        assertTrue(single < 0.1 * cross, "a single bar is not a cross: " + single + " against " + cross);
        assertTrue(lab.unitStatesProperty().get().get(1).response() < 0.1 * cross, "the × detector wants diagonals");
        lab.angleProperty().set(45);
        assertTrue(lab.unitStatesProperty().get().get(1).response() > 5, "turned by 45°, the × detector fires");
        assertEquals(new Rect(8, 8, 15, 15), lab.unitStatesProperty().get().get(0).field(), "a larger field than one neuron's 7×7");
    }

    @Test
    void anglesWrapRoundHalfATurn() {
        CortexLabModel lab = new CortexLabModel();
        lab.angleProperty().set(170);
        lab.turn(20);
        assertEquals(10, lab.angleProperty().get(), 1e-9);
        lab.turn(-30);
        assertEquals(160, lab.angleProperty().get(), 1e-9);
    }

    @Test
    void lessonSettingsAreAppliedAndMistakesReported() {
        CortexLabModel lab = new CortexLabModel();
        List<String> problems = lab.apply(Map.of("stimulus", "grating", "angle", "45", "kernel", "line-135", "show", "fields"));
        assertEquals(List.of(), problems);
        assertEquals(StimulusKind.GRATING, lab.stimulusProperty().get());
        assertEquals(45, lab.angleProperty().get(), 1e-9);
        assertEquals(3, lab.selectedProperty().get().kind());
        assertTrue(lab.showNeighboursProperty().get());
        assertEquals(9, lab.neighbourFields().size());

        problems = lab.apply(Map.of("stimulus", "spiral", "colour", "red"));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(StimulusKind.GRATING, lab.stimulusProperty().get(), "a bad setting changes nothing");
        assertTrue(lab.descriptionProperty().get().startsWith("Grating at 45°"), lab.descriptionProperty().get());
    }

    @Test
    void learnedKernelsFillTheSheetAndTheirTuningIsPlotted() {
        CortexLabModel lab = new CortexLabModel();
        lab.kernelsProperty().set(KernelSet.LEARNED);
        assertEquals(9, lab.sheetRows());
        assertEquals(29, lab.fieldSize());
        assertEquals(new Rect(12, 12, 5, 5), lab.selectedField(), "the middle neuron of the 9×9 sheet, a 5×5 field");
        // The pick moved to the learned kind nearest the vertical one picked before.
        double picked = lab.preferredAngle(lab.selectedProperty().get().kind());
        for (int k = 0; k < lab.kinds(); k++) {
            assertTrue(org.receptive.cortex.SelectiveKernels.angleBetween(picked, 90)
                    <= org.receptive.cortex.SelectiveKernels.angleBetween(lab.preferredAngle(k), 90));
        }
        for (int k = 0; k < lab.kinds(); k++) {
            assertTrue(lab.select(k, 4, 4));
            assertEquals(lab.preferredAngle(k), lab.tuningProperty().get().preferred(), 1e-9, "kind " + k);
            assertTrue(lab.kindLabel(k).startsWith("kernel "), lab.kindLabel(k));
        }
        // A bar at a kind's preferred angle, moved over the field, excites that kind somewhere.
        lab.angleProperty().set(lab.preferredAngle(0));
        float best = 0;
        for (int y = 0; y < 29; y += 2) {
            for (int x = 0; x < 29; x += 2) {
                lab.moveTo(y, x);
                best = Math.max(best, lab.responsesProperty().get()[0][Math.min(8, y / 3)][Math.min(8, x / 3)]);
            }
        }
        assertTrue(best > 0.3 * lab.referenceResponse(), "kind 0 fires for its own angle: " + best);
        double learnedAngle = lab.preferredAngle(lab.selectedProperty().get().kind());
        lab.kernelsProperty().set(KernelSet.PRESET);
        assertEquals(31, lab.fieldSize());
        double presetAngle = lab.preferredAngle(lab.selectedProperty().get().kind());
        assertTrue(org.receptive.cortex.SelectiveKernels.angleBetween(presetAngle, learnedAngle) <= 22.5,
                "back to the preset nearest the learned pick: " + presetAngle + "° for " + learnedAngle + "°");
    }

    @Test
    void aDigitIsAStimulusThatMovesAndExcitesTheSheet() {
        CortexLabModel lab = new CortexLabModel();
        lab.stimulusProperty().set(StimulusKind.DIGIT);
        lab.digitProperty().set(0);
        float[][] f = lab.fieldProperty().get();
        float ink = 0;
        for (float[] row : f) {
            for (float v : row) {
                ink += v;
            }
        }
        assertTrue(ink > 50, "the digit's strokes are on the field: " + ink);
        float[][][] r = lab.responsesProperty().get();
        assertTrue(total(r) > 0, "the sheet responds to a digit");
        lab.moveTo(30, 30);                          // most of the digit leaves through the corner
        float[][][] moved = lab.responsesProperty().get();
        assertTrue(total(moved) < total(r) / 2, "moved away, most neurons go quiet: " + total(moved) + " against " + total(r));
        assertEquals(0f, moved[2][0][0], "nothing left in the top-left field");
        int label = lab.digitLabel();
        assertTrue(lab.descriptionProperty().get().startsWith("Test digit 0 (a " + label + ")"), lab.descriptionProperty().get());
        lab.digitProperty().set(20000);
        assertEquals(9999, lab.digitProperty().get(), "an index past the test set is clamped");
    }

    @Test
    void allFieldsOfOneOrientationTileTheFieldAndOverlap() {
        CortexLabModel lab = new CortexLabModel();
        for (KernelSet set : KernelSet.values()) {
            lab.kernelsProperty().set(set);
            List<Rect> fields = lab.allFields();
            assertEquals(lab.sheetRows() * lab.sheetCols(), fields.size());
            int n = lab.fieldSize();
            int[][] cover = new int[n][n];
            for (Rect r : fields) {
                for (int y = r.top(); y < r.top() + r.height(); y++) {
                    for (int x = r.left(); x < r.left() + r.width(); x++) {
                        cover[y][x]++;
                    }
                }
            }
            int overlapped = 0;
            for (int[] row : cover) {
                for (int c : row) {
                    assertTrue(c >= 1, set + ": every cell of the field lies in some field");
                    overlapped += c > 1 ? 1 : 0;
                }
            }
            assertTrue(overlapped > n * n / 4, set + ": many cells lie in more than one field: " + overlapped);
        }
    }

    @Test
    void lessonSettingsChooseLearnedKernelsAndADigit() {
        CortexLabModel lab = new CortexLabModel();
        List<String> problems = lab.apply(new java.util.LinkedHashMap<>(Map.of("stimulus", "digit", "digit", "7",
                "show", "all-fields", "kernel", "line-90", "kernels", "learned")));
        assertEquals(List.of(), problems);
        assertEquals(KernelSet.LEARNED, lab.kernelsProperty().get());
        assertEquals(StimulusKind.DIGIT, lab.stimulusProperty().get());
        assertEquals(7, lab.digitProperty().get());
        assertTrue(lab.showAllFieldsProperty().get());
        assertEquals(lab.nearestKind(90), lab.selectedProperty().get().kind());
        assertEquals(2, lab.apply(Map.of("kernels", "random", "digit", "ten")).size());
        assertEquals(KernelSet.LEARNED, lab.kernelsProperty().get());
    }

    private static float total(float[][][] r) {
        float t = 0;
        for (float[][] kind : r) {
            for (float[] row : kind) {
                for (float v : row) {
                    t += v;
                }
            }
        }
        return t;
    }
}
