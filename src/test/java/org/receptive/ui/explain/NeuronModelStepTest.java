package org.receptive.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;

/**
 * In the training studio the weights move on under an answer: it names the step of the weights it
 * was found for, and once they are no longer on show it is marked not current, also when it
 * arrives after they moved on; asking again answers for the weights on show.
 */
class NeuronModelStepTest {

    private final Network net = Network.create(Architecture.parse("conv3x3x4 relu pool2 dense10"), 1);
    private final Dataset digits = Mnist.test().subset(0, 40);
    private final AtomicLong step = new AtomicLong(120);
    private final Queue<Runnable> work = new ArrayDeque<>();

    @Test
    void anAnswerNamesItsStepAndIsMarkedNotCurrentOnceTheWeightsMoveOn() {
        NeuronModel model = new NeuronModel(net, digits, Runnable::run, Runnable::run, step::get);
        model.select(1, 2, 5, 5);
        assertEquals(9, model.patchesProperty().get().size());
        assertTrue(model.currentProperty().get());
        assertTrue(model.statusProperty().get().endsWith("(Weights at step 120.)"), model.statusProperty().get());

        moveOn(300);
        model.weightsChanged();
        assertFalse(model.currentProperty().get(), "the weights on show are others now");
        assertEquals(9, model.patchesProperty().get().size(), "kept, faded, to compare with the next answer");
        String said = model.statusProperty().get();
        assertTrue(said.startsWith("Not current: found for the weights at step 120") && said.contains("(step 300)"), said);

        model.askAgain();
        assertTrue(model.currentProperty().get());
        assertTrue(model.statusProperty().get().endsWith("(Weights at step 300.)"), model.statusProperty().get());
        assertNotNull(model.bestInputProperty().get());
    }

    @Test
    void anAnswerFoundForWeightsNoLongerOnShowArrivesMarkedNotCurrent() {
        NeuronModel model = new NeuronModel(net, digits, work::add, Runnable::run, step::get);
        model.select(1, 0, 3, 3);   // the weights are copied now; the search waits in the queue
        moveOn(200);
        model.weightsChanged();
        while (!work.isEmpty()) {
            work.poll().run();
        }
        assertEquals(9, model.patchesProperty().get().size());
        assertFalse(model.currentProperty().get(), "found for step 120's weights, shown while step 200's are");
        assertTrue(model.statusProperty().get().startsWith("Not current: found for the weights at step 120"));
    }

    @Test
    void classImagesOfOtherWeightsAreDropped() {
        NeuronModel model = new NeuronModel(net, digits, Runnable::run, Runnable::run, step::get);
        model.showClassImages();
        assertEquals(10, model.classImagesProperty().get().size());
        model.weightsChanged();
        assertEquals(10, model.classImagesProperty().get().size(), "the same weights: kept");
        moveOn(200);
        model.weightsChanged();
        assertEquals(0, model.classImagesProperty().get().size());
    }

    /** A later point of a run: other weights, loaded into the network on show, at another step. */
    private void moveOn(long to) {
        net.setParams(Network.create(net.architecture(), (int) to).params());
        step.set(to);
    }
}
