package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The output-size formula o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 against counting window positions one
 * by one, and the plain-language refusal when no window fits.
 */
class OutputSizeTest {

    @Test
    void formulaCountsTheWindowPositionsThatFit() {
        int cases = 0;
        for (int input = 1; input <= 16; input++) {
            for (int kernel = 1; kernel <= 7; kernel++) {
                for (int padding = 0; padding <= 3; padding++) {
                    for (int stride = 1; stride <= 4; stride++) {
                        for (int dilation = 1; dilation <= 3; dilation++) {
                            int span = dilation * (kernel - 1) + 1;
                            int positions = 0;          // windows [start, start + span) inside the padded input
                            for (int start = 0; start + span <= input + 2 * padding; start += stride) {
                                positions++;
                            }
                            String problem = OutputSize.problem(input, kernel, padding, stride, dilation);
                            if (positions == 0) {
                                assertTrue(problem != null, "no window fits, yet no problem reported");
                            } else {
                                assertNull(problem);
                                assertEquals(positions, OutputSize.of(input, kernel, padding, stride, dilation, "width"),
                                        "i=" + input + " k=" + kernel + " p=" + padding + " s=" + stride + " d=" + dilation);
                                cases++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(4096, cases);   // of 5376 combinations; the rest cannot fit
    }

    @Test
    void knownSizes() {
        assertEquals(28, OutputSize.of(28, 5, 2, 1, 1, "height"));   // "same" padding
        assertEquals(24, OutputSize.of(28, 5, 0, 1, 1, "height"));
        assertEquals(14, OutputSize.of(28, 3, 1, 2, 1, "height"));
        assertEquals(24, OutputSize.of(28, 3, 0, 1, 2, "height"));   // dilated 3×3 spans 5
        assertEquals(1, OutputSize.of(5, 5, 0, 3, 1, "height"));     // the kernel just fits
    }

    @Test
    void anImpossibleCombinationIsExplainedInPlainWords() {
        String problem = OutputSize.problem(5, 5, 0, 1, 2);
        assertTrue(problem.contains("9×9"), problem);
        assertTrue(problem.contains("larger than the padded input"), problem);
        assertTrue(problem.contains("dilated"), problem);
        assertTrue(OutputSize.problem(3, 5, 0, 1, 1).contains("5×5"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputSize.of(5, 5, 0, 1, 2, "width"));
        assertTrue(e.getMessage().startsWith(problem) && e.getMessage().contains("width"), e.getMessage());
    }

    @Test
    void aConvolutionThatCannotFitRefusesToBuild() {
        LayerSpec.Conv spec = new LayerSpec.Conv(4, 5, 1, 0, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spec.build(new Shape(1, 5, 5)));
        assertTrue(e.getMessage().contains("9×9") && e.getMessage().contains("larger than the padded input"), e.getMessage());

        // Only the height is too small: the message says which axis.
        e = assertThrows(IllegalArgumentException.class, () -> spec.build(new Shape(1, 5, 12)));
        assertTrue(e.getMessage().contains("height"), e.getMessage());

        // Through an architecture the message also names the layer.
        e = assertThrows(IllegalArgumentException.class,
                () -> Architecture.parse("1x5x5: conv3x3x2 relu conv5x5x4d2").build());
        assertTrue(e.getMessage().startsWith("layer 3 (conv5x5x4d2)") && e.getMessage().contains("larger than the padded input"),
                e.getMessage());
    }

    @Test
    void aPoolingWindowLargerThanItsInputRefusesToBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayerSpec.Pool(3, 3).build(new Shape(2, 2, 8)));
        assertTrue(e.getMessage().contains("larger than its input"), e.getMessage());
        assertEquals(new Shape(2, 3, 2), new LayerSpec.Pool(3, 2).build(new Shape(2, 7, 6)).outputShape());
    }
}
