package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptive.ui.training.kernels.ConvKernels;
import org.receptive.ui.training.kernels.KernelSurgery;
import org.receptive.ui.training.results.TestReport;

/**
 * What the studio says about a trained network, driven without a window: the full test set's
 * confusion matrix and surest mistakes, and kernel surgery rescored at once, each checked against
 * the engine's own {@code Evaluator}.
 */
class StudioScoresTest {

    private final StudioDriver studio = new StudioDriver();
    private final TrainingViewModel vm = studio.vm;
    private final UiQueue ui = studio.ui;

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
}
