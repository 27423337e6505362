package org.receptive.ui.stepper.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptive.stepper.BackwardStepper;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Gradients;
import org.receptive.stepper.KernelPreset;
import org.receptive.ui.stepper.StepperMode;
import org.receptive.ui.stepper.StepperViewModel;

class KernelLabViewModelTest {

    private final StepperViewModel stepper = new StepperViewModel();
    private final KernelLabViewModel lab = stepper.lab();

    @Test
    void learningTakesTheChosenNumberOfUpdatesASecond() {
        lab.setSpeed(30);
        lab.setRunning(true);
        for (int frame = 0; frame < 60; frame++) {
            lab.advance(1 / 60.0);                     // a second of frames
        }
        assertEquals(30, lab.lab().updates(), 1);
        assertEquals(30, lab.updatesPerSecond(), 1);
        assertEquals(lab.lab().updates(), lab.pictures().losses().size());
        stepper.setPlaying(false);                     // stopping the stepper (reduced motion) stops learning too
        assertFalse(lab.running());
        lab.advance(1);
        assertEquals(30, lab.lab().updates(), 1);
    }

    @Test
    void aLearningRateTooLargeBlowsUpAndSaysSo() {
        assertTrue(lab.setRate(50));
        lab.setRunning(true);
        for (int frame = 0; frame < 600 && lab.running(); frame++) {
            lab.advance(0.1);
        }
        assertFalse(lab.running());
        assertTrue(lab.status().contains("blew up"), lab.status());
        assertFalse(lab.setRate(0));
        assertFalse(lab.setRate(1000));
    }

    @Test
    void learningSobelXStopsWhenEveryWeightIsThere() {
        lab.setSpeed(120);
        lab.setRunning(true);
        for (int frame = 0; frame < 2000 && lab.running(); frame++) {
            lab.advance(1);
        }
        assertFalse(lab.running());
        assertTrue(lab.status().startsWith("Learned: every weight is within 0.001 of Sobel x"), lab.status());
        assertTrue(lab.lab().kernelError() < 1e-3);
    }

    @Test
    void moreOfTheBatchKeepsTheKernelLearnedSoFar() {
        lab.updateOnce();
        float[][] k = lab.lab().kernel();
        lab.setBatch(9);
        assertEquals(9, lab.lab().batchSize());
        assertArrayEquals(k[1], lab.lab().kernel()[1]);
        lab.setBatch(40);
        assertEquals(16, lab.lab().batchSize(), "at most 16 pictures at once");
        lab.setKind(LabPictures.PATTERNS);
        assertEquals(5, lab.lab().batchSize(), "five patterns");
        lab.setTarget(KernelPreset.LINE_45);
        assertEquals(KernelPreset.LINE_45, lab.lab().target());
    }

    @Test
    void steppingThroughAnUpdateGivesTheBackwardStepperThatPicturesShare() {
        lab.setBatch(3);
        lab.updateOnce();
        lab.showPicture(2);
        lab.setRunning(true);
        lab.stepThroughInStepper();
        assertFalse(lab.running());
        assertEquals(StepperMode.BACKWARD, stepper.mode());
        assertEquals(lab.lab().setup(), stepper.setup());
        assertArrayEquals(lab.lab().kernel()[0], stepper.kernels()[0][0][0]);
        ConvolutionStepper f = lab.lab().forward(2);
        Gradients mine = new BackwardStepper(f, lab.lab().lossOf(2).gradient(f)).gradients();
        assertArrayEquals(mine.weights()[0][0][1], stepper.backward().complete().weights()[0][0][1], 1e-7f);
        assertEquals(lab.rate(), stepper.backward().learningRate());
        assertTrue(stepper.backward().sourceSentence().contains("picture 3's share"), stepper.backward().sourceSentence());
    }
}
