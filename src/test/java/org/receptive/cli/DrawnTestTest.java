package org.receptive.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.receptive.data.Dataset;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.DigitStyle;
import org.receptive.data.DrawnDigits;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;

/** {@code evaluate --drawn}: every drawing counted once, per variant, digit and style, as reading them one by one gives. */
class DrawnTestTest {

    private static final int N = 60;

    @Test
    void everyDrawnDigitIsCountedUnderItsVariantDigitAndStyle() throws Exception {
        Dataset test = Mnist.test();
        DrawnTest.Result r = DrawnTest.run(DefaultModel.load().network(), test, N, 2);
        int[] perDigit = new int[10];
        for (int i = 0; i < N; i++) {
            perDigit[test.label(i)]++;
        }
        for (DrawnDigits.Variant v : DrawnDigits.Variant.values()) {
            assertArrayEquals(perDigit, r.variants().get(v).total(), v.label());
            for (int d = 0; d < 10; d++) {
                assertTrue(r.variants().get(v).correct()[d] <= perDigit[d]);
            }
        }
        for (DigitStyle s : DigitStyle.values()) {
            DrawnTest.Tally t = r.styles().get(s);
            assertEquals(perDigit[s.digit()], t.totalAll() + r.unsuitable().get(s), s.label());
            assertEquals(t.totalAll(), t.total()[s.digit()], s.label() + ": only its own digit is drawn in it");
            assertTrue(t.totalAll() > 0, s.label());
        }
    }

    @Test
    void theThreadsCountWhatReadingEachDrawingInTurnGives() throws Exception {
        Network net = DefaultModel.load().network();
        Dataset test = Mnist.test();
        DrawnTest.Tally tally = DrawnTest.run(net, test, N, 3).variants().get(DrawnDigits.Variant.THIN);
        int[] correct = new int[10];
        SplittableRandom random = new SplittableRandom(7 + DrawnDigits.Variant.THIN.ordinal());
        for (int i = 0; i < N; i++) {
            float[] canvas = DrawnDigits.render(test.image(i), test.label(i), DrawnDigits.Variant.THIN, random.split());
            float[] p = net.forward(DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE).pixels());
            correct[test.label(i)] += SoftmaxCrossEntropy.argmax(p) == test.label(i) ? 1 : 0;
        }
        assertArrayEquals(correct, tally.correct());
    }

    @Test
    void evaluatePrintsATableOfVariantsByDigitAndALinePerStyle() {
        CliRun run = CliRun.of("evaluate", "--drawn", "30");
        assertEquals(0, run.exit(), run.err());
        String number = "\\s+\\d+\\.\\d";
        for (DrawnDigits.Variant v : DrawnDigits.Variant.values()) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches(v.label() + "\\s+\\d+\\.\\d\\d%" + ("(" + number + ")").repeat(10))),
                    v.label() + " row missing:\n" + run.out());
        }
        for (DigitStyle s : DigitStyle.values()) {
            String line = s.label() + "\\s+\\d+\\.\\d\\d% of \\d+ \\(\\d+ did not suit the style\\)";
            assertTrue(run.out().lines().anyMatch(l -> l.matches(line)),
                    s.label() + " line missing:\n" + run.out());
        }
    }
}
