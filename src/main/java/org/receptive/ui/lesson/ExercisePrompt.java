package org.receptive.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import org.receptive.lesson.Block;

/**
 * The question a checked exercise asks, in words, built from its parameters (the lesson gives
 * only numbers; the engine gives the answer), and an example of how to write the answer.
 */
final class ExercisePrompt {

    private ExercisePrompt() {
    }

    static String question(Block.Exercise e) {
        return switch (e.kind()) {
            case OUTPUT_SIZE -> {
                String in = e.param("input").replace('x', '×').replace('X', '×');
                if (!in.contains("×")) {
                    in = in + "×" + in;
                }
                String k = e.param("kernel");
                yield "A " + k + "×" + k + " kernel slides over a " + in + " input" + settings(e)
                        + ". What size is the output?";
            }
            case OUTPUT_VALUE -> "The kernel slides over the input below" + settings(e)
                    + (e.param("bias") != null ? ", bias " + e.param("bias") : "")
                    + ". What value goes in the output at row " + e.param("row") + ", column " + e.param("column")
                    + " (counting from 0)?";
            case WHICH_KERNEL -> "This feature map is what one kernel made of a "
                    + e.param("pattern").replace('-', ' ') + ". Which kernel was it?";
            case RECEPTIVE_FIELD -> "In the network " + e.param("architecture") + ", which input pixels does the neuron at row "
                    + e.param("row") + ", column " + e.param("column") + " of layer " + e.param("layer") + " see?";
            case WEIGHT_GRADIENT -> "The kernel slides over the input below" + settings(e) + (e.param("upstream") != null
                    ? "; the gradient arriving at each output cell, dL/dY, is given" : "; the loss is ½Σ(y − t)² with the target t given,"
                    + " so dL/dY = y − t") + ". " + (e.param("after-row") != null ? "After the position that writes output row "
                    + e.param("after-row") + ", column " + e.param("after-column") : "After the whole backward sweep")
                    + ", what is dL/dW at kernel row " + e.param("weight-row") + ", column " + e.param("weight-column")
                    + " (counting from 0)?";
            case GRADIENT_CELLS -> "A " + e.param("kernel") + "×" + e.param("kernel") + " kernel slides over a "
                    + e.param("input").replace('x', '×') + " input" + settings(e) + ". In the backward pass, which input cells receive"
                    + " gradient from output row " + e.param("row") + ", column " + e.param("column") + " (counting from 0)?";
        };
    }

    /** How to write the answer. */
    static String example(Block.Exercise e) {
        return switch (e.kind()) {
            case OUTPUT_SIZE -> "Answer like 5 or 5x4 (rows × columns).";
            case OUTPUT_VALUE -> "Answer with a number.";
            case WHICH_KERNEL -> "Pick one of the kernels.";
            case RECEPTIVE_FIELD -> "Answer like: rows 3–16, columns 5–18 (counting from 0).";
            case WEIGHT_GRADIENT -> "Answer with a number: the sum of δ·a so far.";
            case GRADIENT_CELLS -> "Answer like: rows 2–4, columns 3–5 (or list them: rows 1, 3, 5, columns 0, 2).";
        };
    }

    /** ", with padding 1 and stride 2" for the settings the exercise gives. */
    private static String settings(Block.Exercise e) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("padding", "stride", "dilation")) {
            if (e.param(key) != null) {
                parts.add(key + " " + e.param(key));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.remove(parts.size() - 1);
        return ", with " + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last);
    }
}
