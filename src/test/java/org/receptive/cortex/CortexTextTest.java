package org.receptive.cortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.engine.DefaultModel;

/** The lab's numbers read on their own scale: the learned kernels' small responses are not all "0.0". */
class CortexTextTest {

    @Test
    void responsesShowThreeSignificantFiguresOfTheirScale() {
        assertEquals("38.5", CortexText.response(38.5, 38.5));
        assertEquals("0.052", CortexText.response(0.0523, 0.11));
        assertEquals("0.004", CortexText.response(0.0042, 0.11), "a faint answer on that scale still shows");
        assertEquals("0.0", CortexText.response(0, 0), "no scale: one decimal");
    }

    @Test
    void thePickedLearnedNeuronsAnswerToItsFavouriteBarIsNotZeroInTheSentence() {
        List<float[][]> kernels = DefaultModel.load().network().firstConvolution().orElseThrow().kernels(0);
        FirstLayer learned = FirstLayer.learned(kernels);
        float[][][] responses = new float[learned.kinds()][learned.sheet().rows()][learned.sheet().cols()];
        responses[0][4][4] = learned.reference() / 2;
        String sentence = CortexText.state(learned, "Bar at 0°", responses, 0, 4, 4);
        assertNotEquals(-1, sentence.indexOf("responds " + CortexText.response(learned.reference() / 2, learned.reference())));
        assertEquals(-1, sentence.indexOf("responds 0.0."), sentence);
    }
}
