package org.receptive.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;

/**
 * The studio shows a network whose weights change as a run is scrubbed: what a neuron looks for
 * is found for the weights on show when it is clicked, never for weights shown before.
 */
class NeuronModelWeightsTest {

    @Test
    void aNeuronClickedAfterTheWeightsChangedIsSearchedWithTheNewWeights() {
        Network net = DefaultModel.load().network();
        Dataset digits = Mnist.test().subset(0, 60);
        NeuronModel model = new NeuronModel(net, digits, Runnable::run, Runnable::run);
        model.select(1, 3, 14, 14);
        List<String> before = captions(model.patchesProperty().get());

        net.setParams(Network.create(net.architecture(), 99).params());   // another point of a run
        model.select(1, 3, 14, 14);
        List<String> after = captions(model.patchesProperty().get());

        NeuronModel fresh = new NeuronModel(net, digits, Runnable::run, Runnable::run);
        fresh.select(1, 3, 14, 14);
        assertEquals(captions(fresh.patchesProperty().get()), after, "the same patches as found from scratch for these weights");
        assertNotEquals(before, after, "the first weights' favourites are not kept");
    }

    private static List<String> captions(List<PatchPicture> patches) {
        return patches.stream().map(PatchPicture::caption).toList();
    }
}
