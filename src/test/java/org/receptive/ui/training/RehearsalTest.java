package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The background rehearsal reads the data and never touches the studio's network. */
class RehearsalTest {

    @Test
    void readsTheImagesAndLeavesTheStudiosWeightsAlone() throws Exception {
        TrainingViewModel vm = new TrainingViewModel(new UiQueue());
        DataSource small = UiQueue.small(600, 100);
        vm.dataSources().add(small);
        vm.dataProperty().set(small);
        float[] before = vm.shown().params().clone();
        assertNull(small.train(), "not read before");

        vm.rehearse();
        assertTrue(vm.rehearsalFinished(20_000));

        assertNotNull(small.train(), "the rehearsal read the training images");
        assertArrayEquals(before, vm.shown().params(), "the studio's weights are not the rehearsal's");
        assertArrayEquals(before, vm.trainedNetwork().params(), "nor is the network the run will train");
    }
}
