package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.engine.Network;
import org.receptive.engine.NetworkDesign;

/**
 * Where the studio's network and data come from, driven without a window: the faint first
 * kernels, fresh random weights, the default model, a saved file (and a broken one), an IDX
 * folder, and which of two requests wins while weights are still being made.
 */
class StudioWeightsTest {

    private final StudioDriver studio = new StudioDriver();
    private final TrainingViewModel vm = studio.vm;
    private final UiQueue ui = studio.ui;

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
    void startPressedTheMomentFreshWeightsArriveTrainsThemAndSaysSo() throws Exception {
        vm.settings().seedProperty().set(5);
        java.util.List<RunState> states = new java.util.ArrayList<>();
        vm.makingProperty().addListener((o, was, now) -> {
            if (!now) {
                states.add(vm.stateProperty().get());
                assertTrue(vm.start(), "Start is taken once the weights are in");   // as the soak's harness presses it
                states.add(vm.stateProperty().get());
            }
        });
        vm.reset();
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        Network fresh = Network.create(NetworkDesign.TINY.architecture(), 5);
        fresh.scaleFirstConvolution(TrainingViewModel.FAINT_START);
        // Before, "no longer making" was heard before the new weights and their fresh history were
        // in place: Start trained the old network, and the fresh history then set READY under the run.
        assertEquals(java.util.List.of(RunState.READY, RunState.RUNNING), states);
        assertEquals(RunState.RUNNING, vm.stateProperty().get(), "still running once the reset is through");
        ui.until(() -> vm.progressProperty().get() > 0.02, 20_000);
        vm.stop();
        ui.until(() -> vm.stateProperty().get() == RunState.FINISHED, 20_000);
        // The network on show is the one trained: had the run trained the old one, these would still be the fresh weights.
        assertFalse(java.util.Arrays.equals(fresh.params(), vm.shown().params()), "the fresh weights were the ones trained");
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
}
