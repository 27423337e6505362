package org.receptive.demo;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import org.receptive.ui.AppModels;
import org.receptive.ui.Shell;
import org.receptive.ui.common.FrameStats;

/**
 * One demo script played on an open window: the view's button is pressed as a person would, and
 * once the shared data is read every part is applied in order, through the view-models the views
 * are built over or through the window's nodes (tabs, check boxes, keys). Timed parts (training,
 * measuring frames, scribbling) go on after {@link #start()}'s future completes. No static state:
 * two runs never share anything.
 */
final class DemoRun {

    private final DemoScript script;
    private final AppModels models;
    private final Shell shell;
    private final FrameStats updateCost;
    private final Consumer<String> say;
    private final ViewParts views;
    private final StepperLabParts stepperLab;
    private final CompletableFuture<Void> applied = new CompletableFuture<>();

    /** {@code updateCost}: the UI thread's time per update handed to it; {@code say}: where reports go. */
    DemoRun(DemoScript script, AppModels models, Shell shell, FrameStats updateCost, Consumer<String> say) {
        this.script = script;
        this.models = models;
        this.shell = shell;
        this.updateCost = updateCost;
        this.say = say;
        this.views = new ViewParts(models, shell);
        this.stepperLab = new StepperLabParts(models.stepper(), say);
    }

    /** Starts the script (on the UI thread); completes once every part has been applied. */
    CompletableFuture<Void> start() {
        script.problems().forEach(p -> say.accept("RECEPTIVE_DEMO: " + p));
        if (script.has(DemoKey.STARTUP)) {
            startup();
        }
        if (script.has(DemoKey.LATEFRAMES)) {
            new LateFrames(say).watch();
        }
        String view = script.last(DemoKey.VIEW).map(DemoScript.Part::value)
                .orElse(script.drives(DemoKey.Area.STUDIO) ? "train" : null);
        if (view != null && !press(view)) {
            say.accept("RECEPTIVE_DEMO: no view '" + view + "'");
        }
        models.loaded().whenComplete((l, e) -> models.ui().execute(() -> {
            try {
                if (view != null) {
                    press(view);   // the view was waiting for the data: now it is built
                }
                apply();
                applied.complete(null);
            } catch (RuntimeException | Error x) {
                say.accept("RECEPTIVE_DEMO: the script stopped: " + x);
                applied.completeExceptionally(x);
                throw x;   // and the UI thread reports it with its stack
            }
        }));
        return applied;
    }

    /** Presses the header's button of a view, as a person would; false when there is none. */
    private boolean press(String view) {
        Node b = shell.lookup("#nav-" + view);
        if (b instanceof ButtonBase button) {
            button.fire();
            return true;
        }
        return false;
    }

    private void apply() {
        for (DemoScript.Part p : script.parts()) {
            try {
                if (p.key() == DemoKey.FRAMES) {
                    frames(p.integer());
                } else if (!stepperLab.apply(p)) {
                    views.apply(p);
                }
            } catch (RuntimeException e) {
                say.accept("RECEPTIVE_DEMO: cannot read '" + p.key().word() + "=" + p.value() + "' (" + e + ")");
            }
        }
        if (script.drives(DemoKey.Area.STUDIO)) {
            FrameClock clock = new FrameClock(3600);
            clock.start();
            new StudioDemo(script, models.training(), shell.lookup(".training-view"), clock, updateCost, say).apply();
        }
    }

    /** Frame gaps, printed for the notes; from 5 s on, so start-up is not counted. */
    private void frames(int count) {
        FrameClock clock = new FrameClock(count);
        clock.start();
        ViewParts.later(5, () -> {
            clock.reset();
            clock.whenCounted(count, () -> {
                say.accept("frame times: " + clock.summary() + stepperLab.duringFrames());
                clock.stop();
            });
        });
    }

    /**
     * The launch time: from the JVM's start to the second frame after the window opened (so the
     * first, with the Stepper in it, has been drawn), with the CPU time the UI thread and the whole
     * process had used by then (what the window cost, whatever else the machine was doing), and to
     * the shared data being read; then quits.
     */
    private void startup() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    long shown = System.currentTimeMillis() - jvmStart;
                    long uiCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                    long allCpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                            .getProcessCpuTime() / 1_000_000;
                    String threads = busiestThreads(8);
                    models.loaded().whenComplete((l, e) -> models.ui().execute(() -> {
                        say.accept("startup: first frame of the Stepper " + shown + " ms after the JVM started (CPU used by then: "
                                + uiCpu + " ms on the UI thread, " + allCpu + " ms in all); test digits and default model read "
                                + (System.currentTimeMillis() - jvmStart) + " ms after it");
                        say.accept("startup: the busiest threads by then, CPU ms: " + threads);
                        Platform.exit();
                    }));
                }
            }
        }.start();
    }

    /**
     * The n threads of this process that had used the most CPU, by their names in /proc (Linux
     * only; HotSpot's compiler and GC threads included, which the JVM's own beans do not list).
     */
    private static String busiestThreads(int n) {
        java.util.List<java.util.Map.Entry<String, Long>> used = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(t.resolve("stat"));
                } catch (java.nio.file.NoSuchFileException ended) {
                    continue;   // the thread ended while the list was read
                }
                // pid (comm) state ...: the name may hold spaces, so the fields are counted after the last ')'
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime
                used.add(java.util.Map.entry(name, ticks * 10));   // USER_HZ is 100 on Linux
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "not readable here (" + e.getMessage() + ")";
        }
        used.sort(java.util.Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(n, used.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(used.get(i).getKey()).append(' ').append(used.get(i).getValue());
        }
        return out.toString();
    }
}
