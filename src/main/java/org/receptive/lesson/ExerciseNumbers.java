package org.receptive.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.receptive.engine.Architecture;
import org.receptive.engine.Layer;
import org.receptive.engine.Shape;
import org.receptive.stepper.Activation;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Mode;
import org.receptive.stepper.Setup;

/**
 * An exercise's parameters read into numbers and checked when the lesson opens, so an exercise
 * that opens can always be drawn, answered and judged. Convolutions are checked with the
 * stepper's own rules ({@link Setup#problems()}), networks with the engine's. Every problem is an
 * {@link IllegalArgumentException} whose message a teacher can act on.
 */
final class ExerciseNumbers {

    /** Side of a which-kernel exercise's pattern when the lesson gives none. */
    static final int DEFAULT_SIZE = 9;
    /** Largest input side of a receptive-field exercise's network: room for any classroom example. */
    static final int MAX_NETWORK_SIDE = 512;

    /** An output-value exercise: one convolution, its grids and the output cell asked about. */
    record OutputValue(Setup setup, float[][] input, float[][] kernel, float bias, int row, int column) {
    }

    /** A which-kernel exercise: the pattern, the hidden kernel and the choices offered. */
    record WhichKernel(InputPattern pattern, KernelPreset kernel, List<KernelPreset> choices, Setup setup) {
    }

    /** A receptive-field exercise: the network's layers and the neuron asked about. */
    record FieldQuestion(List<Layer> layers, int layer, int row, int column) {
    }

    private ExerciseNumbers() {
    }

    static Setup outputSize(Block.Exercise e) {
        int[] in = dims(e.param("input"));
        return valid(new Setup(1, in[0], in[1], 1, whole(e, "kernel"), opt(e, "padding", 0),
                opt(e, "stride", 1), opt(e, "dilation", 1), Activation.NONE, Mode.CROSS_CORRELATION));
    }

    static OutputValue outputValue(Block.Exercise e) {
        float[][] input = grid(e.param("input"), "input");
        float[][] kernel = grid(e.param("kernel"), "kernel");
        if (kernel.length != kernel[0].length) {
            throw new IllegalArgumentException("the kernel must be square, not " + kernel.length + "×" + kernel[0].length);
        }
        Setup s = valid(new Setup(1, input.length, input[0].length, 1, kernel.length, opt(e, "padding", 0),
                opt(e, "stride", 1), opt(e, "dilation", 1), Activation.NONE, Mode.CROSS_CORRELATION));
        float bias = 0f;
        if (e.param("bias") != null) {
            bias = number(e.param("bias").trim(), "bias");
        }
        int row = whole(e, "row"), col = whole(e, "column");
        if (row < 0 || row >= s.outputHeight() || col < 0 || col >= s.outputWidth()) {
            throw new IllegalArgumentException("the output is " + s.outputHeight() + "×" + s.outputWidth()
                    + ", so it has no cell at row " + row + ", column " + col + " (counting from 0)");
        }
        return new OutputValue(s, input, kernel, bias, row, col);
    }

    static WhichKernel whichKernel(Block.Exercise e) {
        InputPattern pattern = pattern(e.param("pattern"));
        KernelPreset kernel = preset(e.param("kernel"));
        List<KernelPreset> choices = new ArrayList<>();
        for (String c : e.param("choices").split(",")) {
            if (c.isBlank()) {
                throw new IllegalArgumentException("the choices are kernel names separated by commas, with none left empty");
            }
            KernelPreset p = preset(c);
            if (choices.contains(p)) {
                throw new IllegalArgumentException("'" + c.trim() + "' is among the choices twice");
            }
            choices.add(p);
        }
        if (choices.size() < 2) {
            throw new IllegalArgumentException("give at least two choices");
        }
        if (!choices.contains(kernel)) {
            throw new IllegalArgumentException("the right answer '" + e.param("kernel").trim() + "' is not among the choices");
        }
        int size = e.param("size") == null ? DEFAULT_SIZE : whole(e, "size");
        // The pattern is convolved with the hidden 3×3 kernel, padding 1: the stepper's rules say which sizes work.
        Setup s = new Setup(1, size, size, 1, 3, 1, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        if (!s.valid()) {
            throw new IllegalArgumentException("size: " + String.join("; ", s.problems()));
        }
        return new WhichKernel(pattern, kernel, List.copyOf(choices), s);
    }

    static FieldQuestion receptiveField(Block.Exercise e) {
        Architecture arch = Architecture.parse(e.param("architecture"));
        Shape in = arch.input();
        if (in.height() > MAX_NETWORK_SIDE || in.width() > MAX_NETWORK_SIDE || in.channels() > 64) {
            throw new IllegalArgumentException("the network's input " + in + " is larger than a lesson needs (at most 64×"
                    + MAX_NETWORK_SIDE + "×" + MAX_NETWORK_SIDE + ")");
        }
        List<Layer> layers = arch.build();
        int layer = whole(e, "layer");
        if (layer < 1 || layer > layers.size()) {
            throw new IllegalArgumentException("layer must be 1 to " + layers.size() + " (counting from 1), not " + layer);
        }
        Shape out = layers.get(layer - 1).outputShape();
        int row = whole(e, "row"), col = whole(e, "column");
        if (row < 0 || row >= out.height() || col < 0 || col >= out.width()) {
            throw new IllegalArgumentException("layer " + layer + "'s output is " + out.height() + "×" + out.width()
                    + ", so it has no neuron at row " + row + ", column " + col + " (counting from 0)");
        }
        return new FieldQuestion(layers, layer, row, col);
    }

    static KernelPreset preset(String name) {
        KernelPreset p = presetOrNull(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown kernel '" + name.trim() + "'");
        }
        return p;
    }

    static KernelPreset presetOrNull(String name) {
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
        throw new IllegalArgumentException("unknown pattern '" + name.trim() + "' (known: vertical-bar, horizontal-bar, "
                + "diagonal, cross, checkerboard)");
    }

    static Setup valid(Setup s) {
        if (!s.valid()) {
            throw new IllegalArgumentException(String.join("; ", s.problems()));
        }
        return s;
    }

    /** "7" or "7x9" (rows × columns). */
    static int[] dims(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("[x×]", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("'input' should be a size like 7 or 7x9, not '" + text + "'");
        }
        int h = integer(parts[0], "input", text);
        return new int[] {h, parts.length > 1 ? integer(parts[1], "input", text) : h};
    }

    /** Rows separated by ';' or '/', values by spaces or commas: "1 2 3; 4 5 6". Finite numbers only. */
    static float[][] grid(String text, String what) {
        // A separator after the last row is forgiven; an empty row anywhere else is not.
        String[] rows = text.strip().replaceFirst("[;/]$", "").split("[;/]", -1);
        float[][] g = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            String row = rows[r].trim();
            if (row.isEmpty()) {
                throw new IllegalArgumentException("'" + what + "' has an empty row: write rows of numbers separated by ';'");
            }
            String[] cells = row.split("[\\s,]+");
            g[r] = new float[cells.length];
            for (int c = 0; c < cells.length; c++) {
                g[r][c] = number(cells[c], what);
            }
            if (g[r].length != g[0].length) {
                throw new IllegalArgumentException("every row of '" + what + "' needs the same number of values");
            }
        }
        return g;
    }

    static float number(String text, String what) {
        float v;
        try {
            v = Float.parseFloat(text);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("'" + what + "' has '" + text + "', which is not a number");
        }
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException("'" + what + "' has '" + text + "': use ordinary numbers");
        }
        return v;
    }

    static int whole(Block.Exercise e, String key) {
        return integer(e.param(key), key, e.param(key));
    }

    private static int integer(String text, String key, String whole) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number of sensible size, not '" + whole.trim() + "'");
        }
    }

    static int opt(Block.Exercise e, String key, int fallback) {
        return e.param(key) == null ? fallback : whole(e, key);
    }
}
