package org.receptive.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptive.stepper.Activation;
import org.receptive.stepper.BackwardStepper;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Mode;
import org.receptive.stepper.Setup;
import org.receptive.stepper.TargetLoss;
import org.receptive.stepper.Term;

/**
 * The backward-pass exercises, answered by the backward stepper:
 * <ul>
 * <li>{@code weight-gradient}: after the position that writes output cell (after-row, after-column)
 * (the last one when not given), what is dL/dW at kernel cell (weight-row, weight-column)? The
 * gradient arriving at the output is given as {@code upstream} (dL/dY) or as a {@code target} t
 * for the loss ½Σ(y − t)²;</li>
 * <li>{@code gradient-cells}: which input cells receive gradient from output cell (row, column),
 * padding dropped?</li>
 * </ul>
 * Every number is read and checked as the other exercises' are ({@link ExerciseNumbers}, the
 * stepper's own rules) when the lesson is read, so an exercise that cannot work is refused with a
 * sentence (and the file's line) before a student sees it.
 */
final class GradientExercises {

    /** The longest run a dash may stand for in an answer ("rows 3–5"): the stepper's largest grid. */
    private static final int LARGEST = 28;

    private GradientExercises() {
    }

    /** dL/dW at the asked kernel cell after the asked position. */
    static double weightGradient(Block.Exercise e) {
        float[][] input = grid(e, "input"), kernel = grid(e, "kernel");
        if (kernel.length != kernel[0].length) {
            throw new IllegalArgumentException("the kernel must be square, not " + kernel.length + "×" + kernel[0].length);
        }
        Setup s = setup(input.length, input[0].length, kernel.length, e);
        float bias = e.param("bias") == null ? 0f : ExerciseNumbers.number(e.param("bias").trim(), "bias");
        ConvolutionStepper st = new ConvolutionStepper(s, new float[][][] {input}, new float[][][][] {{kernel}}, new float[] {bias});
        boolean up = e.param("upstream") != null, target = e.param("target") != null;
        if (up == target) {
            throw new IllegalArgumentException("give either 'upstream' (dL/dY) or 'target' (t of ½Σ(y − t)²), not "
                    + (up ? "both" : "neither"));
        }
        float[][] given = grid(e, up ? "upstream" : "target");
        if (given.length != st.outputHeight() || given[0].length != st.outputWidth()) {
            throw new IllegalArgumentException("'" + (up ? "upstream" : "target") + "' must have the output's size, "
                    + st.outputHeight() + "×" + st.outputWidth() + ", not " + given.length + "×" + given[0].length);
        }
        float[][][] dy = up ? new float[][][] {given} : TargetLoss.of(new float[][][] {given}, "the given map").gradient(st);
        int wr = index(e, "weight-row", kernel.length, "kernel row"), wc = index(e, "weight-column", kernel.length, "kernel column");
        int done = st.positions();
        if ((e.param("after-row") == null) != (e.param("after-column") == null)) {
            throw new IllegalArgumentException("give both 'after-row' and 'after-column' (the output cell after which to ask), or neither");
        }
        if (e.param("after-row") != null) {
            int r = index(e, "after-row", st.outputHeight(), "output row"), c = index(e, "after-column", st.outputWidth(), "output column");
            done = st.indexOf(0, r, c) + 1;
        }
        return new BackwardStepper(st, dy).after(done).weights()[0][0][wr][wc];
    }

    /** The input cells under output cell (row, column)'s window that are not padding, as rows × columns. */
    static TreeSet<Integer>[] cells(Block.Exercise e) {
        int[] in = ExerciseNumbers.dims(e.param("input"));
        int k = whole(e, "kernel");
        Setup s = setup(in[0], in[1], k, e);
        ConvolutionStepper st = new ConvolutionStepper(s, new float[1][in[0]][in[1]], new float[1][1][k][k], new float[1]);
        int r = index(e, "row", st.outputHeight(), "output row"), c = index(e, "column", st.outputWidth(), "output column");
        @SuppressWarnings("unchecked")
        TreeSet<Integer>[] rc = new TreeSet[] {new TreeSet<Integer>(), new TreeSet<Integer>()};
        for (Term t : st.step(st.indexOf(0, r, c)).terms()) {
            if (!t.padding()) {
                rc[0].add(t.row());
                rc[1].add(t.col());
            }
        }
        return rc;
    }

    /** "rows 3–5, columns 5–6", or lists when the rows or columns are spread (dilation). */
    static String cellsAnswer(Block.Exercise e) {
        TreeSet<Integer>[] rc = cells(e);
        return "rows " + run(rc[0]) + ", columns " + run(rc[1]);
    }

    /** Right when the rows named before the word "column" and the columns after it are exactly those. */
    static boolean cellsRight(Block.Exercise e, String given) {
        String t = given.toLowerCase(Locale.ROOT).replace('−', '-');
        int split = t.indexOf("col");
        if (split < 0) {
            return false;
        }
        TreeSet<Integer>[] rc = cells(e);
        return rc[0].equals(numbers(t.substring(0, split))) && rc[1].equals(numbers(t.substring(split)));
    }

    /** The numbers in {@code text}, a dash between two of them meaning every number from one to the other. */
    private static TreeSet<Integer> numbers(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("(\\d+)\\s*(?:[-–—]|to)\\s*(\\d+)|(\\d+)").matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                out.add(cell(m.group(3)));
            } else {
                int a = cell(m.group(1)), b = cell(m.group(2));
                for (int i = Math.min(a, b); i <= Math.max(a, b) && i - Math.min(a, b) <= LARGEST; i++) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** A row or column a student typed; one too long for an int is no cell of any grid (found by the lesson fuzz test). */
    private static int cell(String digits) {
        return digits.length() > 9 ? 1_000_000_000 : Integer.parseInt(digits);
    }

    private static String run(TreeSet<Integer> s) {
        if (s.isEmpty()) {
            return "none";
        }
        if (s.last() - s.first() == s.size() - 1) {
            return s.size() == 1 ? Integer.toString(s.first()) : s.first() + "–" + s.last();
        }
        List<String> parts = new ArrayList<>();
        s.forEach(i -> parts.add(Integer.toString(i)));
        return String.join(", ", parts);
    }

    private static Setup setup(int h, int w, int k, Block.Exercise e) {
        return ExerciseNumbers.valid(new Setup(1, h, w, 1, k, opt(e, "padding", 0), opt(e, "stride", 1), opt(e, "dilation", 1),
                Activation.NONE, Mode.CROSS_CORRELATION));
    }

    private static float[][] grid(Block.Exercise e, String key) {
        return ExerciseNumbers.grid(e.param(key), key);
    }

    private static int index(Block.Exercise e, String key, int size, String what) {
        int v = whole(e, key);
        if (v < 0 || v >= size) {
            throw new IllegalArgumentException("'" + key + "' is " + v + ", but the " + what + "s are 0 to " + (size - 1));
        }
        return v;
    }

    private static int whole(Block.Exercise e, String key) {
        return ExerciseNumbers.whole(e, key);
    }

    private static int opt(Block.Exercise e, String key, int fallback) {
        return ExerciseNumbers.opt(e, key, fallback);
    }
}
