package org.receptive.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The backward-pass exercises: answers worked out by hand, answers judged, and numbers refused when the lesson is read. */
class GradientExercisesTest {

    private static Block.Exercise exercise(ExerciseKind kind, Map<String, String> params) {
        return new Block.Exercise("e1", kind, params, 7);
    }

    @Test
    void theWeightGradientAddsDeltaTimesTheInputUnderEachWindowSoFar() {
        // Output 2×2; dL/dW at (0,0) takes δ · (the input cell at the window's top-left) from each position.
        Map<String, String> p = new java.util.HashMap<>(Map.of("input", "1 2 3; 4 5 6; 7 8 9", "kernel", "1 0; 0 -1",
                "upstream", "1 0; 0 2", "weight-row", "0", "weight-column", "0"));
        assertEquals("11", ExerciseChecker.answer(exercise(ExerciseKind.WEIGHT_GRADIENT, p)));      // 1·1 + 0·2 + 0·4 + 2·5
        p.put("after-row", "0");
        p.put("after-column", "1");
        Block.Exercise early = exercise(ExerciseKind.WEIGHT_GRADIENT, p);
        assertEquals("1", ExerciseChecker.answer(early));                                          // 1·1 + 0·2
        assertTrue(ExerciseChecker.check(early, "1").correct());
        assertTrue(ExerciseChecker.check(early, " 1.0 ").correct());
        assertFalse(ExerciseChecker.check(early, "11").correct());

        // With a target of zeros, dL/dY = y − 0 = −4 at every cell: dL/dW(0,0) = −4 · (1 + 2 + 4 + 5).
        Block.Exercise target = exercise(ExerciseKind.WEIGHT_GRADIENT, Map.of("input", "1 2 3; 4 5 6; 7 8 9", "kernel", "1 0; 0 -1",
                "target", "0 0; 0 0", "weight-row", "0", "weight-column", "0"));
        assertEquals("-48", ExerciseChecker.answer(target));
        assertTrue(ExerciseChecker.check(target, "−48").correct(), "the printed minus is read");
    }

    @Test
    void theCellsReceivingGradientAreTheWindowWithoutItsPadding() {
        Block.Exercise e = exercise(ExerciseKind.GRADIENT_CELLS, Map.of("input", "7", "kernel", "3", "padding", "1", "stride", "2",
                "row", "2", "column", "3"));
        assertEquals("rows 3–5, columns 5–6", ExerciseChecker.answer(e));       // column 7 is padding: dropped
        assertTrue(ExerciseChecker.check(e, "rows 3-5, columns 5-6").correct());
        assertTrue(ExerciseChecker.check(e, "Rows 3 to 5, columns 5 and 6").correct());
        assertFalse(ExerciseChecker.check(e, "rows 3-5, columns 5-7").correct(), "padding receives nothing");
        assertFalse(ExerciseChecker.check(e, "3-5, 5-6").correct(), "which are rows and which columns must be said");

        Block.Exercise dilated = exercise(ExerciseKind.GRADIENT_CELLS, Map.of("input", "7", "kernel", "3", "dilation", "2",
                "row", "0", "column", "1"));
        assertEquals("rows 0, 2, 4, columns 1, 3, 5", ExerciseChecker.answer(dilated));
        assertTrue(ExerciseChecker.check(dilated, "rows 0, 2, 4; columns 1, 3, 5").correct());
        assertFalse(ExerciseChecker.check(dilated, "rows 0-4, columns 1-5").correct());
    }

    @Test
    void anAnswerWithANumberTooLongForAnIntIsJustWrong() {
        Block.Exercise e = new Block.Exercise("e1", ExerciseKind.GRADIENT_CELLS,
                java.util.Map.of("input", "7", "kernel", "3", "row", "1", "column", "1"), 1);
        assertFalse(ExerciseChecker.check(e, "rows 2147483648, columns 1-3").correct());
        assertFalse(ExerciseChecker.check(e, "rows 99999999999-99999999999, columns 1").correct());
    }

    @Test
    void numbersThatCannotWorkAreRefusedWhenTheLessonIsRead() {
        String[][] bad = {
            {"weight-gradient", "input: 1 2 3; 4 5 6; 7 8 9\nkernel: 1 0; 0 1\nupstream: 1 2 3; 4 5 6\nweight-row: 0\nweight-column: 0",
                "must have the output's size, 2×2"},
            {"weight-gradient", "input: 1 2 3; 4 5 6; 7 8 9\nkernel: 1 0; 0 1\nweight-row: 0\nweight-column: 0", "not neither"},
            {"weight-gradient", "input: 1 2 3; 4 5 6; 7 8 9\nkernel: 1 0; 0 1\nupstream: 1 1; 1 1\ntarget: 1 1; 1 1\nweight-row: 0\n"
                + "weight-column: 0", "not both"},
            {"weight-gradient", "input: 1 NaN 3; 4 5 6; 7 8 9\nkernel: 1 0; 0 1\nupstream: 1 1; 1 1\nweight-row: 0\nweight-column: 0",
                "use ordinary numbers"},
            {"weight-gradient", "input: 1 2 3; 4 5 6; 7 8 9\nkernel: 1 0; 0 1\nupstream: 1 1; 1 1\nweight-row: 2\nweight-column: 0",
                "kernel rows are 0 to 1"},
            {"weight-gradient", "input: 1 2 3; 4 5 6; 7 8 9\nkernel: 1 0; 0 1\nupstream: 1 1; 1 1\nweight-row: 0\nweight-column: 0\n"
                + "stride: 0", "stride must be 1 to 4, not 0"},
            {"weight-gradient", "input: 1 2 3; 4 5 6; 7 8 9\nkernel: 1 0; 0 1\nupstream: 1 1; 1 1\nweight-row: 0\nweight-column: 0\n"
                + "after-row: 1", "give both 'after-row' and 'after-column'"},
            {"gradient-cells", "input: 7x\nkernel: 3\nrow: 0\ncolumn: 0", "'input' must be a whole number"},
            {"gradient-cells", "input: 100000\nkernel: 3\nrow: 0\ncolumn: 0", "input height must be 3 to 28, not 100000"},
            {"gradient-cells", "input: 7\nkernel: 9\nrow: 0\ncolumn: 0", "kernel size must be 1 to 7"},
            {"gradient-cells", "input: 7\nkernel: 3\nrow: 5\ncolumn: 0", "output rows are 0 to 4"},
            {"gradient-cells", "input: 7\nkernel: 3\nrow: 1\ncolumn: 0\npadding: -2", "padding must be 0 to 3"},
        };
        for (String[] b : bad) {
            String lesson = "# Gradients\n\n## One\n\n```exercise " + b[0] + "\n" + b[1] + "\n```\n";
            LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse(lesson, "g.md"), b[1]);
            assertTrue(e.getMessage().startsWith("g.md, line 5: exercise " + b[0] + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(b[2]), e.getMessage());
        }
    }
}
