package org.receptive.ui;

import java.util.Arrays;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Setup;
import org.receptive.ui.cortex.KernelSet;
import org.receptive.ui.cortex.StimulusKind;

/**
 * Puts the window in a given state for screenshots and measurements, from the environment
 * variable RECEPTIVE_DEMO, parts separated by ';' (docs/DEVELOPING.md lists the ones used):
 * <ul>
 * <li>{@code view=stepper|network|draw|lessons|cortex} picks the view;</li>
 * <li>Stepper: {@code setup=1,14,14,1,3,0,1,1} (channels, height, width, kernels, kernel size,
 * padding, stride, dilation), {@code input=digit:0} or a pattern name per channel,
 * {@code kernel=0:SOBEL_X}, {@code at=40} (a position), {@code play=20} (steps a second),
 * {@code frames=600} (prints frame times, and the lab's updates a second while it learns); {@code mode=backward|learn},
 * {@code gradient=SOBEL_X|frozen|zero|ones|network:DIGIT:GROUP}, {@code rate=0.01}, {@code sgd=N} (steps taken),
 * {@code labbatch=8;labtarget=SOBEL_X;labkernel=3|5;labstart=random|zero;labupdates=N;labspeed=60;learn}; {@code cpuframes=600}
 * (CPU time of the FX and render threads per frame), {@code labreport=10} (the lab's updates a second);</li>
 * <li>Network: {@code digit=0;select=3,10,6,8} (stage, map, row, column; stage 0 is the input);</li>
 * <li>Draw: {@code draw=7} draws a 7 as pen strokes, {@code drawselect=...} selects a neuron;</li>
 * <li>Lessons (numbers from 1): {@code lesson=2;section=3;reveal=1;answer=1,-4};</li>
 * <li>Cortex: {@code angle=45;stimulus=cross;neuron=2,3,3;unit=0;move=15,10;fields=1};
 * {@code kernels=learned}, {@code stimulus=digit;cortexdigit=7} (an MNIST test index; {@code digit}
 * belongs to the Network view), {@code allfields=1};</li>
 * <li>Classroom: {@code zoom=1.5}, {@code present}, {@code contrast};</li>
 * <li>Training studio: see {@link TrainingDemo}.</li>
 * </ul>
 */
final class Demo {

    private Demo() {
    }

    static void apply(String spec, Shell shell) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        // "view=train" comes first, so that the studio exists before its settings are applied.
        if (spec.contains("view=train")) {
            shell.showTraining();
        }
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            String key = kv[0].trim(), value = kv.length == 2 ? kv[1].trim() : "";
            try {
                if (TrainingDemo.KEYS.contains(key)) {
                    TrainingDemo.part(shell, key, value);
                } else if (!stepper(key, value, shell) && !other(key, value, shell)) {
                    System.err.println("RECEPTIVE_DEMO: unknown part '" + part + "'");
                }
            } catch (RuntimeException e) {
                System.err.println("RECEPTIVE_DEMO: cannot read '" + part + "' (" + e + ")");
            }
        }
    }

    private static boolean stepper(String key, String value, Shell shell) {
        var m = shell.stepperModel();
        switch (key) {
            case "setup" -> {
                int[] n = ints(value);
                m.setSetup(new Setup(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], m.setup().activation(), m.setup().mode()));
            }
            case "input" -> {
                String[] parts = value.split(",");
                for (int c = 0; c < parts.length; c++) {
                    if (parts[c].startsWith("digit:")) {
                        m.edits().digit(Integer.parseInt(parts[c].substring(6)));
                    } else {
                        m.edits().pattern(c, InputPattern.valueOf(parts[c]));
                    }
                }
            }
            case "kernel" -> {
                String[] kv = value.split(":");
                m.edits().preset(Integer.parseInt(kv[0]), KernelPreset.valueOf(kv[1]));
            }
            case "at" -> m.jump(Integer.parseInt(value));
            case "play" -> {
                m.setSpeed(Double.parseDouble(value));
                m.setPlaying(true);
            }
            case "mode" -> m.modeProperty().set(org.receptive.ui.stepper.StepperMode.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
            case "gradient" -> {
                String[] g = value.split(":");
                switch (g[0]) {
                    case "network" -> m.backward().useNetwork(Integer.parseInt(g[1]), g.length > 2 ? Integer.parseInt(g[2]) : 0);
                    case "frozen", "zero", "ones" -> m.backward().setSource(org.receptive.ui.stepper.backward.GradientSource.valueOf(
                            g[0].equals("frozen") ? "FROZEN_TARGET" : g[0].equals("zero") ? "ZERO_TARGET" : "ONES"));
                    default -> m.backward().setPreset(KernelPreset.valueOf(g[0]));
                }
            }
            case "rate" -> m.backward().setLearningRate(Float.parseFloat(value));
            case "sgd" -> {
                for (int i = 0; i < Integer.parseInt(value); i++) {
                    m.backward().takeStep();
                }
            }
            case "labbatch" -> m.lab().setBatch(Integer.parseInt(value));
            case "labtarget" -> m.lab().setTarget(KernelPreset.valueOf(value));
            case "labstart" -> m.lab().restart(!value.equals("zero"));
            case "labupdates" -> {
                for (int i = 0; i < Integer.parseInt(value); i++) {
                    m.lab().updateOnce();
                }
            }
            case "labspeed" -> m.lab().setSpeed(Double.parseDouble(value));
            case "labkernel" -> m.lab().setKernelSize(Integer.parseInt(value));
            // CPU time the FX thread and the renderer spend per frame: unlike the gaps between
            // frames, it hardly moves when other programs share the cores (starts after 5 s).
            case "cpuframes" -> {
                int n = Integer.parseInt(value);
                var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                var fx = new org.receptive.ui.common.FrameStats(n);
                var both = new org.receptive.ui.common.FrameStats(n);
                var timer = new javafx.animation.AnimationTimer() {
                    private long fxLast = -1, renderLast = -1, renderer = -1;

                    @Override
                    public void handle(long now) {
                        if (renderer < 0) {
                            renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                                    .mapToLong(Thread::getId).findFirst().orElse(0);
                        }
                        long f = bean.getCurrentThreadCpuTime(), r = renderer > 0 ? bean.getThreadCpuTime(renderer) : 0;
                        if (fxLast >= 0) {
                            fx.add((f - fxLast) / 1e6);
                            both.add((f - fxLast + r - renderLast) / 1e6);
                        }
                        fxLast = f;
                        renderLast = r;
                        if (fx.count() == n) {
                            stop();
                            System.out.println("frame cpu, FX thread: " + fx.summary() + "; FX thread and renderer: " + both.summary());
                        }
                    }
                };
                var wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
                wait.setOnFinished(e -> timer.start());
                wait.play();
            }
            case "learn" -> m.lab().setRunning(true);
            // Updates the lab made between 5 s and 5 + N s after start, against the wall clock.
            case "labreport" -> {
                double seconds = Double.parseDouble(value);
                var start = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
                start.setOnFinished(e -> {
                    int before = m.lab().lab().updates();
                    long t0 = System.nanoTime();
                    var end = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
                    end.setOnFinished(f -> System.out.println(String.format(java.util.Locale.ROOT,
                            "lab: %d updates in %.1f s = %.1f a second (asked %.0f; %s)", m.lab().lab().updates() - before,
                            (System.nanoTime() - t0) / 1e9, (m.lab().lab().updates() - before) / ((System.nanoTime() - t0) / 1e9),
                            m.lab().speed(), m.lab().running() ? "still learning" : "stopped: " + m.lab().status())));
                    end.play();
                });
                start.play();
            }
            // Frame gaps, printed for the notes; starts after 5 s so start-up is not counted.
            case "frames" -> {
                var meter = new org.receptive.ui.common.FrameMeter(Integer.parseInt(value), r -> System.out.println("frame times: " + r
                        + (m.lab().running() ? String.format(java.util.Locale.ROOT, "; lab updates a second %.1f, %d updates",
                        m.lab().updatesPerSecond(), m.lab().lab().updates()) : "")));
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

    private static boolean other(String key, String value, Shell shell) {
        switch (key) {
            case "view" -> {
                if (!shell.show(value)) {
                    System.err.println("RECEPTIVE_DEMO: no view '" + value + "'");
                }
            }
            case "zoom" -> shell.presentation().zoomProperty().set(Double.parseDouble(value));
            case "present" -> shell.presentation().presentingProperty().set(true);
            case "contrast" -> shell.presentation().highContrastProperty().set(true);
            case "digit" -> shell.networkModel().showDigit(ints(value)[0]);
            case "select" -> {
                int[] n = ints(value);
                shell.networkModel().select(n[0], n[1], n[2], n[3]);
            }
            case "draw" -> shell.drawModel().drawSample(ints(value)[0]);
            case "scribble" -> scribble(shell, Double.parseDouble(value));
            case "picture" -> shell.drawModel().openPicture(java.nio.file.Path.of(value));
            case "drawselect" -> {
                int[] n = ints(value);
                shell.drawModel().networkModel().select(n[0], n[1], n[2], n[3]);
            }
            case "lesson" -> shell.lessonsModel().open(ints(value)[0] - 1);
            case "lessonfile" -> shell.lessonsModel().openFile(java.nio.file.Path.of(value));
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
            case "allfields" -> shell.cortexModel().showAllFieldsProperty().set(ints(value)[0] != 0);
            case "kernels" -> shell.cortexModel().kernelsProperty().set(KernelSet.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
            case "cortexdigit" -> shell.cortexModel().digitProperty().set(ints(value)[0]);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Draws loops on the Draw view's pad as a hand would, one point per frame for {@code seconds}
     * (after 5 s, like {@code frames}), a new stroke every second: with {@code frames=N} this
     * measures how smooth the pad stays while the network reads the drawing live.
     */
    private static void scribble(Shell shell, double seconds) {
        var m = shell.drawModel();
        var timer = new javafx.animation.AnimationTimer() {
            private long start;
            private int stroke = -1;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                double t = (now - start) / 1e9;
                double x = 140 + 70 * Math.cos(t * 5), y = 140 + 90 * Math.sin(t * 5);
                if ((int) t != stroke) {
                    if (stroke >= 0) {
                        m.endStroke();
                        m.clear();
                    }
                    stroke = (int) t;
                    m.beginStroke(x, y);
                } else {
                    m.extendStroke(x, y);
                }
                if (t > seconds) {
                    m.endStroke();
                    stop();
                }
            }
        };
        var wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
        wait.setOnFinished(e -> timer.start());
        wait.play();
    }

    private static int[] ints(String s) {
        return Arrays.stream(s.split(",")).mapToInt(t -> Integer.parseInt(t.trim())).toArray();
    }
}
