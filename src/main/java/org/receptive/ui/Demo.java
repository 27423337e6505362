package org.receptive.ui;

import java.util.Arrays;
import org.receptive.ui.cortex.StimulusKind;

/**
 * Puts the window in a given state for screenshots, from the environment variable
 * RECEPTIVE_DEMO, parts separated by ';':
 * <ul>
 * <li>{@code view=network|lessons|cortex} picks the view;</li>
 * <li>Network: {@code digit=0;select=3,10,6,8} (stage, map, row, column; stage 0 is the input);</li>
 * <li>Lessons (numbers from 1): {@code lesson=2;section=3;reveal=1} (question 1, turning to its
 * section); {@code answer=1,-4} answers exercise 1 with "-4";</li>
 * <li>Cortex: {@code angle=45;stimulus=cross;neuron=2,3,3} (orientation 0–3, row, column from 0);
 * {@code unit=0}; {@code move=15,10} (row, column of the stimulus centre); {@code fields=1}.</li>
 * </ul>
 */
final class Demo {

    private Demo() {
    }

    static void apply(String spec, Shell shell) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            String value = kv.length == 2 ? kv[1].trim() : "";
            try {
                switch (kv[0].trim()) {
                    case "view" -> shell.show(value);
                    case "digit" -> shell.networkModel().showDigit(ints(value)[0]);
                    case "select" -> {
                        int[] n = ints(value);
                        shell.networkModel().select(n[0], n[1], n[2], n[3]);
                    }
                    case "lesson" -> shell.lessonsModel().open(ints(value)[0] - 1);
                    case "section" -> shell.lessonsModel().goToSection(ints(value)[0] - 1);
                    case "reveal" -> shell.lessonsModel().revealQuestion(ints(value)[0]);
                    case "answer" -> {
                        String[] a = value.split(",", 2);
                        shell.lessonsModel().answerExercise(Integer.parseInt(a[0].trim()), a[1]);
                    }
                    case "angle" -> shell.cortexModel().angleProperty().set(Double.parseDouble(value));
                    case "stimulus" -> shell.cortexModel().stimulusProperty().set(StimulusKind.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
                    case "neuron" -> {
                        int[] n = ints(value);
                        shell.cortexModel().select(n[0], n[1], n[2]);
                    }
                    case "unit" -> shell.cortexModel().selectedUnitProperty().set(ints(value)[0]);
                    case "move" -> {
                        int[] n = ints(value);
                        shell.cortexModel().moveTo(n[0], n[1]);
                    }
                    case "fields" -> shell.cortexModel().showNeighboursProperty().set(ints(value)[0] != 0);
                    default -> System.err.println("RECEPTIVE_DEMO: unknown part '" + part + "'");
                }
            } catch (RuntimeException e) {
                System.err.println("RECEPTIVE_DEMO: cannot read '" + part + "' (" + e + ")");
            }
        }
    }

    private static int[] ints(String s) {
        return Arrays.stream(s.split(",")).mapToInt(t -> Integer.parseInt(t.trim())).toArray();
    }
}
