package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Setup;
import org.receptive.stepper.Step;

class StepperViewModelTest {

    private final StepperViewModel vm = new StepperViewModel();

    @Test
    void stepsThroughEveryOutputCellAndComputesOnlyWhatWasReached() {
        assertEquals(25, vm.positions());          // 7×7 input, 3×3 kernel → 5×5
        assertNull(vm.current());
        vm.forward();
        vm.forward();
        Step s = vm.current();
        assertEquals(0, s.outRow());
        assertEquals(1, s.outCol());
        assertTrue(vm.computed(0, 0, 1));
        assertFalse(vm.computed(0, 0, 2));
        vm.back();
        assertEquals(0, vm.current().outCol());
        vm.toEnd();
        assertEquals(24, vm.position());
        vm.toStart();
        assertEquals(-1, vm.position());
    }

    @Test
    void clickingAnOutputCellShowsThePositionThatWritesIt() {
        vm.setSetup(vm.setup().withKernels(2));
        vm.jumpToOutput(1, 2, 3);
        Step s = vm.current();
        assertEquals(1, s.kernel());
        assertEquals(2, s.outRow());
        assertEquals(3, s.outCol());
        assertEquals(2, s.top());
        assertEquals(3, s.left());
    }

    @Test
    void playingAdvancesByElapsedTimeAndStopsAtTheEnd() {
        vm.setSpeed(4);
        vm.setPlaying(true);
        vm.advance(0.1);                 // 0.4 of a position: not yet
        assertEquals(-1, vm.position());
        vm.advance(0.2);                 // 1.2 in all
        assertEquals(0, vm.position());
        vm.advance(1.0);                 // a slow frame moves several positions at once
        assertEquals(4, vm.position());
        vm.advance(100);
        assertEquals(24, vm.position());
        assertFalse(vm.playing());
        vm.setPlaying(true);             // playing again from the end starts over
        assertEquals(-1, vm.position());
    }

    @Test
    void speedStaysWithinItsRangeAndClimbsTheLadder() {
        vm.setSpeed(100);
        assertEquals(20, vm.speed());
        vm.setSpeed(0.01);
        assertEquals(0.25, vm.speed());
        vm.faster(true);
        assertEquals(0.5, vm.speed());
        vm.setSpeed(3);
        vm.faster(false);
        assertEquals(2, vm.speed());
    }

    @Test
    void anImpossibleCombinationIsExplainedNotThrown() {
        vm.setSetup(new Setup(1, 5, 5, 1, 5, 1, 1, 2, vm.setup().activation(), vm.setup().mode()));
        assertFalse(vm.runnable());
        assertTrue(vm.problemProperty().get().contains("dilated kernel (9×9) is larger than the padded input (7×7)"),
                vm.problemProperty().get());
        assertEquals(0, vm.positions());
        assertNull(vm.current());
        vm.forward();                    // wild clicking changes nothing and throws nothing
        vm.toEnd();
        vm.setSetup(vm.setup().withPadding(3));
        assertTrue(vm.runnable());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void outOfRangeSettingsAreRefusedAndTheOldOnesKept() {
        vm.setSetup(vm.setup().withInput(1, 40, 7));
        assertTrue(vm.problemProperty().get().contains("input height must be 3 to 28"));
        assertEquals(7, vm.setup().height());
        // A spinner hands on a typed 12 before it clamps it: refused in words, never thrown (the long monkey run).
        vm.setSetup(vm.setup().withKernelSize(12));
        assertTrue(vm.problemProperty().get().contains("kernel size must be 1 to 7"), vm.problemProperty().get());
        assertEquals(3, vm.setup().kernelSize());
    }

    @Test
    void theOutputIsTheStepperOutputForTheCurrentNumbers() {
        vm.setSetup(new Setup(2, 9, 8, 3, 3, 1, 2, 1, vm.setup().activation(), vm.setup().mode()));
        vm.edits().randomInput(1);
        vm.edits().preset(2, KernelPreset.LAPLACIAN);
        ConvolutionStepper ref = new ConvolutionStepper(vm.setup(), vm.input(), vm.kernels(), vm.bias());
        assertArrayEquals(ref.output()[2][1], vm.output()[2][1]);
        assertEquals(3 * 5 * 4, vm.positions());
    }

    @Test
    void hoveringAnInputCellFindsTheOutputsThatReadIt() {
        vm.hoverInput(new Cell(0, 0, 0));
        assertEquals(List.of(0), vm.readersOfHovered());     // only the top-left window covers a corner
        vm.hoverInput(new Cell(0, 3, 3));
        assertEquals(9, vm.readersOfHovered().size());       // the middle is read by 3×3 windows
        vm.hoverInput(null);
        assertTrue(vm.readersOfHovered().isEmpty());
    }

    @Test
    void aPaintStrokeIsOneUndoStepAndRedoBringsItBack() {
        float before = vm.input()[0][0][0];
        vm.beginStroke();
        vm.edits().setInput(0, 0, 0, 0.7f);
        vm.edits().setInput(0, 0, 1, 0.7f);
        vm.edits().setInput(0, -1, 1, 0.7f);                  // padding: ignored
        vm.endStroke();
        vm.edits().setWeight(0, 0, 1, 1, 5f);
        assertEquals(5f, vm.kernels()[0][0][1][1]);
        assertTrue(vm.undo());
        assertNotEquals(5f, vm.kernels()[0][0][1][1]);
        assertEquals(0.7f, vm.input()[0][0][1]);
        assertTrue(vm.undo());
        assertEquals(before, vm.input()[0][0][0]);
        assertFalse(vm.undo());
        assertTrue(vm.redo());
        assertEquals(0.7f, vm.input()[0][0][0]);
        assertEquals(0.7f, vm.output() != null ? vm.input()[0][0][1] : 0);
    }

    @Test
    void aDigitIsResampledNotCroppedWhenTheGridGrows() {
        vm.edits().digit(0);
        vm.setSetup(vm.setup().withInput(1, 28, 28));
        float[] mnist = org.receptive.data.Mnist.test().image(0);
        assertEquals(mnist[14 * 28 + 14], vm.input()[0][14][14], 1e-5);
        vm.edits().pattern(0, InputPattern.CROSS);
        assertTrue(vm.canUndo());
    }

    @Test
    void theLearnedKernelComesFromTheDefaultModel() {
        vm.setSetup(vm.setup().withKernelSize(5));
        vm.edits().learnedKernel(0, 3);
        org.receptive.engine.Conv2d first = (org.receptive.engine.Conv2d)
                org.receptive.engine.DefaultModel.load().network().layer(0);
        assertEquals(first.weight(3, 0, 2, 4), vm.kernels()[0][0][2][4]);
    }

    @Test
    void aLearnedKernelIsNeverSilentlyCroppedToTheKernelSize() {
        assertEquals(3, vm.setup().kernelSize());
        vm.edits().learnedKernel(0, 3);
        org.receptive.engine.Conv2d first = (org.receptive.engine.Conv2d)
                org.receptive.engine.DefaultModel.load().network().layer(0);
        assertEquals(5, vm.setup().kernelSize(), "picking a learned kernel at 3×3 makes the kernel 5×5");
        assertEquals(first.weight(3, 0, 0, 0), vm.kernels()[0][0][0][0], "its corner, which a 3×3 crop would lose");
        assertTrue(vm.noticeProperty().get().contains("kernel size is now 5"), vm.noticeProperty().get());
        vm.setSetup(vm.setup().withKernelSize(3));
        assertTrue(vm.noticeProperty().get().contains("only the middle weights are used"), vm.noticeProperty().get());
        vm.setSetup(vm.setup().withKernelSize(7));
        assertEquals("", vm.noticeProperty().get());
    }

    @Test
    void theOutputPicturesHideWhatTheSweepHasNotReachedInForwardOnly() {
        vm.forward();
        vm.forward();
        float[][] shown = vm.outputPictures().get(0).values();
        assertFalse(Float.isNaN(shown[0][1]));
        assertTrue(Float.isNaN(shown[0][2]), "not computed yet");
        vm.modeProperty().set(org.receptive.ui.stepper.StepperMode.BACKWARD);
        assertFalse(Float.isNaN(vm.outputPictures().get(0).values()[4][4]), "the backward pass starts from the whole output");
    }

    @Test
    void thePicturesCarryTheWindowTheReadersAndTheSentences() {
        vm.setSetup(vm.setup().withKernels(2));
        vm.jumpToOutput(1, 2, 3);
        GridPicture in = vm.inputPictures().get(0);
        assertEquals(9, in.window().size());
        assertEquals(new Cell(0, 2, 3), in.window().get(0));
        assertEquals(vm.kernels()[1][0][0][0], in.windowWeights()[0]);
        assertTrue(in.description().contains("kernel at row 2, column 3"), in.description());
        vm.hoverInput(new Cell(0, 0, 0));
        GridPicture out1 = vm.outputPictures().get(1);
        assertEquals(java.util.Set.of(new Cell(0, 0, 0)), out1.marks(), "map 2's first cell reads the corner");
        assertTrue(out1.description().contains("writing row 2, column 3"), out1.description());
    }

    @Test
    void inTrueConvolutionAProductNamesTheTurnedKernelCellItsWeightComesFrom() {
        vm.setSetup(vm.setup().withMode(org.receptive.stepper.Mode.CONVOLUTION));
        vm.forward();
        org.receptive.stepper.Term topLeft = vm.current().terms().get(0);
        String text = StepperText.term(topLeft);
        assertTrue(text.contains("kernel row 2, column 2"), text);
        assertTrue(text.contains("turned 180°"), text);
        assertEquals(vm.kernels()[0][0][2][2], topLeft.weight());
    }
}
