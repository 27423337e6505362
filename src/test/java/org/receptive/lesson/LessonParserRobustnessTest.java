package org.receptive.lesson;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Nothing a lesson file contains gets past the parser but its own {@link LessonFormatException},
 * naming the file and the line; impossible exercise numbers are refused when the lesson opens
 * with the stepper's own rules, and every exercise that opens can be drawn and answered.
 */
class LessonParserRobustnessTest {

    /** The parser's verdict: a lesson, or its typed error's message; anything else fails the test. */
    static String outcome(String markdown) {
        try {
            Lesson lesson = LessonParser.parse(markdown, "t.md");
            for (Block.Exercise e : lesson.exercises()) {
                ExerciseChecker.answer(e);
                ExerciseChecker.check(e, "3");
                if (e.kind() == ExerciseKind.WHICH_KERNEL) {
                    ExerciseChecker.featureMap(e);
                    ExerciseChecker.choices(e);
                }
            }
            return "ok";
        } catch (LessonFormatException e) {
            assertTrue(e.getMessage().startsWith("t.md"), e.getMessage());
            return e.getMessage();
        } catch (Throwable t) {
            fail("the parser let " + t + " out for:\n" + markdown.substring(0, Math.min(300, markdown.length())), t);
            return null;
        }
    }

    static String exercise(String kind, String body) {
        return "# T\n\n## S\n\n```exercise " + kind + "\n" + body + "\n```\n";
    }

    static void refusedAtLine(String markdown, int line, String... words) {
        String m = outcome(markdown);
        assertTrue(m.startsWith("t.md, line " + line + ": "), m);
        for (String w : words) {
            assertTrue(m.contains(w), "expected '" + w + "' in: " + m);
        }
    }

    @Test
    void carriageReturnOnlyLineEndingsReadLikeNewlines() throws Exception {
        String lf = LessonParserTest.GOOD;
        Lesson a = LessonParser.parse(lf, "a.md"), b = LessonParser.parse(lf.replace("\n", "\r"), "b.md"),
                c = LessonParser.parse(lf.replace("\n", "\r\n"), "c.md");
        assertEquals(a, b);
        assertEquals(a, c);
    }

    @Test
    void impossibleOutputSizeNumbersAreRefusedWithTheStepperRules() {
        refusedAtLine(exercise("output-size", "input: 7\nkernel: 3\nstride: 0"), 5, "stride");
        refusedAtLine(exercise("output-size", "input: 7\nkernel: 0"), 5, "kernel size");
        refusedAtLine(exercise("output-size", "input: 7\nkernel: 3\ndilation: 0"), 5, "dilation");
        refusedAtLine(exercise("output-size", "input: 7\nkernel: 3\nstride: -2"), 5, "stride");
        refusedAtLine(exercise("output-size", "input: 7\nkernel: 3\npadding: -1"), 5, "padding");
        refusedAtLine(exercise("output-size", "input: 100000x100000\nkernel: 3"), 5, "input");
        refusedAtLine(exercise("output-size", "input: 7x9x3\nkernel: 3"), 5, "input");
        refusedAtLine(exercise("output-size", "input: 7\nkernel: 99999999999"), 5, "kernel");
    }

    @Test
    void impossibleOutputValueNumbersAreRefused() {
        String grid = "input: 1 2 3; 4 5 6; 7 8 9\nrow: 0\ncolumn: 0\n";
        refusedAtLine(exercise("output-value", grid + "kernel: ;"), 5, "kernel");
        refusedAtLine(exercise("output-value", grid + "kernel: 1 0; 0 1\nbias: NaN"), 5, "bias");
        refusedAtLine(exercise("output-value", grid + "kernel: 1 0; 0 Infinity"), 5, "kernel");
        refusedAtLine(exercise("output-value", grid + "kernel: 1 0 1; 0 1 0"), 5, "square");
        refusedAtLine(exercise("output-value", grid + "kernel: 1 0; 0 1\nstride: 0"), 5, "stride");
        refusedAtLine(exercise("output-value", "input: ;;\nkernel: 1\nrow: 0\ncolumn: 0"), 5, "input");
        refusedAtLine(exercise("output-value", "input: 1 2 3; 4 5 6; 7 8 9\nkernel: 1\nrow: 5\ncolumn: 0"), 5, "row 5");
    }

    @Test
    void aWhichKernelExerciseMustBeDrawableAndAnswerable() {
        String good = "pattern: vertical-bar\nkernel: sobel-x\nchoices: sobel-x, sobel-y, box-blur";
        assertEquals("ok", outcome(exercise("which-kernel", good)));
        refusedAtLine(exercise("which-kernel", "pattern: spiral\nkernel: sobel-x\nchoices: sobel-x, sobel-y"), 5, "spiral");
        refusedAtLine(exercise("which-kernel", "pattern: cross\nkernel: sobel-x\nchoices: sobel-x, wobble"), 5, "wobble");
        refusedAtLine(exercise("which-kernel", "pattern: cross\nkernel: sobel-x\nchoices: sobel-y, box-blur"), 5, "sobel-x", "choices");
        refusedAtLine(exercise("which-kernel", "pattern: cross\nkernel: sobel-x\nchoices: ,"), 5, "choices");
        for (String size : List.of("0", "-4", "100000", "2")) {
            refusedAtLine(exercise("which-kernel", good + "\nsize: " + size), 5, "size");
        }
    }

    @Test
    void aReceptiveFieldExerciseMustPointAtAnExistingNeuron() {
        String arch = "architecture: 1x28x28: conv5x5x8p2 relu pool2\n";
        assertEquals("ok", outcome(exercise("receptive-field", arch + "layer: 3\nrow: 5\ncolumn: 5")));
        refusedAtLine(exercise("receptive-field", arch + "layer: 3\nrow: 14\ncolumn: 5"), 5, "row");
        refusedAtLine(exercise("receptive-field", arch + "layer: 0\nrow: 1\ncolumn: 1"), 5, "layer");
        refusedAtLine(exercise("receptive-field", "architecture: 1x99999x99999: conv3x3x1\nlayer: 1\nrow: 1\ncolumn: 1"), 5);
        refusedAtLine(exercise("receptive-field", "architecture: wobble\nlayer: 1\nrow: 1\ncolumn: 1"), 5, "wobble");
    }

    @Test
    void anUnclosedBlockIsNamedInsteadOfSwallowingTheNextHeading() {
        refusedAtLine("# T\n\n## One\n\n```widget cortex\nangle: 45\n\n## Two\n\nText.\n", 5, "never closed");
        refusedAtLine("# T\n\n```exercise output-size\ninput: 7\nkernel: 3\n", 3, "never closed");
    }

    @Test
    void pathologicalFilesAreRefusedQuicklyBySizeAndDepth() {
        String huge = "# T\n\n" + "[".repeat(640_000) + "](x)".repeat(160_000);
        assertTrue(outcome(huge).contains("too long"), "1.28 MB of brackets is refused before commonmark reads it");
        assertTrue(outcome("# T\n\n" + "*".repeat(25_000) + "a" + "*".repeat(25_000)).contains("nested"));
        assertTrue(outcome("# T\n\n" + ">".repeat(5_000) + " deep").contains("nested"));
        assertTrue(outcome("# T\n\n" + "- ".repeat(5_000) + "a").contains("nested"));
    }

    @Test
    void randomTextNeverEscapesAsAnythingButTheParsersOwnError() {
        SplittableRandom r = new SplittableRandom(11);
        String alphabet = "#>[]()*_`~-:\n\r\t 0123456789abcxyz!|\\<>&;,.=+é\u0000\uFFFF\uD800";
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "# T\n" : "");
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertDoesNotThrow(() -> outcome(b.toString()));
        }
        assertFalse(outcome("random text, no title at all").equals("ok"));
    }
}
