package org.receptive.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptive.engine.Architecture;
import org.receptive.engine.Layer;
import org.receptive.engine.OutputSize;
import org.receptive.engine.ReceptiveField;
import org.receptive.stepper.Activation;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Mode;
import org.receptive.stepper.Setup;

/**
 * Works out the right answer of an exercise with the engine and the stepper (never from the
 * lesson text), and judges a student's answer with feedback and the author's hint.
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
                int[] size = outputSize(e);
                yield size[0] == size[1] ? Integer.toString(size[0]) : size[0] + "×" + size[1];
            }
            case OUTPUT_VALUE -> format(outputValue(e));
            case WHICH_KERNEL -> preset(e.param("kernel")).label();
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
                int[] size = outputSize(e);
                right = (numbers.size() == 1 && size[0] == size[1] && numbers.get(0) == size[0])
                        || (numbers.size() == 2 && numbers.get(0) == size[0] && numbers.get(1) == size[1]);
            }
            case OUTPUT_VALUE -> {
                double v = outputValue(e);
                right = numbers.size() == 1 && Math.abs(numbers.get(0) - v) <= 0.01 + 1e-4 * Math.abs(v);
            }
            case WHICH_KERNEL -> right = preset(e.param("kernel")) == presetOrNull(given.trim());
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
        int size = e.param("size") == null ? 9 : whole(e, "size");
        InputPattern pattern = pattern(e.param("pattern"));
        KernelPreset kernel = preset(e.param("kernel"));
        Setup s = new Setup(1, size, size, 1, 3, 1, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        return new ConvolutionStepper(s, new float[][][] {pattern.make(size, size)},
                new float[][][][] {{kernel.values(3)}}, new float[1]).output()[0];
    }

    /** The choices of a which-kernel exercise, as labels. */
    public static List<String> choices(Block.Exercise e) {
        List<String> out = new ArrayList<>();
        for (String c : e.param("choices").split(",")) {
            out.add(preset(c.trim()).label());
        }
        return out;
    }

    private static int[] outputSize(Block.Exercise e) {
        int[] in = dims(e.param("input"), "input");
        int k = whole(e, "kernel"), p = opt(e, "padding", 0), s = opt(e, "stride", 1), d = opt(e, "dilation", 1);
        return new int[] {OutputSize.of(in[0], k, p, s, d, "rows"), OutputSize.of(in[1], k, p, s, d, "columns")};
    }

    private static double outputValue(Block.Exercise e) {
        float[][] input = grid(e.param("input"), "input");
        float[][] kernel = grid(e.param("kernel"), "kernel");
        if (kernel.length != kernel[0].length) {
            throw new IllegalArgumentException("the kernel must be square");
        }
        Setup s = new Setup(1, input.length, input[0].length, 1, kernel.length, opt(e, "padding", 0),
                opt(e, "stride", 1), opt(e, "dilation", 1), Activation.NONE, Mode.CROSS_CORRELATION);
        if (!s.valid()) {
            throw new IllegalArgumentException(String.join("; ", s.problems()));
        }
        float bias = e.param("bias") == null ? 0f : Float.parseFloat(e.param("bias"));
        ConvolutionStepper st = new ConvolutionStepper(s, new float[][][] {input}, new float[][][][] {{kernel}}, new float[] {bias});
        int row = whole(e, "row"), col = whole(e, "column");
        if (row < 0 || row >= st.outputHeight() || col < 0 || col >= st.outputWidth()) {
            throw new IllegalArgumentException("the output is " + st.outputHeight() + "×" + st.outputWidth()
                    + ", so it has no cell at row " + row + ", column " + col);
        }
        return st.step(st.indexOf(0, row, col)).result();
    }

    private static ReceptiveField field(Block.Exercise e) {
        Architecture arch = Architecture.parse(e.param("architecture"));
        List<Layer> layers = arch.build();
        int layer = whole(e, "layer");
        if (layer < 1 || layer > layers.size()) {
            throw new IllegalArgumentException("layer must be 1 to " + layers.size() + " (counting from 1)");
        }
        return ReceptiveField.in(layers, layer - 1, whole(e, "row"), whole(e, "column"), 0);
    }

    static KernelPreset preset(String name) {
        KernelPreset p = presetOrNull(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown kernel '" + name + "'");
        }
        return p;
    }

    private static KernelPreset presetOrNull(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_°-]+", "");
        for (KernelPreset p : KernelPreset.values()) {
            if (p.name().toLowerCase(Locale.ROOT).replace("_", "").equals(key)
                    || p.label().toLowerCase(Locale.ROOT).replaceAll("[\\s_°-]+", "").equals(key)) {
                return p;
            }
        }
        return null;
    }

    private static InputPattern pattern(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        for (InputPattern p : InputPattern.values()) {
            if (p.name().toLowerCase(Locale.ROOT).replace("_", "").equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pattern '" + name + "'");
    }

    /** "7" or "7x9" (rows × columns). */
    private static int[] dims(String text, String what) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("[x×]");
        try {
            int h = Integer.parseInt(parts[0].trim());
            int w = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : h;
            return new int[] {h, w};
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("'" + what + "' should be a size like 7 or 7x9, not '" + text + "'");
        }
    }

    /** Rows separated by ';' or '/', values by spaces or commas: "1 2 3; 4 5 6". */
    public static float[][] grid(String text, String what) {
        String[] rows = text.split("[;/]");
        float[][] g = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].trim().split("[\\s,]+");
            g[r] = new float[cells.length];
            for (int c = 0; c < cells.length; c++) {
                try {
                    g[r][c] = Float.parseFloat(cells[c]);
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("'" + what + "' has '" + cells[c] + "', which is not a number");
                }
            }
            if (g[r].length != g[0].length) {
                throw new IllegalArgumentException("every row of '" + what + "' needs the same number of values");
            }
        }
        return g;
    }

    private static int whole(Block.Exercise e, String key) {
        try {
            return Integer.parseInt(e.param(key).trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number, not '" + e.param(key) + "'");
        }
    }

    private static int opt(Block.Exercise e, String key, int fallback) {
        return e.param(key) == null ? fallback : whole(e, key);
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
