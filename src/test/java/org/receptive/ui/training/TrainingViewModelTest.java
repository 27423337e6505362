package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A studio run, driven without a window: start, pause on the weights it holds, resume, stop, the
 * copies and throttled updates the view gets, scrubbing back through the run, and the runs that
 * are refused or stop on their own. The clock is the test's ({@link StudioDriver}).
 */
class TrainingViewModelTest {

    private final StudioDriver studio = new StudioDriver();
    private final TrainingViewModel vm = studio.vm;
    private final UiQueue ui = studio.ui;

    @Test
    void aRunStartsPausesOnTheWeightsItHoldsResumesAndStops() throws Exception {
        assertTrue(vm.start());
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
        assertFalse(vm.start(), "one run at a time");
        while (vm.framesReceived() < 3 || vm.accuracyPointsProperty().get().isEmpty()) {
            studio.nextUpdate();
        }
        assertFalse(vm.lossPointsProperty().get().isEmpty());
        assertTrue(vm.progressProperty().get() > 0);
        assertTrue(vm.speedTextProperty().get().endsWith("images/s"), vm.speedTextProperty().get());

        // The clock stands still now: the only update still to come is the one the pause forces.
        int before = vm.framesReceived();
        vm.pause();
        assertEquals(RunState.PAUSED, vm.stateProperty().get());
        // A hang guard, not a timing: 20 s ran out once with the long monkey training beside the suite.
        ui.until(() -> vm.framesReceived() > before, 120_000);
        long held = vm.steps();
        assertArrayEquals(vm.trainedNetwork().params(), vm.shown().params(), "the view shows exactly the weights the run holds");

        vm.resume();
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
        while (vm.steps() <= held) {
            studio.nextUpdate();
        }
        vm.stop();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        assertTrue(vm.messageProperty().get().startsWith("Stopped at step"), vm.messageProperty().get());
        assertTrue(vm.progressProperty().get() < 1);
    }

    @Test
    void theViewOnlyEverGetsCopies() throws Exception {
        vm.settings().epochsProperty().set(1);
        vm.start();
        ui.until(() -> vm.framesReceived() >= 1, 20_000);
        assertNotSame(vm.trainedNetwork().params(), vm.shown().params());
        assertNotSame(vm.trainedNetwork(), vm.shown().mapsProperty().get().network(), "feature maps come from a display network");
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        // After the run the newest copy equals the trained weights, value for value.
        assertArrayEquals(vm.trainedNetwork().params(), vm.shown().params());
        float before = vm.trainedNetwork().params()[0];
        vm.shown().params()[0] += 1;   // scribbling on the copy leaves the trained network alone
        assertEquals(before, vm.trainedNetwork().params()[0]);
    }

    @Test
    void whileTheClockStandsStillOnlyTheFirstAndTheFinalUpdateReachTheView() throws Exception {
        vm.settings().batchSizeProperty().set(4);   // 400 batches, far faster than anyone can watch
        vm.settings().epochsProperty().set(1);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 30_000);
        assertEquals(400, vm.steps());
        assertEquals(2, vm.framesReceived(), "the throttle let only the first batch through, and the end is always shown");
        assertArrayEquals(vm.trainedNetwork().params(), vm.shown().params(), "the last update holds the trained weights");
    }

    @Test
    void atMostTenUpdatesASecondOfClockTime() throws Exception {
        studio.ticking = true;   // every reading of the clock moves it 10 ms on
        vm.settings().batchSizeProperty().set(4);
        vm.settings().epochsProperty().set(1);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 30_000);
        double seconds = studio.clock.get() / 1e9;
        assertTrue(vm.framesReceived() <= seconds * UpdateThrottle.DEFAULT_PER_SECOND + 2,
                vm.framesReceived() + " updates in " + seconds + " s of clock time");
    }

    @Test
    void scrubbingBackShowsTheWeightsOfThatMoment() throws Exception {
        float[] untrained = vm.shown().params().clone();
        vm.settings().epochsProperty().set(2);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 30_000);
        assertTrue(vm.shown().snapshotsProperty().get() >= 3, "snapshots: " + vm.shown().snapshotsProperty().get());
        float[] trained = vm.shown().params().clone();
        vm.scrubTo(0);
        assertFalse(vm.shown().liveProperty().get());
        assertArrayEquals(untrained, vm.shown().params());
        assertEquals(0, vm.shown().stepProperty().get());
        assertEquals(0, vm.shown().scrubbedStepProperty().get(), "the charts mark step 0");
        assertEquals("Step 0: before any training", vm.shown().captionProperty().get());
        int later = vm.shown().snapshotsProperty().get() - 2;
        vm.scrubTo(later);
        long step = vm.shown().timeline().snapshots().get(later).step();
        assertTrue(step > 0);
        assertEquals(step, vm.shown().scrubbedStepProperty().get(), "the charts mark the snapshot's step");
        assertTrue(vm.shown().captionProperty().get().matches(
                String.format(java.util.Locale.ROOT, "Step %,d · loss \\d\\.\\d{3} · accuracy \\d+\\.\\d%%", step)),
                vm.shown().captionProperty().get());
        vm.goLive();
        assertArrayEquals(trained, vm.shown().params());
        assertEquals(-1, vm.shown().scrubbedStepProperty().get(), "live: no step marked");
    }

    @Test
    void aDivergingRunStopsWithAPlainMessage() throws Exception {
        vm.settings().optimizerProperty().set(RunSettings.OptimizerChoice.SGD);
        vm.settings().learningRateProperty().set(10);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        assertTrue(vm.messageProperty().get().contains("smaller learning rate"), vm.messageProperty().get());
    }

    @Test
    void anInvalidDesignIsRefusedWithItsReason() {
        vm.design().block(0).kernelProperty().set(4);
        assertFalse(vm.start());
        assertTrue(vm.messageProperty().get().contains("3, 5 or 7"), vm.messageProperty().get());
        assertEquals(RunState.READY, vm.stateProperty().get());
    }
}
