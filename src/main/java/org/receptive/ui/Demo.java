package org.receptive.ui;

/**
 * Puts the window in a given state for screenshots, from the environment variable
 * RECEPTIVE_DEMO, e.g. {@code digit=0;select=3,10,6,8} (stage, map, row, column; stage 0 is the
 * input, then one per card from the top, map/row/column from 0).
 *
 * <p>The training studio: {@code view=train;train=SECONDS} starts a Tiny run (2 s after the studio
 * is drawn, 5 epochs unless epochs=N) and pauses it after that many seconds of training, printing the frame times measured meanwhile; {@code preset=N} (0 Tiny,
 * 1 LeNet-like, 2 default), {@code epochs=N}, {@code limit=N} (training images), {@code maps}
 * (the feature-map tab), {@code overlay} (the frame-time overlay) and {@code scrub=I} (timeline
 * snapshot I, once paused) set it up further.
 */
final class Demo {

    private Demo() {
    }

    static void apply(String spec, Shell shell) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        // "view=train" must come first so that the studio exists before its settings are applied.
        if (spec.contains("view=train")) {
            shell.showTraining();
        }
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            try {
                int[] n = kv.length == 2 && kv[1].matches("[0-9, -]+") ? java.util.Arrays.stream(kv[1].split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray() : new int[0];
                switch (kv[0].trim()) {
                    case "digit" -> shell.networkModel().showDigit(n[0]);
                    case "select" -> shell.networkModel().select(n[0], n[1], n[2], n[3]);
                    case "view", "train", "preset", "epochs", "limit", "threads", "updates", "measure", "maps", "field", "change", "results", "surgery", "overlay", "scrub" ->
                            TrainingDemo.part(shell, kv[0].trim(), kv.length == 2 ? kv[1].trim() : "");
                    default -> System.err.println("RECEPTIVE_DEMO: unknown part '" + part + "'");
                }
            } catch (RuntimeException e) {
                System.err.println("RECEPTIVE_DEMO: cannot read '" + part + "' (" + e + ")");
            }
        }
    }
}
