package org.receptive.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.receptive.data.Mnist;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;

/**
 * Clicks on neuron after neuron while a search runs leave one search waiting, the newest, not one
 * per click: each holds a copy of the network (the studio's 2.4 MB), and 19 piled up in the long
 * monkey.
 */
class NewestWaitsTest {

    private final Queue<Runnable> worker = new ArrayDeque<>();

    @Test
    void onlyTheNewestWorkWaitsAndItRunsOnce() {
        NewestWaits newest = new NewestWaits(worker::add);
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int me = i;
            newest.execute(() -> ran.add(me));
        }
        assertEquals(1, worker.size());
        worker.poll().run();
        assertEquals(List.of(4), ran);
        newest.execute(() -> ran.add(5));
        worker.poll().run();
        assertEquals(List.of(4, 5), ran, "the next after it");
    }

    @Test
    void aNeuronModelClickedFiveTimesKeepsOneSearchWaitingAndAnswersTheLast() {
        NeuronModel model = new NeuronModel(Network.create(Architecture.parse("conv3x3x4 relu pool2 dense10"), 1),
                Mnist.test().subset(0, 40), worker::add, Runnable::run);
        for (int y = 0; y < 5; y++) {
            model.select(1, 0, y, y);
        }
        assertEquals(1, worker.size(), "one search waiting, holding one copy of the network");
        worker.poll().run();
        assertTrue(model.statusProperty().get().startsWith("Map 1"), model.statusProperty().get());
        assertEquals(9, model.patchesProperty().get().size());
    }
}
