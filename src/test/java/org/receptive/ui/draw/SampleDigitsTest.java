package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.Drawing;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;

/** The demo's pen strokes are digits the shipped model reads as what they are meant to be. */
class SampleDigitsTest {

    @Test
    void everySampleIsReadAsItsDigitAtThinTypicalAndThickBrushes() {
        Network net = DefaultModel.load().network();
        StringBuilder wrong = new StringBuilder();
        for (double brush : new double[] {12, 18, 26}) {
            for (int d = 0; d <= 9; d++) {
                Drawing drawing = new Drawing(280, 280);
                SampleDigits.draw(drawing, d, brush);
                PreprocessedDigit p = DigitPreprocessor.process(drawing.render(), 280, 280);
                assertFalse(p.isEmpty());
                float[] probs = net.forward(p.pixels());
                int best = SoftmaxCrossEntropy.argmax(probs);
                if (best != d) {
                    wrong.append(String.format("%d drawn with %.0f px read as %d (%.2f); ", d, brush, best, probs[best]));
                }
            }
        }
        assertEquals("", wrong.toString());
    }

    @Test
    void smoothingPassesThroughEveryGivenPoint() {
        double[] path = SampleDigits.catmullRom(new double[] {0, 0, 10, 5, 20, 0, 30, 10});
        assertEquals(2 * (3 * 8 + 1), path.length);
        assertEquals(10, path[2 * 8], 1e-9);
        assertEquals(5, path[2 * 8 + 1], 1e-9);
        assertEquals(30, path[path.length - 2], 1e-9);
    }
}
