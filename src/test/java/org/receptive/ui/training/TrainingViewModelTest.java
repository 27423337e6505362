package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.engine.Network;
import org.receptive.engine.NetworkDesign;
import org.receptive.ui.training.kernels.ConvKernels;
import org.receptive.ui.training.kernels.KernelSurgery;
import org.receptive.ui.training.results.TestReport;

/**
 * The studio's run lifecycle on a tiny subset, driven without a window: a queue stands in for the
 * FX thread and a clock the test moves stands in for the throttle's, so nothing waits for time.
 */
class TrainingViewModelTest {

    private final UiQueue ui = new UiQueue();
    /** The throttle's clock, in nanoseconds: moved by the test, or by 10 ms at every reading while {@link #ticking}. */
    private final AtomicLong clock = new AtomicLong();
    private volatile boolean ticking;
    private TrainingViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new TrainingViewModel(ui, () -> ticking ? clock.addAndGet(10_000_000L) : clock.get());
        DataSource small = UiQueue.small(1600, 300);
        vm.dataSources().add(small);
        vm.dataProperty().set(small);
        vm.settings().batchSizeProperty().set(16);
        vm.settings().epochsProperty().set(40);   // long enough to pause and stop it mid-way
    }

    /**
     * Lets one more view update through: moves the throttle's clock a second on and runs the UI
     * queue until that update has arrived. Between calls the clock stands still, so no update
     * but a forced one (a pause, the end) can come.
     */
    private void nextUpdate() throws InterruptedException {
        int before = vm.framesReceived();
        clock.addAndGet(1_000_000_000L);
        ui.until(() -> vm.framesReceived() > before, 20_000);
    }

    @Test
    void aRunStartsPausesOnTheWeightsItHoldsResumesAndStops() throws Exception {
        assertTrue(vm.start());
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
        assertFalse(vm.start(), "one run at a time");
        while (vm.framesReceived() < 3 || vm.accuracyPointsProperty().get().isEmpty()) {
            nextUpdate();
        }
        assertFalse(vm.lossPointsProperty().get().isEmpty());
        assertTrue(vm.progressProperty().get() > 0);
        assertTrue(vm.speedTextProperty().get().endsWith("images/s"), vm.speedTextProperty().get());

        // The clock stands still now: the only update still to come is the one the pause forces.
        int before = vm.framesReceived();
        vm.pause();
        assertEquals(RunState.PAUSED, vm.stateProperty().get());
        ui.until(() -> vm.framesReceived() > before, 20_000);
        long held = vm.steps();
        assertArrayEquals(vm.trainedNetwork().params(), vm.shown().params(), "the view shows exactly the weights the run holds");

        vm.resume();
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
        while (vm.steps() <= held) {
            nextUpdate();
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
        ticking = true;   // every reading of the clock moves it 10 ms on
        vm.settings().batchSizeProperty().set(4);
        vm.settings().epochsProperty().set(1);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 30_000);
        double seconds = clock.get() / 1e9;
        assertTrue(vm.framesReceived() <= seconds * UpdateThrottle.DEFAULT_PER_SECOND + 2,
                vm.framesReceived() + " updates in " + seconds + " s of clock time");
    }

    /** The untrained Tiny network the studio starts from: first kernels at a tenth of He's size. */
    private static Network faintTiny() {
        Network fresh = Network.create(NetworkDesign.TINY.architecture(), 1);
        fresh.scaleFirstConvolution(TrainingViewModel.FAINT_START);
        return fresh;
    }

    @Test
    void theFirstKernelsStartFaintUnlessTheStudentAsksForTheUsualSize() {
        assertArrayEquals(faintTiny().params(), vm.shown().params());
        vm.settings().faintStartProperty().set(false);   // untrained: follows at once
        assertArrayEquals(Network.create(NetworkDesign.TINY.architecture(), 1).params(), vm.shown().params());
    }

    @Test
    void resetGivesFreshRandomWeightsAndEmptyCharts() throws Exception {
        Network fresh = faintTiny();
        assertArrayEquals(fresh.params(), vm.shown().params());
        vm.settings().epochsProperty().set(1);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        assertFalse(java.util.Arrays.equals(fresh.params(), vm.shown().params()), "training changed the weights");
        vm.reset();
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        assertArrayEquals(fresh.params(), vm.shown().params());
        assertTrue(vm.lossPointsProperty().get().isEmpty());
        assertEquals(RunState.READY, vm.stateProperty().get());
        assertEquals(1, vm.shown().snapshotsProperty().get());
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
    void saveAndLoadAndAFailedLoadKeepsTheNetwork(@TempDir Path dir) throws Exception {
        vm.settings().epochsProperty().set(1);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        float[] trained = vm.shown().params().clone();
        Path file = dir.resolve("mine.rcpt");
        assertTrue(vm.models().save(file));
        assertEquals(dir.toAbsolutePath(), vm.models().folderProperty().get());
        vm.reset();
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        assertEquals("The untrained network: random weights", vm.shown().captionProperty().get());
        assertTrue(vm.models().load(file));
        assertArrayEquals(trained, vm.shown().params());
        // The captions say what the engine holds: the loaded model, not random weights.
        assertEquals("Loaded: mine.rcpt, not trained further here", vm.shown().captionProperty().get());
        assertEquals(java.util.Optional.of("mine.rcpt"), vm.shown().loadedFrom(), "the kernels' heading says where they started");
        vm.scrubTo(0);
        assertEquals("Step 0: mine.rcpt as loaded", vm.shown().captionProperty().get());
        vm.goLive();

        Path junk = Files.writeString(dir.resolve("junk.rcpt"), "not a model");
        assertFalse(vm.models().load(junk));
        assertTrue(vm.messageProperty().get().startsWith("Kept the current network"), vm.messageProperty().get());
        assertArrayEquals(trained, vm.shown().params());

        assertTrue(vm.models().loadDefault());
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        assertEquals(NetworkDesign.DEFAULT_MODEL, vm.design().designProperty().get());
        assertEquals(vm.trainedNetwork().paramCount(), vm.shown().params().length);
        assertEquals("Loaded: the default model, not trained further here", vm.shown().captionProperty().get());
        vm.reset();
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        assertEquals(java.util.Optional.empty(), vm.shown().loadedFrom(), "fresh weights again");
    }

    @Test
    void aNewerResetOrDefaultModelWinsOverTheOneStillBeingMadeAndNothingIsShownLate() throws Exception {
        float[] before = vm.shown().params().clone();
        vm.settings().seedProperty().set(7);
        vm.reset();
        assertTrue(vm.makingProperty().get());
        assertEquals(-1, vm.progressProperty().get(), "the bar runs while the weights are made");
        assertTrue(vm.progressTextProperty().get().startsWith("Making fresh random weights (seed 7)"), vm.progressTextProperty().get());
        assertArrayEquals(before, vm.shown().params(), "the old weights stay on show meanwhile");
        assertFalse(vm.start(), "Start waits for the new weights");
        assertEquals(RunState.READY, vm.stateProperty().get());
        assertTrue(vm.models().loadDefault());   // pressed before the fresh weights came: it wins
        // One background thread answers in order of asking, and the queue runs answers in order:
        // by the time the default model is shown, the reset's answer (if it was made at all) was dropped.
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        Network standard = org.receptive.engine.DefaultModel.load().network();
        assertEquals(NetworkDesign.DEFAULT_MODEL, vm.design().designProperty().get());
        assertArrayEquals(standard.params(), vm.shown().params());
        assertArrayEquals(standard.params(), vm.trainedNetwork().params());
        assertTrue(vm.messageProperty().get().startsWith("Loaded the default model"), vm.messageProperty().get());

        vm.models().loadDefault();
        vm.reset();   // now the other way round: the fresh weights of the design on show win
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        Network fresh = Network.create(NetworkDesign.DEFAULT_MODEL.architecture(), 7);
        fresh.scaleFirstConvolution(TrainingViewModel.FAINT_START);
        assertArrayEquals(fresh.params(), vm.shown().params());
        assertEquals(fresh.params()[0], vm.shown().mapsProperty().get().network().params()[0], "the maps are drawn with them too");
        assertTrue(vm.progressTextProperty().get().startsWith("Fresh random weights (seed 7"), vm.progressTextProperty().get());
        assertTrue(vm.start(), "ready to train them");
        vm.stop();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
    }

    @Test
    void scoringTheFullTestSetGivesTheConfusionMatrixAndTheSurestMistakes() throws Exception {
        vm.settings().epochsProperty().set(1);
        vm.start();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        vm.results().evaluate();
        ui.until(() -> vm.results().reportProperty().get() != null, 20_000);
        TestReport r = vm.results().reportProperty().get();
        org.receptive.engine.Evaluation direct = org.receptive.engine.Evaluator.evaluate(vm.trainedNetwork(), r.images(), 0, 1);
        assertEquals(300, r.evaluation().count());
        assertEquals(direct.correct(), r.evaluation().correct());
        assertTrue(java.util.Arrays.deepEquals(direct.confusion(), r.evaluation().confusion()));
        var worst = vm.results().galleryProperty().get();
        assertFalse(worst.isEmpty(), "a 1-epoch tiny net makes mistakes on 300 images");
        for (int k = 0; k < worst.size(); k++) {
            int i = worst.get(k);
            assertNotEquals(r.images().label(i), r.guess()[i]);
            if (k > 0) {
                assertTrue(r.guessProbability()[worst.get(k - 1)] >= r.guessProbability()[i], "surest first");
            }
        }
        int i0 = worst.get(0), truth = r.images().label(i0), said = r.guess()[i0];
        vm.results().showCell(truth, said);
        assertTrue(vm.results().galleryProperty().get().contains(i0));
        for (int i : vm.results().galleryProperty().get()) {
            assertEquals(truth, r.images().label(i));
            assertEquals(said, r.guess()[i]);
        }
        assertTrue(vm.results().summaryProperty().get().contains(String.format("%.2f%%", 100 * direct.accuracy())),
                vm.results().summaryProperty().get());
    }

    @Test
    void kernelSurgeryChangesTheWeightsAndRescoresAtOnce() throws Exception {
        vm.settings().epochsProperty().set(1);
        vm.start();
        KernelSurgery s = vm.surgery();
        s.select(1);
        assertFalse(s.zero(), "not while training");
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        float[] trained = vm.trainedNetwork().copyParams();
        float[][] kernel0 = vm.trainedNetwork().firstConvolution().orElseThrow().kernel(0, 0);

        assertTrue(s.zero());
        ui.until(() -> !s.scoringProperty().get(), 20_000);
        ConvKernels first = vm.shown().kernelsProperty().get().get(0);
        assertArrayEquals(new float[5][5], first.kernel(1, 0));
        assertArrayEquals(kernel0, first.kernel(0, 0), "the other kernels stay");
        org.receptive.engine.Evaluation direct = org.receptive.engine.Evaluator.evaluate(vm.trainedNetwork(),
                vm.dataProperty().get().test(), DataSource.HELD_OUT, 1);
        assertTrue(s.verdictProperty().get().endsWith(String.format("→ %.1f%% now.", 100 * direct.accuracy())),
                s.verdictProperty().get());

        assertTrue(s.replace(org.receptive.stepper.KernelPreset.SOBEL_X));
        float[][] sobel = org.receptive.stepper.KernelPreset.SOBEL_X.values(5);
        first = vm.shown().kernelsProperty().get().get(0);
        assertArrayEquals(sobel, first.kernel(1, 0));

        assertTrue(s.restore());
        assertArrayEquals(trained, vm.trainedNetwork().params());
        assertArrayEquals(trained, vm.shown().params());
    }

    @Test
    void anIdxFolderOfAnotherSizeIsRefusedBeforeAnyTraining(@TempDir Path dir) throws Exception {
        DataSource before = vm.dataProperty().get();
        vm.openFolder(org.receptive.data.IdxFolders.write(dir.resolve("big"), 32, 32, 40, 20));
        ui.until(() -> vm.problemProperty().get(), 20_000);
        assertEquals("Cannot use the folder big: its images are 32×32, and the studio's networks read 28×28 grey pictures "
                + "(the command line trains on other sizes).", vm.messageProperty().get());
        assertEquals(before, vm.dataProperty().get(), "the data stay as they were");

        vm.openFolder(org.receptive.data.IdxFolders.write(dir.resolve("mine"), 28, 28, 40, 20));
        ui.until(() -> vm.dataProperty().get() != before, 20_000);
        assertEquals("folder mine", vm.dataProperty().get().toString());
        assertFalse(vm.problemProperty().get());
        assertTrue(vm.start(), "a folder of 28×28 images trains");
        vm.stop();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
    }

    @Test
    void anInvalidDesignIsRefusedWithItsReason() {
        vm.design().block(0).kernelProperty().set(4);
        assertFalse(vm.start());
        assertTrue(vm.messageProperty().get().contains("3, 5 or 7"), vm.messageProperty().get());
        assertEquals(RunState.READY, vm.stateProperty().get());
    }
}
