package org.receptive.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptive.engine.ReceptiveField;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Setup;

/**
 * Works out the right answer of an exercise with the engine and the stepper (never from the
 * lesson text), and judges a student's answer with feedback and the author's hint. The numbers
 * are read and checked by {@link ExerciseNumbers}; the parser refuses an exercise whose numbers
 * do not work, so for a parsed lesson nothing here throws, whatever a student types.
 */
public final class ExerciseChecker {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private ExerciseChecker() {
    }

    /** The verdict on one answer. */
    public record Check(boolean correct, String feedback) {
    }

    /** The right answer, as a student would write it. Throws IllegalArgumentException when the exercise cannot work. */
    public static String answer(Block.Exercise e) {
        return switch (e.kind()) {
            case OUTPUT_SIZE -> {
                Setup s = ExerciseNumbers.outputSize(e);
                yield s.outputHeight() == s.outputWidth() ? Integer.toString(s.outputHeight())
                        : s.outputHeight() + "×" + s.outputWidth();
            }
            case OUTPUT_VALUE -> format(outputValue(e));
            case WHICH_KERNEL -> ExerciseNumbers.whichKernel(e).kernel().label();
            case RECEPTIVE_FIELD -> {
                ReceptiveField f = field(e);
                yield "rows " + f.top() + "–" + f.bottom() + ", columns " + f.left() + "–" + f.right()
                        + " (" + f.height() + "×" + f.width() + ")";
            }
            case WEIGHT_GRADIENT -> format(GradientExercises.weightGradient(e));
            case GRADIENT_CELLS -> GradientExercises.cellsAnswer(e);
        };
    }

    /** Judges {@code given}; wrong answers get the hint, right ones say why. */
    public static Check check(Block.Exercise e, String given) {
        String hint = e.param("hint") != null ? " Hint: " + e.param("hint") : "";
        List<Double> numbers = numbers(given);
        boolean right;
        switch (e.kind()) {
            case OUTPUT_SIZE -> {
                Setup s = ExerciseNumbers.outputSize(e);
                int h = s.outputHeight(), w = s.outputWidth();
                right = (numbers.size() == 1 && h == w && numbers.get(0) == h)
                        || (numbers.size() == 2 && numbers.get(0) == h && numbers.get(1) == w);
            }
            case OUTPUT_VALUE -> {
                double v = outputValue(e);
                right = numbers.size() == 1 && Math.abs(numbers.get(0) - v) <= 0.01 + 1e-4 * Math.abs(v);
            }
            case WHICH_KERNEL -> right = ExerciseNumbers.whichKernel(e).kernel() == ExerciseNumbers.presetOrNull(given);
            case RECEPTIVE_FIELD -> {
                ReceptiveField f = field(e);
                right = numbers.size() >= 4 && numbers.get(0) == f.top() && numbers.get(1) == f.bottom()
                        && numbers.get(2) == f.left() && numbers.get(3) == f.right();
                if (!right && numbers.size() == 2 && numbers.get(0) == f.height() && numbers.get(1) == f.width()) {
                    return new Check(false, "The size is right (" + f.height() + "×" + f.width()
                            + "); now say which rows and columns, e.g. 'rows 3–16, columns 5–18'.");
                }
            }
            case WEIGHT_GRADIENT -> {
                double v = GradientExercises.weightGradient(e);
                right = numbers.size() == 1 && Math.abs(numbers.get(0) - v) <= 0.01 + 1e-4 * Math.abs(v);
            }
            case GRADIENT_CELLS -> right = GradientExercises.cellsRight(e, given);
            default -> throw new IllegalStateException();
        }
        if (given.isBlank()) {
            return new Check(false, "Type an answer first." + hint);
        }
        return right ? new Check(true, "Right: " + answer(e) + ".") : new Check(false, "Not quite." + hint);
    }

    /** The feature map a which-kernel exercise shows: the pattern convolved with the hidden kernel. */
    public static float[][] featureMap(Block.Exercise e) {
        ExerciseNumbers.WhichKernel w = ExerciseNumbers.whichKernel(e);
        Setup s = w.setup();
        return new ConvolutionStepper(s, new float[][][] {w.pattern().make(s.height(), s.width())},
                new float[][][][] {{w.kernel().values(3)}}, new float[1]).output()[0];
    }

    /** The choices of a which-kernel exercise, as labels. */
    public static List<String> choices(Block.Exercise e) {
        return ExerciseNumbers.whichKernel(e).choices().stream().map(p -> p.label()).toList();
    }

    private static double outputValue(Block.Exercise e) {
        ExerciseNumbers.OutputValue v = ExerciseNumbers.outputValue(e);
        ConvolutionStepper st = new ConvolutionStepper(v.setup(), new float[][][] {v.input()},
                new float[][][][] {{v.kernel()}}, new float[] {v.bias()});
        return st.step(st.indexOf(0, v.row(), v.column())).result();
    }

    private static ReceptiveField field(Block.Exercise e) {
        ExerciseNumbers.FieldQuestion q = ExerciseNumbers.receptiveField(e);
        return ReceptiveField.in(q.layers(), q.layer() - 1, q.row(), q.column(), 0);
    }

    /** Rows separated by ';' or '/', values by spaces or commas: "1 2 3; 4 5 6". */
    public static float[][] grid(String text, String what) {
        return ExerciseNumbers.grid(text, what);
    }

    private static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        // "3-16" is a range, not 3 and −16: a dash between digits separates them.
        String t = text.replace('−', '-').replaceAll("(\\d)\\s*[-–—]\\s*(?=\\d)", "$1 ");
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            out.add(Double.parseDouble(m.group().replace(',', '.')));
        }
        return out;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
