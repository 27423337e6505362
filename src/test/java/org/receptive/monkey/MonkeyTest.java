package org.receptive.monkey;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.AppModels;
import org.receptive.ui.ReceptiveApp;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app, as ReceptiveApp opens it, worked by a seeded {@link Monkey} across all six views;
 * it fails on the first exception that reaches a thread's handler (the FX thread's included) or
 * an event's caller, and on the first answer on screen that is not the engine's
 * ({@link ShownAnswers}, checked every few actions and at the end), naming the seed, the action
 * and the 40 actions before it. The suite runs 2,000 actions on a fixed seed; the long run
 * ({@code .ci/monkey MINUTES SEED}) sets {@code monkey.minutes} and {@code monkey.seed}, and then
 * prints every minute the actions so far, the longest action on the FX thread and the live heap
 * after a collection.
 */
@ExtendWith(ApplicationExtension.class)
class MonkeyTest {

    private static final int CHUNK = 50, CHECK_EVERY = 5;

    private AppModels models;
    private Scene scene;
    private Stage stage;
    private final List<String> uncaught = java.util.Collections.synchronizedList(new ArrayList<>());
    private Thread.UncaughtExceptionHandler before;
    /** JavaFX's CSS engine catches what goes wrong (a colour not found, a wrong type) and only logs it: a failure here. */
    private final List<String> cssLogged = java.util.Collections.synchronizedList(new ArrayList<>());
    /** The first CSS error and the actions before it: the suite's run fails at once, the long run at its end (counting them). */
    private String firstCss;
    private final java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
    private final java.util.logging.Handler cssErrors = new java.util.logging.Handler() {
        @Override public void publish(java.util.logging.LogRecord r) {
            if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                cssLogged.add("CSS: " + r.getMessage());
            }
        }

        @Override public void flush() {
        }

        @Override public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        models = new AppModels(Platform::runLater);
        ReceptiveApp.open(stage, models);
        scene = stage.getScene();
        this.stage = stage;
    }

    @AfterEach
    void stopTraining() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (models.isLoaded() && models.training().busyProperty().get()) {
                models.training().stop();
            }
        }).get();
        Thread.setDefaultUncaughtExceptionHandler(before);
        css.removeHandler(cssErrors);
    }

    @Test
    void randomActionsAcrossEveryViewRaiseNoExceptionAndShowOnlyTheEnginesAnswers() throws Exception {
        long seed = Long.getLong("monkey.seed", 20261202L);
        double minutes = Double.parseDouble(System.getProperty("monkey.minutes", "0"));
        long wanted = minutes > 0 ? Long.MAX_VALUE : Integer.getInteger("monkey.actions", 2000);
        long end = minutes > 0 ? System.nanoTime() + (long) (minutes * 60e9) : Long.MAX_VALUE;   // the long run's length, not a test's wait
        models.loaded().get(120, TimeUnit.SECONDS);
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(t.getName() + ": " + trace(e)));
        css.addHandler(cssErrors);
        SlowestPulse pulses = WaitForAsyncUtils.asyncFx(() -> new SlowestPulse(scene)).get();
        Monkey monkey = WaitForAsyncUtils.asyncFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add("FX thread: " + trace(e)));
            // The suite's run leaves long work alone (it would take the cores from the rest of the suite); the long run does it all.
            return minutes > 0 ? new Monkey(scene, seed, java.util.Set.of(), 8)
                    : new Monkey(scene, seed, java.util.Set.of("start", "score", "fineTune"), 3);
        }).get();
        ShownAnswers answers = new ShownAnswers();
        long[] slowest = {0};
        String[] slowestAction = {""};
        long nextReport = System.nanoTime() + 60_000_000_000L, started = System.nanoTime();
        while (monkey.actions() < wanted && System.nanoTime() < end) {
            String problem = WaitForAsyncUtils.asyncFx(() -> {
                for (int i = 0; i < CHUNK; i++) {
                    long t0 = System.nanoTime();
                    String did;
                    try {
                        did = monkey.act();
                    } catch (RuntimeException | Error e) {
                        return "action " + monkey.actions() + " threw " + trace(e);
                    }
                    long took = System.nanoTime() - t0;
                    pulses.acted(did);
                    if (took > slowest[0]) {
                        slowest[0] = took;
                        slowestAction[0] = did;
                    }
                    if (!uncaught.isEmpty()) {
                        return "after action " + monkey.actions() + ": " + uncaught.get(0);
                    }
                    if (firstCss == null && !cssLogged.isEmpty()) {
                        firstCss = "after action " + monkey.actions() + ": " + cssLogged.get(0)
                                + "\nthe actions before it:\n" + monkey.recent();
                        if (minutes == 0) {
                            return firstCss;
                        }
                    }
                    if (monkey.actions() % CHECK_EVERY == 0) {
                        List<String> wrong = answers.check(scene.getRoot());
                        if (!wrong.isEmpty()) {
                            return "after action " + monkey.actions() + ": " + String.join("; ", wrong);
                        }
                    }
                }
                return null;
            }).get(120, TimeUnit.SECONDS);
            // What the actions posted (runLater, a pulse's layout) runs before the next chunk. TestFX
            // keeps every event fired at its registered stage, and each event its target node: over
            // the long run, views long replaced stayed alive through them (heap after GC 200 →
            // 1,505 MB in 25 minutes). Registering the stage again starts an empty store.
            WaitForAsyncUtils.asyncFx(() -> FxToolkit.toolkitContext().setRegisteredStage(stage)).get();
            WaitForAsyncUtils.asyncFx(() -> { }).get();
            if (problem == null && !uncaught.isEmpty()) {
                problem = "after action " + monkey.actions() + ": " + uncaught.get(0);
            }
            if (problem == null) {
                List<String> wrong = WaitForAsyncUtils.asyncFx(() -> answers.check(scene.getRoot())).get();
                problem = wrong.isEmpty() ? null
                        : "after action " + monkey.actions() + " and the events it caused: " + String.join("; ", wrong);
            }
            if (problem != null) {
                fail("monkey seed " + seed + ", " + problem + "\nthe actions before it:\n"
                        + WaitForAsyncUtils.asyncFx(monkey::recent).get());
            }
            if (minutes > 0 && System.nanoTime() > nextReport) {
                nextReport += 60_000_000_000L;
                System.out.println(report("monkey at", monkey, started, slowest[0], slowestAction[0], pulses));
            }
        }
        System.out.println(report("monkey done:", monkey, started, slowest[0], slowestAction[0], pulses));
        WaitForAsyncUtils.asyncFx(pulses::stop).get();
        if (firstCss != null) {
            fail("monkey seed " + seed + ", " + cssLogged.size() + " CSS errors logged, the first " + firstCss);
        }
    }

    /** The longest pass is read between chunks, from the FX thread, as it is written there. */
    private String report(String head, Monkey monkey, long started, long slowest, String slowestAction, SlowestPulse pulses)
            throws Exception {
        String pulse = WaitForAsyncUtils.asyncFx(() -> String.format(Locale.ROOT, "longest CSS and layout pass %.0f ms (after the "
                + "chunk of actions ending with: %s); ", pulses.slowestNanos() / 1e6, pulses.slowestAfter())).get();
        return String.format(Locale.ROOT, "%s %.1f min: %,d actions, no exception, no wrong answer; "
                        + "longest action on the FX thread %.0f ms (%s); " + pulse.replace("%", "%%")
                        + "live heap (after a full collection) %d MB; threads %d; windows open %d; CSS errors logged %d",
                head, (System.nanoTime() - started) / 60e9, monkey.actions(),
                slowest / 1e6, slowestAction, LiveHeap.afterFullCollection() >> 20, Thread.activeCount(),
                openWindows(), cssLogged.size());
    }

    /** Windows showing, tooltips and menus included: one that is never hidden keeps its owner's view alive. */
    private static int openWindows() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().size()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return -1;
        }
    }

    private static String trace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }
}
