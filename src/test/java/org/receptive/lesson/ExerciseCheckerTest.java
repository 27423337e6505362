package org.receptive.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Architecture;
import org.receptive.engine.ReceptiveField;

class ExerciseCheckerTest {

    static Block.Exercise ex(ExerciseKind kind, Map<String, String> params) {
        return new Block.Exercise("e1", kind, params, 1);
    }

    @Test
    void outputSizeIsTheFormulasAnswer() {
        Block.Exercise e = ex(ExerciseKind.OUTPUT_SIZE, Map.of("input", "7x9", "kernel", "3", "padding", "1", "stride", "2",
                "hint", "use the formula"));
        assertEquals("4×5", ExerciseChecker.answer(e));
        assertTrue(ExerciseChecker.check(e, "4x5").correct());
        assertTrue(ExerciseChecker.check(e, "4 × 5").correct());
        ExerciseChecker.Check wrong = ExerciseChecker.check(e, "5x5");
        assertFalse(wrong.correct());
        assertEquals("Not quite. Hint: use the formula", wrong.feedback());
        Block.Exercise square = ex(ExerciseKind.OUTPUT_SIZE, Map.of("input", "7", "kernel", "3"));
        assertTrue(ExerciseChecker.check(square, "5").correct());
        assertTrue(ExerciseChecker.check(square, "5×5").correct());
        assertFalse(ExerciseChecker.check(square, "").correct());
    }

    @Test
    void outputValueIsComputedByTheStepper() {
        Block.Exercise e = ex(ExerciseKind.OUTPUT_VALUE, Map.of("input", "1 2 3; 4 5 6; 7 8 9", "kernel", "1 0; 0 -1",
                "row", "1", "column", "0", "bias", "0.5"));
        assertEquals("-3.50", ExerciseChecker.answer(e));            // 4·1 + 8·(−1) + 0.5
        assertTrue(ExerciseChecker.check(e, "-3.5").correct());
        assertTrue(ExerciseChecker.check(e, "−3,5").correct());
        assertFalse(ExerciseChecker.check(e, "3.5").correct());
    }

    @Test
    void receptiveFieldIsTheEnginesRectangle() {
        String arch = Architecture.LENET_SMALL;
        Block.Exercise e = ex(ExerciseKind.RECEPTIVE_FIELD, Map.of("architecture", arch, "layer", "3", "row", "5", "column", "2"));
        ReceptiveField f = ReceptiveField.of(org.receptive.engine.Network.create(Architecture.parse(arch), 1), 2, 5, 2);
        String expected = "rows " + f.top() + "-" + f.bottom() + ", columns " + f.left() + "-" + f.right();
        assertTrue(ExerciseChecker.check(e, expected).correct(), expected);
        ExerciseChecker.Check sizeOnly = ExerciseChecker.check(e, f.height() + "x" + f.width());
        assertFalse(sizeOnly.correct());
        assertTrue(sizeOnly.feedback().startsWith("The size is right"), sizeOnly.feedback());
    }

    @Test
    void whichKernelMadeThisMap() {
        Block.Exercise e = ex(ExerciseKind.WHICH_KERNEL, Map.of("pattern", "vertical-bar", "kernel", "sobel-x",
                "choices", "sobel-x, sobel-y, box-blur"));
        assertEquals(java.util.List.of("Sobel x", "Sobel y", "Box blur"), ExerciseChecker.choices(e));
        assertTrue(ExerciseChecker.check(e, "Sobel x").correct());
        assertFalse(ExerciseChecker.check(e, "Sobel y").correct());
        float[][] map = ExerciseChecker.featureMap(e);
        assertEquals(9, map.length);
        float left = map[4][3], right = map[4][5];
        assertTrue(left > 0 && right < 0, "a vertical bar gives + and − edges under Sobel x: " + left + ", " + right);
    }
}
