package org.receptive.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;

/**
 * An explanation's working memory exists only between a question and its release, and is as large
 * as the map needs: a view kept off screen, or a lesson's demo on a page turned away, holds none
 * (each Draw demo held 13 MB of occlusion buffers before).
 */
class WorkingMemoryTest {

    private final Network net = OcclusionTest.handNetwork();   // a 3×3 input
    private final float[] image = new float[9];

    @Test
    void occlusionMakesItsRunForTheFirstMapAsLargeAsThePositionsAndLetsItGo() {
        Occlusion occlusion = new Occlusion(net);
        assertEquals(0, occlusion.runCapacity(), "nothing before the first map");
        occlusion.map(image, Question.why(0), 3, 1);
        assertEquals(1, occlusion.runCapacity(), "a square as large as the image has one position");
        occlusion.map(image, Question.why(0), 2, 1);
        assertEquals(4, occlusion.runCapacity(), "four positions of a 2×2 square");
        occlusion.release();
        assertEquals(0, occlusion.runCapacity());
        occlusion.map(image, Question.why(0), 1, 1);
        assertEquals(9, occlusion.runCapacity(), "made again for the next map");
    }

    @Test
    void anExplainerHoldsMemoryOnlyBetweenAQuestionAndItsRelease() {
        Explainer explainer = new Explainer(Network.create(Architecture.parse("1x8x8: conv3x3x4p1 relu pool2 dense3"), 5));
        assertFalse(explainer.keepsWorkingMemory());
        for (Method m : Method.values()) {
            explainer.explain(m, new float[64], Question.why(0), 2, 1);
            assertTrue(explainer.keepsWorkingMemory(), m.name());
            explainer.release();
            assertFalse(explainer.keepsWorkingMemory(), m.name());
        }
    }
}
