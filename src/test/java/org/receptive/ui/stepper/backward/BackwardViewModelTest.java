package org.receptive.ui.stepper.backward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.stepper.Activation;
import org.receptive.stepper.BackwardStep;
import org.receptive.stepper.BackwardStepper;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Gradients;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.SgdStep;
import org.receptive.stepper.TargetLoss;
import org.receptive.ui.stepper.Cell;
import org.receptive.ui.stepper.GridPicture;
import org.receptive.ui.stepper.StepperMode;
import org.receptive.ui.stepper.StepperViewModel;

class BackwardViewModelTest {

    private final StepperViewModel vm = new StepperViewModel();
    private final BackwardViewModel b = vm.backward();

    @Test
    void theGradientsAddUpPositionByPositionBackAndForth() {
        vm.setSetup(vm.setup().withStride(2).withPadding(1));
        vm.modeProperty().set(StepperMode.BACKWARD);
        b.setPreset(KernelPreset.LAPLACIAN);
        BackwardStepper sweep = b.sweep();
        assertNotNull(sweep);
        for (int target : new int[] {3, 7, 2, 15, 5}) {
            vm.jump(target);
            Gradients expected = sweep.after(target + 1);
            assertArrayEquals(expected.weights()[0][0][1], b.sofar().weights()[0][0][1], 1e-6f, "at position " + target);
            assertArrayEquals(expected.input()[0][2], b.sofar().input()[0][2], 1e-6f);
        }
        List<GridPicture> dw = b.weightPictures();
        BackwardStep step = b.current();
        assertEquals(step.terms().stream().filter(t -> !t.term().padding()).count(), dw.get(0).marks().size(),
                "the dL/dW cells this position changes are marked");
        assertEquals(GridPicture.magnitude(b.complete().weights()), dw.get(0).magnitude(), 1e-6,
                "the colour scale is the finished gradient's, not the partial sum's");
        GridPicture dy = b.upstreamPictures().get(0);
        assertEquals(List.of(new Cell(0, step.forward().outRow(), step.forward().outCol())), dy.window(), "δ's cell is framed");
    }

    @Test
    void theTargetIsThePresetOfThisInputAndTheGradientIsYMinusT() {
        ConvolutionStepper st = vm.stepper();
        float[][][] t = TargetLoss.presetOutput(st, KernelPreset.SOBEL_X);
        float[][][] y = st.output();
        assertEquals(y[0][1][2] - t[0][1][2], b.sweep().upstream()[0][1][2], 1e-6);
        b.setPreset(KernelPreset.LAPLACIAN);
        t = TargetLoss.presetOutput(st, KernelPreset.LAPLACIAN);
        assertEquals(y[0][1][2] - t[0][1][2], b.sweep().upstream()[0][1][2], 1e-6);
        assertTrue(b.sourceSentence().contains("Laplacian"), b.sourceSentence());
    }

    @Test
    void takingOneStepLowersTheLossAndIsOneUndoStep() {
        vm.edits().preset(0, KernelPreset.BOX_BLUR);
        float before = b.loss();
        float[][] kernelBefore = vm.kernels()[0][0];
        SgdStep step = b.takeStep();
        assertEquals(before, step.lossBefore(), 1e-5);
        assertTrue(step.lossAfter() < step.lossBefore(), step.lossBefore() + " → " + step.lossAfter());
        assertEquals(step.lossAfter(), b.loss(), 1e-5, "the sweep is now the new kernel's");
        assertEquals(kernelBefore[0][0] - b.learningRate() * step.gradients().weights()[0][0][0][0], vm.kernels()[0][0][0][0], 1e-6);
        assertTrue(vm.undo());
        assertArrayEquals(kernelBefore[1], vm.kernels()[0][0][1]);
    }

    @Test
    void aFrozenOutputPullsAnEditedKernelBack() {
        b.setSource(GradientSource.FROZEN_TARGET);
        assertEquals(0f, b.loss());
        vm.edits().setWeight(0, 0, 1, 1, 3f);
        float off = b.loss();
        assertTrue(off > 0);
        b.takeStep();
        assertTrue(b.loss() < off);
        assertTrue(vm.kernels()[0][0][1][1] < 3f, "the edited weight moves back towards 0");
    }

    @Test
    void reluStoppingAGradientIsSaidInWords() {
        vm.setSetup(vm.setup().withActivation(Activation.RELU));
        vm.edits().setBias(0, -100f);                  // every sum negative: ReLU stops every gradient
        b.setSource(GradientSource.ONES);
        vm.forward();
        BackwardStep s = b.current();
        assertTrue(s.zeroedByActivation());
        assertTrue(BackwardText.delta(s).contains("passes no gradient back"), BackwardText.delta(s));
        assertTrue(b.weightPictures().get(0).marks().isEmpty(), "nothing changes, nothing marked");
    }

    @Test
    void theNetworksGradientComesWithItsSettingsAndAChangeOfSettingsIsExplained() {
        b.useNetwork(7, 1);
        assertEquals(GradientSource.NETWORK, b.source());
        assertEquals(28, vm.setup().height());
        assertEquals(5, vm.setup().kernelSize());
        assertEquals(2, vm.setup().padding());
        assertEquals(Activation.RELU, vm.setup().activation());
        assertEquals(1, b.networkGroup());
        org.receptive.engine.Conv2d conv = (org.receptive.engine.Conv2d)
                org.receptive.engine.DefaultModel.load().network().layer(0);
        assertEquals(conv.weight(5, 0, 2, 3), vm.kernels()[1][0][2][3], "kernels 5–8 of the first layer");
        assertEquals("", b.problem());
        assertTrue(b.loss() >= 0);
        vm.setSetup(vm.setup().withPadding(1));
        assertNull(b.sweep());
        assertTrue(b.problem().contains("first layer's own settings"), b.problem());
        assertNull(b.takeStep(), "no step without a gradient");
    }

    @Test
    void onlyAPositiveLearningRateIsTaken() {
        float r = b.learningRate();
        assertFalse(b.setLearningRate(0));
        assertFalse(b.setLearningRate(-1));
        assertFalse(b.setLearningRate(Float.NaN));
        assertEquals(r, b.learningRate());
        assertTrue(b.setLearningRate(0.5f));
        assertEquals(0.5f, b.learningRate());
    }
}
