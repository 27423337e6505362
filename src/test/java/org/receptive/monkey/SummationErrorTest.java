package org.receptive.monkey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.receptive.stepper.Activation;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Mode;
import org.receptive.stepper.Setup;
import org.receptive.stepper.StepperCase;

/**
 * The monkey holds the Stepper's output against the engine's within the float error of two sums of
 * the same products in different orders. It must allow what the monkey's typed weights (up to ±1000)
 * honestly give, and still see a weight off by its shown rounding, as a field writing back stale text would.
 */
class SummationErrorTest {

    private static final Setup THREE_BY_SEVEN = new Setup(3, 14, 14, 3, 7, 0, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);

    @Test
    void twoOrdersOfTheSameSumStayWithinTheBoundWithTheMonkeysBigWeights() {
        SplittableRandom r = new SplittableRandom(3);
        double worstBefore = 0;
        for (int trial = 0; trial < 40; trial++) {
            float[][][] in = input(r);
            float[][][][] k = new float[3][][][];
            for (int n = 0; n < k.length; n++) {
                k[n] = kernel(r, 8);
            }
            ConvolutionStepper st = new ConvolutionStepper(THREE_BY_SEVEN, in, k, new float[3]);
            float[][][] shown = st.output();
            float[] engine = new StepperCase(THREE_BY_SEVEN, in, k, new float[3]).engineOutput();
            int oh = st.outputHeight(), ow = st.outputWidth();
            for (int n = 0; n < 3; n++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        float e = engine[(n * oh + y) * ow + x];
                        double d = Math.abs(shown[n][y][x] - e);
                        worstBefore = Math.max(worstBefore, d / (1e-4 * Math.max(1, Math.abs(e))));
                        assertTrue(d <= ShownAnswers.allowed(st, n, y, x, e), "map " + n + " cell " + y + "," + x);
                    }
                }
            }
        }
        assertTrue(worstBefore > 1, "the cases cancel as the monkey's did (a bound of 1e-4 alone would fail): " + worstBefore);
    }

    @Test
    void aWeightOffByItsRoundingIsStillSeenAtOrdinaryWeights() {
        SplittableRandom r = new SplittableRandom(5);
        float[][][] in = input(r);
        float[][][][] k = {kernel(r, 0), kernel(r, 0), kernel(r, 0)};
        int y = 4, x = 4;
        in[2][y + 3][x + 3] = 1;                     // the weight below reads a full cell at output (4, 4)
        k[1][2][3][3] = 0.12345f;
        ConvolutionStepper exact = new ConvolutionStepper(THREE_BY_SEVEN, in, k, new float[3]);
        float[][][] shown = exact.output();
        k[1][2][3][3] = 0.12f;                       // what writing the field's "0.12" back would do
        float[] engine = new StepperCase(THREE_BY_SEVEN, in, k, new float[3]).engineOutput();
        int oh = exact.outputHeight(), ow = exact.outputWidth();
        float e = engine[(oh + y) * ow + x];
        double d = Math.abs(shown[1][y][x] - e);
        assertTrue(d > ShownAnswers.allowed(exact, 1, y, x, e), "a stale 0.12 for 0.12345 is seen: " + d);
    }

    /** An input in [0, 1), a picture's range. */
    private static float[][][] input(SplittableRandom r) {
        return fill(r, 14, 0, 0);
    }

    /** A 3×7×7 kernel in [−1, 1); with {@code bigOneIn} > 0, one weight in so many a whole number up to ±1000, as the monkey types. */
    private static float[][][] kernel(SplittableRandom r, int bigOneIn) {
        return fill(r, 7, -1, bigOneIn);
    }

    private static float[][][] fill(SplittableRandom r, int side, float low, int bigOneIn) {
        float[][][] a = new float[3][side][side];
        for (float[][] plane : a) {
            for (float[] row : plane) {
                for (int i = 0; i < row.length; i++) {
                    boolean big = bigOneIn > 0 && r.nextInt(bigOneIn) == 0;
                    row[i] = big ? r.nextInt(2001) - 1000 : (float) (low + (1 - low) * r.nextDouble());
                }
            }
        }
        return a;
    }
}
