package org.receptive.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The exercises Receptive can check, each with the parameters a lesson must give. */
public enum ExerciseKind {
    /** "What is the output size?" — input, kernel, padding, stride, dilation. */
    OUTPUT_SIZE("output-size", List.of("input", "kernel"), List.of("padding", "stride", "dilation")),
    /** "What value goes in this output cell?" — input grid, kernel grid, row, column. */
    OUTPUT_VALUE("output-value", List.of("input", "kernel", "row", "column"), List.of("padding", "stride", "dilation", "bias")),
    /** "Which kernel made this feature map?" — pattern, the kernel used, the choices. */
    WHICH_KERNEL("which-kernel", List.of("pattern", "kernel", "choices"), List.of("size")),
    /** "Which input pixels does this neuron see?" — architecture, layer, row, column. */
    RECEPTIVE_FIELD("receptive-field", List.of("architecture", "layer", "row", "column"), List.of()),
    /** "After this position, what is dL/dW here?" — input, kernel, the weight; dL/dY as upstream or a target. */
    WEIGHT_GRADIENT("weight-gradient", List.of("input", "kernel", "weight-row", "weight-column"),
            List.of("upstream", "target", "after-row", "after-column", "padding", "stride", "dilation", "bias")),
    /** "Which input cells receive gradient from this output cell?" — input size, kernel size, row, column. */
    GRADIENT_CELLS("gradient-cells", List.of("input", "kernel", "row", "column"), List.of("padding", "stride", "dilation"));

    private final String word;
    private final List<String> required;
    private final List<String> optional;

    ExerciseKind(String word, List<String> required, List<String> optional) {
        this.word = word;
        this.required = required;
        this.optional = optional;
    }

    public String word() {
        return word;
    }

    List<String> required() {
        return required;
    }

    List<String> optional() {
        return optional;
    }

    static ExerciseKind named(String word) {
        for (ExerciseKind k : values()) {
            if (k.word.equals(word.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    static String known() {
        return Arrays.stream(values()).map(ExerciseKind::word).collect(Collectors.joining(", "));
    }
}
