package org.receptive.demo;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.receptive.stepper.KernelPreset;
import org.receptive.ui.common.FrameStats;
import org.receptive.ui.stepper.StepperMode;
import org.receptive.ui.stepper.StepperViewModel;
import org.receptive.ui.stepper.backward.GradientSource;

/**
 * The Stepper's Backward mode and learn-a-kernel lab in a demo (the keys the stepper's author
 * added), through the view-model its view drives: the mode, the gradient's source, the learning
 * rate, steps taken, and the lab's batch, target, start, speed and updates; with what they
 * measure (the lab's updates a second, CPU time per frame).
 */
final class StepperLabParts {

    private final StepperViewModel m;
    private final Consumer<String> say;

    StepperLabParts(StepperViewModel model, Consumer<String> say) {
        this.m = model;
        this.say = say;
    }

    /** Applies one part; false for a key that is not the Backward mode's or the lab's. */
    boolean apply(DemoScript.Part p) {
        String value = p.value();
        switch (p.key()) {
            case MODE -> m.modeProperty().set(StepperMode.valueOf(value.toUpperCase(Locale.ROOT)));
            case GRADIENT -> {
                String[] g = value.split(":");
                switch (g[0]) {
                    case "network" -> m.backward().useNetwork(Integer.parseInt(g[1]), g.length > 2 ? Integer.parseInt(g[2]) : 0);
                    case "frozen" -> m.backward().setSource(GradientSource.FROZEN_TARGET);
                    case "zero" -> m.backward().setSource(GradientSource.ZERO_TARGET);
                    case "ones" -> m.backward().setSource(GradientSource.ONES);
                    default -> m.backward().setPreset(KernelPreset.valueOf(g[0]));
                }
            }
            case RATE -> m.backward().setLearningRate(Float.parseFloat(value));
            case SGD -> {
                for (int i = 0; i < p.integer(); i++) {
                    m.backward().takeStep();
                }
            }
            case LABBATCH -> m.lab().setBatch(p.integer());
            case LABTARGET -> m.lab().setTarget(KernelPreset.valueOf(value));
            case LABSTART -> m.lab().restart(!value.equals("zero"));
            case LABUPDATES -> {
                for (int i = 0; i < p.integer(); i++) {
                    m.lab().updateOnce();
                }
            }
            case LABSPEED -> m.lab().setSpeed(p.number());
            case LABKERNEL -> m.lab().setKernelSize(p.integer());
            case LEARN -> m.lab().setRunning(true);
            case LABREPORT -> ViewParts.later(5, () -> labReport(p.number()));
            case CPUFRAMES -> ViewParts.later(5, () -> cpuFrames(p.integer()));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** ", lab updates a second …" for the frame report while the lab learns, else "". */
    String duringFrames() {
        return m.lab().running() ? String.format(Locale.ROOT, "; lab updates a second %.1f, %d updates",
                m.lab().updatesPerSecond(), m.lab().lab().updates()) : "";
    }

    /** The lab's updates over {@code seconds}, against the wall clock. */
    private void labReport(double seconds) {
        int before = m.lab().lab().updates();
        long t0 = System.nanoTime();
        ViewParts.later(seconds, () -> {
            double took = (System.nanoTime() - t0) / 1e9;
            int made = m.lab().lab().updates() - before;
            say.accept(String.format(Locale.ROOT, "lab: %d updates in %.1f s = %.1f a second (asked %.0f; %s)", made, took, made / took,
                    m.lab().speed(), m.lab().running() ? "still learning" : "stopped: " + m.lab().status()));
        });
    }

    /**
     * CPU time the UI thread and the renderer spend per frame over {@code frames} frames: unlike the
     * gaps between frames, it hardly moves when other programs share the cores.
     */
    private void cpuFrames(int frames) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        FrameStats ui = new FrameStats(frames), both = new FrameStats(frames);
        new AnimationTimer() {
            private long uiLast = -1, renderLast = -1, renderer = -1;

            @Override
            public void handle(long now) {
                if (renderer < 0) {
                    renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                            .mapToLong(Thread::getId).findFirst().orElse(0);
                }
                long f = bean.getCurrentThreadCpuTime(), r = renderer > 0 ? bean.getThreadCpuTime(renderer) : 0;
                if (uiLast >= 0) {
                    ui.add((f - uiLast) / 1e6);
                    both.add((f - uiLast + r - renderLast) / 1e6);
                }
                uiLast = f;
                renderLast = r;
                if (ui.count() == frames) {
                    stop();
                    say.accept("frame cpu, FX thread: " + ui.summary() + "; FX thread and renderer: " + both.summary());
                }
            }
        }.start();
    }
}
