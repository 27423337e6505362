package org.receptive.ui;

/**
 * Puts the window in a given state for screenshots, from the environment variable
 * RECEPTIVE_DEMO, e.g. {@code digit=7;select=3,2,5,6} (stage, map, row, column).
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
            if (kv.length != 2) {
                continue;
            }
            String[] n = kv[1].split(",");
            switch (kv[0].trim()) {
                case "digit" -> shell.networkModel().showDigit(Integer.parseInt(n[0].trim()));
                case "select" -> shell.networkModel().select(Integer.parseInt(n[0].trim()), Integer.parseInt(n[1].trim()),
                        Integer.parseInt(n[2].trim()), Integer.parseInt(n[3].trim()));
                default -> System.err.println("RECEPTIVE_DEMO: unknown part " + part);
            }
        }
    }
}
