package org.receptive.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.explain.Method;
import org.receptive.explain.Question;

/**
 * The "Why?" panel's state without a window: the background and the UI thread are two queues the
 * test runs by hand, so it sees exactly which maps are computed and when.
 */
class WhyModelTest {

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private static final org.receptive.engine.Network NETWORK = DefaultModel.load().network();
    private final WhyModel model = new WhyModel(NETWORK, background::add, ui::add);
    private final float[] seven = new float[784];

    WhyModelTest() {
        Mnist.test().copy(0, seven, null);   // MNIST test digit 0 is a 7
        assertEquals(7, Mnist.test().label(0));
    }

    /** Runs the background queue, then the UI queue, until both are empty; returns how many maps were computed. */
    private int settle() {
        int maps = 0;
        while (!background.isEmpty() || !ui.isEmpty()) {
            while (!background.isEmpty()) {
                background.poll().run();
                maps++;
            }
            while (!ui.isEmpty()) {
                ui.poll().run();
            }
        }
        return maps;
    }

    @Test
    void nothingIsComputedWhileThePanelIsClosed() {
        model.show(seven);
        model.methodProperty().set(Method.GRAD_CAM);
        assertEquals(0, settle());
        assertNull(model.shownProperty().get());
    }

    @Test
    void openingItExplainsTheNetworksAnswerByOcclusion() {
        model.show(seven);
        model.openProperty().set(true);
        assertTrue(model.busyProperty().get());
        assertEquals(1, settle());
        Explanation e = model.shownProperty().get();
        assertNotNull(e);
        assertFalse(model.busyProperty().get());
        assertEquals(Method.OCCLUSION, e.map().method());
        assertEquals(Question.why(7), e.map().question(), "“its answer” is the network's 7");
        assertTrue(e.map().largest() > 0.01, "covering parts of the 7 lowers p(7)");
        assertTrue(e.legendTitle().contains("p(7)"), e.legendTitle());
    }

    @Test
    void whyNotOneExplainsTheDifferenceAndEachMethodGivesItsOwnMap() {
        model.show(seven);
        model.openProperty().set(true);
        settle();
        model.versusProperty().set(1);
        settle();
        assertEquals(Question.whyNot(7, 1), model.shownProperty().get().map().question());
        assertTrue(model.shownProperty().get().legendTitle().contains("p(7) − p(1)"));
        for (Method m : Method.values()) {
            model.methodProperty().set(m);
            settle();
            assertEquals(m, model.shownProperty().get().map().method());
            assertEquals(Question.whyNot(7, 1), model.shownProperty().get().map().question());
        }
    }

    @Test
    void changesWhileAMapIsComputedAreFoldedIntoOneMoreMapWithTheLatestSettings() {
        model.show(seven);
        model.openProperty().set(true);          // map 1 queued
        model.methodProperty().set(Method.GRADIENT_TIMES_INPUT);
        model.targetProperty().set(3);
        model.versusProperty().set(7);
        model.methodProperty().set(Method.GRAD_CAM);
        assertEquals(2, settle(), "the first map, then one for the latest settings");
        Explanation e = model.shownProperty().get();
        assertEquals(Method.GRAD_CAM, e.map().method());
        assertEquals(Question.whyNot(3, 7), e.map().question());
    }

    @Test
    void askingWhyADigitAndNotItselfOrWithASquareTooLargeIsExplainedInASentence() {
        model.show(seven);
        model.openProperty().set(true);
        settle();
        model.versusProperty().set(7);           // its answer is 7
        settle();
        assertTrue(model.messageProperty().get().startsWith("Pick two different digits"), model.messageProperty().get());
        assertNull(model.shownProperty().get());
        model.patchProperty().set(40);
        model.versusProperty().set(WhyModel.NONE);
        assertEquals(0, settle());
        assertTrue(model.messageProperty().get().contains("1 to 28"), model.messageProperty().get());
    }

    @Test
    void closingThePanelLetsTheWorkingMemoryGoAndOpeningItMakesItAgain() {
        model.show(seven);
        assertFalse(model.keepsWorkingMemory(), "nothing before the first map");
        model.openProperty().set(true);
        settle();
        assertTrue(model.keepsWorkingMemory());
        model.openProperty().set(false);
        settle();
        assertFalse(model.keepsWorkingMemory(), "closed: the occlusion runs (8 MB) let go");
        assertNotNull(model.shownProperty().get(), "the last map stays");
        model.openProperty().set(true);
        assertEquals(1, settle());
        assertTrue(model.keepsWorkingMemory());
        model.release();   // as the view does when it leaves the window
        settle();
        assertFalse(model.keepsWorkingMemory());
    }

    @Test
    void anEmptyPadAsksForADigit() {
        model.openProperty().set(true);
        model.show(null);
        assertEquals(0, settle());
        assertNull(model.shownProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Draw a digit"));
    }
}
