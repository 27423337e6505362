package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Conv2d;

class ConvolutionStepperTest {

    /** The same convolution through the engine's Conv2d, with the stepper's numbers as its weights. */
    static float[] engine(StepperCase c) {
        assertTrue(c.network().layer(0) instanceof Conv2d);
        return c.engineOutput();
    }

    @Test
    void theFinishedOutputIsWhatTheEnginesConvolutionComputes() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 150; trial++) {
            StepperCase c = StepperCase.random(r);
            ConvolutionStepper st = c.stepper();
            float[][][] out = st.output();
            float[] expected = engine(c);
            int i = 0;
            for (int n = 0; n < out.length; n++) {
                for (int y = 0; y < st.outputHeight(); y++) {
                    for (int x = 0; x < st.outputWidth(); x++, i++) {
                        // Sums in a different order: equal to float rounding of ~k²·C terms of size ≤ 1.
                        assertEquals(expected[i], out[n][y][x], 2e-5f * (1 + c.setup().kernelSize() * c.setup().kernelSize()),
                                c.setup() + " at " + n + "," + y + "," + x);
                    }
                }
            }
            assertEquals(expected.length, st.positions(), "one position per output cell");
        }
    }

    @Test
    void positionsFollowTheOutputSizeFormula() {
        Setup s = new Setup(1, 7, 9, 2, 3, 1, 2, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        assertEquals(4, s.outputHeight());                  // ⌊(7 + 2 − 2 − 1)/2⌋ + 1
        assertEquals(5, s.outputWidth());                   // ⌊(9 + 2 − 2 − 1)/2⌋ + 1
        assertTrue(s.formula(true).endsWith("= 4"), s.formula(true));
        StepperCase c = new StepperCase(s, new float[1][7][9], new float[2][1][3][3], new float[2]);
        ConvolutionStepper st = c.stepper();
        assertEquals(2 * 4 * 5, st.positions());
        Step last = st.step(st.positions() - 1);
        assertEquals(1, last.kernel());
        assertEquals(3, last.outRow());
        assertEquals(4, last.outCol());
        assertEquals(st.positions() - 1, st.indexOf(1, 3, 4));
        assertEquals(5, last.top());                        // 3·2 − 1
        assertEquals(7, last.left());                       // 4·2 − 1
    }

    @Test
    void aStepShowsItsProductsPartialSumsBiasAndActivation() {
        Setup s = new Setup(2, 3, 3, 1, 2, 0, 1, 1, Activation.RELU, Mode.CROSS_CORRELATION);
        float[][][] in = {{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
        float[][][][] k = {{{{1, 0}, {0, -1}}, {{2, 2}, {2, 2}}}};
        ConvolutionStepper st = new ConvolutionStepper(s, in, k, new float[] {-10});
        Step step = st.step(st.indexOf(0, 0, 1));           // window at rows 0–1, columns 1–2
        assertEquals(8, step.terms().size());
        assertEquals(2 * 1 + 3 * 0 + 5 * 0 + 6 * -1, step.channelSums()[0]);    // −4
        assertEquals(2 * (0 + 0 + 1 + 0), step.channelSums()[1]);               // 2
        assertEquals(-2, step.sum());
        assertEquals(-12, step.total());
        assertEquals(0, step.result(), "ReLU");
        Term first = step.terms().get(0);
        assertEquals(2f, first.input());
        assertEquals(1f, first.weight());
        assertFalse(first.padding());
    }

    @Test
    void paddingCellsAreMarkedAndCountAsZero() {
        Setup s = new Setup(1, 3, 3, 1, 3, 1, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        float[][][] in = {{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}};
        float[][][][] k = {{{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}}};
        Step corner = new ConvolutionStepper(s, in, k, new float[1]).step(0);
        assertEquals(5, corner.terms().stream().filter(Term::padding).count());
        assertEquals(4f, corner.total());
        assertEquals(-1, corner.top());
    }

    @Test
    void trueConvolutionFlipsTheKernel() {
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 20; t++) {
            StepperCase c = StepperCase.random(r);
            Setup conv = c.setup().withMode(Mode.CONVOLUTION);
            float[][][][] flipped = new float[c.kernels().length][][][];
            int k = conv.kernelSize();
            for (int n = 0; n < flipped.length; n++) {
                flipped[n] = new float[conv.channels()][k][k];
                for (int ch = 0; ch < conv.channels(); ch++) {
                    for (int y = 0; y < k; y++) {
                        for (int x = 0; x < k; x++) {
                            flipped[n][ch][y][x] = c.kernels()[n][ch][k - 1 - y][k - 1 - x];
                        }
                    }
                }
            }
            float[][][] a = new ConvolutionStepper(conv, c.input(), c.kernels(), c.bias()).output();
            float[][][] b = new ConvolutionStepper(c.setup(), c.input(), flipped, c.bias()).output();
            assertTrue(java.util.Arrays.deepEquals(a, b), conv.toString());
        }
    }

    @Test
    void reverseLookupMatchesBruteForce() {
        SplittableRandom r = new SplittableRandom(5);
        for (int t = 0; t < 40; t++) {
            ConvolutionStepper st = StepperCase.random(r).stepper();
            Setup s = st.setup();
            for (int y = 0; y < s.height(); y++) {
                for (int x = 0; x < s.width(); x++) {
                    List<Integer> brute = new ArrayList<>();
                    for (int i = 0; i < st.positions(); i++) {
                        final int yy = y, xx = x;
                        if (st.step(i).terms().stream().anyMatch(term -> !term.padding() && term.row() == yy && term.col() == xx)) {
                            brute.add(i);
                        }
                    }
                    assertEquals(brute, st.positionsReading(y, x), s + " cell " + y + "," + x);
                }
            }
        }
    }

    @Test
    void progressKeepsComputedCellsAndLeavesTheRestEmpty() {
        StepperCase c = StepperCase.random(new SplittableRandom(8));
        ConvolutionStepper st = c.stepper();
        float[][][] half = st.outputAfter(3);
        float[][][] all = st.output();
        int filled = 0;
        for (int i = 0; i < st.positions(); i++) {
            Step step = st.step(i);
            float v = half[step.kernel()][step.outRow()][step.outCol()];
            if (i < 3) {
                assertEquals(all[step.kernel()][step.outRow()][step.outCol()], v);
                filled++;
            } else {
                assertTrue(Float.isNaN(v));
            }
        }
        assertEquals(Math.min(3, st.positions()), filled);
    }

    @Test
    void impossibleSettingsAreExplainedInPlainWords() {
        Setup s = new Setup(1, 7, 7, 1, 5, 0, 1, 2, Activation.NONE, Mode.CROSS_CORRELATION);
        assertEquals(List.of("the dilated kernel (9×9) is larger than the padded input (7×7)"), s.problems());
        assertTrue(s.withPadding(1).valid());
        assertTrue(s.formula(true).endsWith("impossible"), s.formula(true));
        assertEquals(List.of("stride must be 1 to 4, not 5"), s.withPadding(1).withStride(5).problems());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConvolutionStepper(s, new float[1][7][7], new float[1][1][5][5], new float[1]));
        assertTrue(e.getMessage().contains("larger than the padded input"));
        assertEquals(1, Setup.DEFAULT.withKernelSize(3).samePadding());
        assertEquals(2, Setup.DEFAULT.withKernelSize(3).withDilation(2).samePadding());
    }

    @Test
    void theWholeOutputHasEachStepsResult() {
        SplittableRandom r = new SplittableRandom(13);
        for (int t = 0; t < 40; t++) {
            StepperCase c = StepperCase.random(r);
            Setup s = r.nextBoolean() ? c.setup() : c.setup().withMode(Mode.CONVOLUTION);
            ConvolutionStepper st = new ConvolutionStepper(s, c.input(), c.kernels(), c.bias());
            float[][][] out = st.output();
            for (int i = 0; i < st.positions(); i++) {
                Step step = st.step(i);
                assertEquals(step.result(), out[step.kernel()][step.outRow()][step.outCol()], s + " position " + i);
            }
        }
    }

    @Test
    void trueConvolutionNamesTheTurnedKernelCellItsWeightComesFrom() {
        Setup s = new Setup(1, 4, 4, 1, 3, 0, 1, 1, Activation.NONE, Mode.CONVOLUTION);
        float[][][][] k = {{{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}};
        Step step = new ConvolutionStepper(s, new float[1][4][4], k, new float[1]).step(0);
        Term topLeft = step.terms().get(0);
        assertEquals(0, topLeft.ky());
        assertEquals(0, topLeft.kx());
        assertEquals(2, topLeft.wy());
        assertEquals(2, topLeft.wx());
        assertEquals(9f, topLeft.weight());
    }

    @Test
    void cellsNoWindowReadsAreKnown() {
        // 6 wide, 2×2 kernel, stride 3: columns 0–1 and 3–4 are read, 2 and 5 never.
        Setup s = new Setup(1, 6, 6, 1, 2, 0, 3, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        boolean[][] read = new ConvolutionStepper(s, new float[1][6][6], new float[1][1][2][2], new float[1]).cellsRead();
        for (int x = 0; x < 6; x++) {
            assertEquals(x % 3 != 2, read[0][x], "column " + x);
        }
    }
}
