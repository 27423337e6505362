package org.receptive.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;

/**
 * The occlusion map of a network small enough to work out by hand: a 3×3 input, one dense layer,
 * class 0's score 2 × pixel (0, 0), class 1's always 0, so p(0) = σ(2 · pixel(0, 0)).
 */
class OcclusionTest {

    static Network handNetwork() {
        float[] params = new float[2 * 9 + 2];   // weights (2 × 9), then the 2 biases, all 0 but one
        params[0] = 2f;                          // class 0, pixel (0, 0)
        return Network.withParams(Architecture.parse("1x3x3: dense2"), params);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void aTwoByTwoSquareAtStrideOneGivesTheDropAveragedOverTheSquaresCoveringEachPixel() {
        float[] image = new float[9];
        image[0] = 1f;   // ink at (0, 0) only
        AttributionMap map = new Occlusion(handNetwork()).map(image, Question.why(0), 2, 1);
        // Four squares, at (0,0), (0,1), (1,0), (1,1). Only the first covers (0, 0): it turns that
        // pixel to grey 0.5, class 0's score from 2 to 1, p(0) from σ(2) to σ(1). The others change nothing.
        double drop = sigmoid(2) - sigmoid(1);   // 0.1497
        float[] expected = {
            (float) drop, (float) (drop / 2), 0,
            (float) (drop / 2), (float) (drop / 4), 0,
            0, 0, 0};
        assertArrayEquals(expected, map.values(), 1e-6f);
        assertEquals(Method.OCCLUSION, map.method());
    }

    @Test
    void askingWhyNotTheOtherClassMapsTheDropOfTheDifferenceOfTheTwoProbabilities() {
        float[] image = new float[9];
        image[0] = 1f;
        AttributionMap map = new Occlusion(handNetwork()).map(image, Question.whyNot(0, 1), 3, 1);
        // One square covers everything: every pixel grey, class 0's score 1. p(0) − p(1) = 2σ(z) − 1.
        double drop = (2 * sigmoid(2) - 1) - (2 * sigmoid(1) - 1);
        for (float v : map.values()) {
            assertEquals(drop, v, 1e-6);
        }
    }

    @Test
    void squaresThatDoNotEndOnTheBorderGetOneMorePositionAgainstIt() {
        assertEquals(List.of(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), Occlusion.positions(28, 6, 2));
        assertEquals(List.of(0, 5, 10, 15, 20, 22), Occlusion.positions(28, 6, 5));
        assertEquals(23, Occlusion.positions(28, 6, 1).size());
    }

    @Test
    void aSquareThatDoesNotFitIsRefusedInASentence() {
        Network net = handNetwork();
        assertNull(Occlusion.problem(net.inputShape(), 3, 1));
        assertNotNull(Occlusion.problem(net.inputShape(), 4, 1));
        assertNotNull(Occlusion.problem(net.inputShape(), 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Occlusion(net).map(new float[9], Question.why(0), 0, 1));
    }
}
