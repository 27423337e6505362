package org.receptive.ui.cortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
