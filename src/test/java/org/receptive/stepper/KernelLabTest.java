package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.data.Dataset;
import org.receptive.data.GridImage;
import org.receptive.data.Mnist;

class KernelLabTest {

    static List<float[][]> digits(int from, int n) {
        Dataset d = Mnist.test();
        List<float[][]> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(GridImage.digit(d.image(i), 28, 28));
        }
        return out;
    }

    @Test
    void learnsSobelXFromARandomStartToWithinOneHundredthPerWeight() {
        KernelLab lab = new KernelLab(digits(0, 4), digits(100, 1).get(0), KernelPreset.SOBEL_X, 3, 2f);
        lab.restart(KernelLab.randomKernel(3, 7));
        assertTrue(lab.kernelError() > 0.5, "starts far away: " + lab.kernelError());
        float first = lab.loss();
        for (int i = 0; i < 1000; i++) {
            lab.update();
        }
        float[][] learned = lab.kernel(), sobel = KernelPreset.SOBEL_X.values(3);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(sobel[y][x], learned[y][x], 1e-2, "weight " + y + "," + x);
            }
        }
        assertTrue(lab.loss() < first * 1e-4, first + " → " + lab.loss());
        assertEquals(1000, lab.history().size());
        assertEquals(first, lab.history().get(0), 1e-6);
    }

    @Test
    void theLearnedKernelMakesTheTargetsEdgesOfADigitItNeverSaw() {
        KernelLab lab = new KernelLab(digits(0, 8), digits(200, 1).get(0), KernelPreset.SOBEL_X, 3, 2f);
        lab.restart(new float[3][3]);
        double before = difference(lab.unseenOutput(), lab.unseenTarget());
        for (int i = 0; i < 800; i++) {
            lab.update();
        }
        double after = difference(lab.unseenOutput(), lab.unseenTarget());
        assertTrue(after < before * 0.01, before + " → " + after);
    }

    @Test
    void oneUpdateIsTheSumOfEachPicturesBackwardSweep() {
        List<float[][]> batch = digits(10, 3);
        KernelLab lab = new KernelLab(batch, digits(20, 1).get(0), KernelPreset.LINE_45, 3, 0.5f);
        lab.restart(KernelLab.randomKernel(3, 1));
        float[][] w = lab.kernel();
        float[][] expected = new float[3][3];
        for (int i = 0; i < batch.size(); i++) {
            ConvolutionStepper f = lab.forward(i);
            Gradients g = new BackwardStepper(f, lab.lossOf(i).gradient(f)).gradients();
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    expected[y][x] += g.weights()[0][0][y][x];
                }
            }
        }
        lab.update();
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(w[y][x] - 0.5f * expected[y][x], lab.kernel()[y][x], 1e-6);
            }
        }
    }

    @Test
    void impossibleLabsAreRefusedInWords() {
        float[][] d = digits(0, 1).get(0);
        assertThrows(IllegalArgumentException.class, () -> new KernelLab(List.of(), d, KernelPreset.SOBEL_X, 3, 1f));
        assertThrows(IllegalArgumentException.class, () -> new KernelLab(digits(0, 17), d, KernelPreset.SOBEL_X, 3, 1f));
        assertThrows(IllegalArgumentException.class, () -> new KernelLab(digits(0, 2), d, KernelPreset.SOBEL_X, 4, 1f));
        assertThrows(IllegalArgumentException.class, () -> new KernelLab(digits(0, 2), d, KernelPreset.SOBEL_X, 3, -1f));
    }

    private static double difference(float[][] a, float[][] b) {
        double s = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[y].length; x++) {
                s += Math.abs(a[y][x] - b[y][x]);
            }
        }
        return s;
    }
}
