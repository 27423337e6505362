package org.receptive.ui;

/**
 * Puts the window in a given state for screenshots, from the environment variable
 * RECEPTIVE_DEMO, e.g. {@code digit=0;select=3,10,6,8} (stage, map, row, column; stage 0 is the
 * input, then one per card from the top, map/row/column from 0).
 * The stepper: {@code view=stepper;setup=1,14,14,1,3,0,1,1;input=digit:0;kernel=0:SOBEL_X;at=40}
 * (setup is channels, height, width, kernels, kernel size, padding, stride, dilation; input is
 * digit:N or a pattern name per channel; kernel is N:PRESET; at is a position of the sweep).
 * {@code view=draw;draw=7} opens the Draw view with a 7 drawn as pen strokes; {@code drawselect=...}
 * selects a neuron there.
 */
final class Demo {

    private Demo() {
    }

    private static boolean stepper(String key, String value, Shell shell) {
        var m = shell.stepperModel();
        switch (key) {
            case "view" -> {
                if (!shell.show(value)) {
                    System.err.println("RECEPTIVE_DEMO: no view '" + value + "'");
                }
            }
            case "setup" -> {
                int[] n = java.util.Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                m.setSetup(new org.receptive.stepper.Setup(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7],
                        m.setup().activation(), m.setup().mode()));
            }
            case "input" -> {
                String[] parts = value.split(",");
                for (int c = 0; c < parts.length; c++) {
                    if (parts[c].startsWith("digit:")) {
                        m.edits().digit(Integer.parseInt(parts[c].substring(6)));
                    } else {
                        m.edits().pattern(c, org.receptive.stepper.InputPattern.valueOf(parts[c]));
                    }
                }
            }
            case "kernel" -> {
                String[] kv = value.split(":");
                m.edits().preset(Integer.parseInt(kv[0]), org.receptive.stepper.KernelPreset.valueOf(kv[1]));
            }
            case "at" -> m.jump(Integer.parseInt(value));
            case "zoom" -> shell.presentation().zoomProperty().set(Double.parseDouble(value));
            case "present" -> shell.presentation().presentingProperty().set(true);
            case "contrast" -> shell.presentation().highContrastProperty().set(true);
            case "play" -> {
                m.setSpeed(Double.parseDouble(value));
                m.setPlaying(true);
            }
            // Frame gaps over N frames, printed for the notes: the smoothness figure of issue 3.
            // Starts after 5 s so start-up (class loading, the first JIT) is not counted.
            case "frames" -> {
                var meter = new org.receptive.ui.common.FrameMeter(Integer.parseInt(value), r -> System.out.println("frame times: " + r));
                var wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
                wait.setOnFinished(e -> meter.start());
                wait.play();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    static void apply(String spec, Shell shell) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            try {
                if (stepper(kv[0].trim(), kv.length == 2 ? kv[1].trim() : "", shell)) {
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
