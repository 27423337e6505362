package org.receptive.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonParserTest {

    static final String GOOD = """
            # Sliding a kernel

            A kernel is a small grid of weights.

            ## The output size

            Each step writes one output cell.

            >[action]
            > How big is the output of a 7×7 input and a 3×3 kernel?

            >[solution]
            > 5×5: the kernel fits in 5 places along each axis.

            ```widget stepper
            input: 7x7
            kernel: sobel-x
            ```

            ```exercise output-size
            input: 7
            kernel: 3
            hint: count the places the kernel fits
            ```

            ## Open question

            >[action]
            > Why do libraries skip the flip?
            """;

    @Test
    void aLessonHasATitleSectionsQuestionsWidgetsAndExercises() throws Exception {
        Lesson lesson = LessonParser.parse(GOOD, "slide.md");
        assertEquals("Sliding a kernel", lesson.title());
        assertEquals(List.of("", "The output size", "Open question"), lesson.sections().stream().map(Lesson.Section::title).toList());
        List<Block.Question> qs = lesson.questions();
        assertEquals(2, qs.size());
        assertEquals("How big is the output of a 7×7 input and a 3×3 kernel?", qs.get(0).action());
        assertEquals("5×5: the kernel fits in 5 places along each axis.", qs.get(0).solution());
        assertEquals(9, qs.get(0).line());
        assertNull(qs.get(1).solution(), "a question may have no solution");
        Block.Widget w = (Block.Widget) lesson.sections().get(1).blocks().get(2);
        assertEquals(WidgetKind.STEPPER, w.kind());
        assertEquals("sobel-x", w.settings().get("kernel"));
        Block.Exercise e = lesson.exercises().get(0);
        assertEquals(ExerciseKind.OUTPUT_SIZE, e.kind());
        assertEquals("count the places the kernel fits", e.param("hint"));
        assertTrue(lesson.sections().get(0).blocks().get(0) instanceof Block.Text t && t.markdown().startsWith("A kernel is"));
    }

    static String problem(String markdown) {
        return assertThrows(LessonFormatException.class, () -> LessonParser.parse(markdown, "bad.md")).getMessage();
    }

    @Test
    void malformedLessonsSayWhatIsWrongAndWhere() {
        assertEquals("bad.md, line 3: a [solution] block must come right after the [action] block it answers",
                problem("# T\n\n>[solution]\n> orphan\n"));
        assertEquals("bad.md, line 1: a lesson starts with its title as a '# ' heading", problem("Just text.\n"));
        assertEquals("bad.md: the file is empty: a lesson starts with its title as a '# ' heading", problem(""));
        assertTrue(problem("# T\n\n```widget telescope\n```\n").contains("line 3: unknown widget 'telescope' (known: stepper, cortex"));
        assertTrue(problem("# T\n\n```exercise output-size\ninput: 7\n```\n").contains("needs 'kernel: …'"));
        assertTrue(problem("# T\n\n```exercise output-size\ninput: 7\nkernel: 3\ncolour: red\n```\n").contains("has no setting 'colour'"));
        assertTrue(problem("# T\n\n```exercise output-size\ninput: 7\nkernel: three\n```\n").contains("'kernel' must be a whole number"));
        assertTrue(problem("# T\n\n```exercise output-size\ninput: 5\nkernel: 5\ndilation: 2\n```\n")
                .contains("larger than the padded input"), "impossible numbers are caught when the lesson opens");
        assertTrue(problem("# T\n\n>[action]\n\n>[solution]\n> x\n").contains("line 3: this [action] block asks nothing"));
        assertTrue(problem("# T\n\n```widget stepper\nno colon here\n```\n").contains("line 4: expected 'key: value'"));
        assertTrue(problem("# T\n\n>[action]\n> Q?\n\n>[solution]\n> A\n\n>[solution]\n> again\n").contains("line 9"));
    }
}
