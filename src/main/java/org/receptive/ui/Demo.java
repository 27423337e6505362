package org.receptive.ui;

/**
 * Puts the window in a given state for screenshots, from the environment variable
 * RECEPTIVE_DEMO, e.g. {@code digit=0;select=3,10,6,8} (stage, map, row, column; stage 0 is the
 * input, then one per card from the top, map/row/column from 0). {@code view=draw;draw=7} opens
 * the Draw view with a 7 drawn as pen strokes; {@code drawselect=...} selects a neuron there.
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
            try {
                if (kv[0].trim().equals("view")) {
                    if (!shell.show(kv[1].trim())) {
                        System.err.println("RECEPTIVE_DEMO: no view '" + kv[1].trim() + "'");
                    }
                    continue;
                }
                int[] n = kv.length == 2 ? java.util.Arrays.stream(kv[1].split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray() : new int[0];
                switch (kv[0].trim()) {
                    case "digit" -> shell.networkModel().showDigit(n[0]);
                    case "select" -> shell.networkModel().select(n[0], n[1], n[2], n[3]);
                    case "draw" -> shell.drawModel().drawSample(n[0]);
                    case "drawselect" -> shell.drawModel().networkModel().select(n[0], n[1], n[2], n[3]);
                    default -> System.err.println("RECEPTIVE_DEMO: unknown part '" + part + "'");
                }
            } catch (RuntimeException e) {
                System.err.println("RECEPTIVE_DEMO: cannot read '" + part + "' (" + e + ")");
            }
        }
    }
}
