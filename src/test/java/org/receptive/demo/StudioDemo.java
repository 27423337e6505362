package org.receptive.demo;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.receptive.ui.common.FrameStats;
import org.receptive.ui.training.RunState;
import org.receptive.ui.training.TrainingViewModel;
import org.receptive.ui.training.design.DesignModel;

/**
 * The training studio's part of a demo: sets up a run, presses Start, pauses it after a while and
 * reports the speed and the frame times measured meanwhile (see {@link DemoKey#TRAIN}). How it
 * runs ({@code wait}, {@code runs}, {@code epochs}) is read from the whole script first, so the
 * order of the keys does not matter.
 */
final class StudioDemo {

    /** How the run goes, from the whole script. */
    record Plan(double trainSeconds, double startAfter, int runs, boolean epochsGiven) {

        static Plan of(DemoScript script) {
            return new Plan(script.last(DemoKey.TRAIN).map(DemoScript.Part::number).orElse(Double.NaN),
                    script.last(DemoKey.WAIT).map(DemoScript.Part::number).orElse(2.0),
                    script.last(DemoKey.RUNS).map(p -> Math.max(1, p.integer())).orElse(1),
                    script.has(DemoKey.EPOCHS));
        }
    }

    private final DemoScript script;
    private final Plan plan;
    private final TrainingViewModel m;
    private final Node view;
    private final FrameClock frames;
    private final FrameStats updateCost;
    private final Consumer<String> say;
    private int run = 1;
    private boolean reported, timing;

    /** {@code view}: the studio on screen; {@code updateCost}: the UI thread's time per posted update. */
    StudioDemo(DemoScript script, TrainingViewModel model, Node view, FrameClock frames, FrameStats updateCost, Consumer<String> say) {
        this.script = script;
        this.plan = Plan.of(script);
        this.m = model;
        this.view = view;
        this.frames = frames;
        this.updateCost = updateCost;
        this.say = say;
    }

    /** Applies the studio's parts in order, then starts the run if the script trains. */
    void apply() {
        view.applyCss();   // skins now: the tabs' contents (check boxes, buttons) are in the scene graph to be found
        for (DemoScript.Part p : script.parts()) {
            try {
                part(p);
            } catch (RuntimeException e) {
                say.accept("RECEPTIVE_DEMO: cannot read '" + p.key().word() + "=" + p.value() + "' (" + e + ")");
            }
        }
        if (!Double.isNaN(plan.trainSeconds())) {
            train();
        }
    }

    private void part(DemoScript.Part p) {
        switch (p.key()) {
            case PRESET -> m.design().apply(DesignModel.PRESETS.get(p.integer()).design());
            case EPOCHS -> m.settings().epochsProperty().set(p.integer());
            case LIMIT -> m.settings().trainLimitProperty().set(p.integer());
            case THREADS -> m.settings().threadsProperty().set(p.integer());
            case MAPS -> tab("mapsTab");
            case LOADDEFAULT -> ((javafx.scene.control.Button) view.lookup("#loadDefaultModel")).fire();
            case FIELD -> {
                int[] n = p.ints();
                m.shown().mapsProperty().get().select(n[0], n[1], n[2], n[3]);
            }
            case CHANGE -> tick("showChange");
            case BESIDE -> tick("besideStart");
            case OVERLAY -> Event.fireEvent(view, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F3, false, false, false, false));
            case MEASURE -> measure(p.number());
            default -> { }   // train, wait, runs: the plan; scrub, results, surgery: once paused
        }
    }

    private void tab(String id) {
        TabPane tabs = (TabPane) view.lookup(".tab-pane");
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void tick(String id) {
        if (!(view.lookup("#" + id) instanceof CheckBox box)) {
            throw new IllegalStateException("the studio has no check box #" + id);
        }
        box.setSelected(true);
    }

    /** Frame times of the studio standing still, as a baseline for the figures while training. */
    private void measure(double seconds) {
        ViewParts.later(1, frames::reset);
        ViewParts.later(seconds, () -> say.accept("frame times, not training: " + frames.summary()));
    }

    private void train() {
        if (!plan.epochsGiven()) {
            // Long enough that the screenshot catches the run in progress, not finished.
            m.settings().epochsProperty().set(5);
        }
        // Started a moment after the studio is first drawn, as a student would press Start: its first
        // layout (every control's skin and style) is not part of training.
        ViewParts.later(plan.startAfter(), this::press);
        m.stateProperty().addListener((o, was, now) -> {
            if (now == RunState.FINISHED) {
                report();
                if (run < plan.runs()) {
                    run++;
                    ViewParts.later(1, () -> {
                        m.reset();   // made in the background: Start once the fresh weights are in
                        m.makingProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                            @Override
                            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                                if (!now) {
                                    o.removeListener(this);
                                    press();
                                }
                            }
                        });
                    });
                }
            }
        });
        // Frames are timed while training only: from the first progress, not the window's start-up
        // nor the second it takes to read the training images.
        m.progressProperty().addListener((o, was, now) -> {
            if (timing && now.doubleValue() > 0) {
                timing = false;
                frames.reset();
                updateCost.clear();
                // The first seconds also pay for HotSpot compiling the engine on the same two
                // cores: reported apart from the steady state.
                ViewParts.later(2, () -> {
                    say.accept("frame times, first 2 s of training (warm-up): " + frames.summary());
                    frames.reset();
                    script.last(DemoKey.EVERY).ifPresent(p -> every(p.number(), System.nanoTime(), run));
                });
            }
        });
        ViewParts.later(plan.startAfter() + plan.trainSeconds(), () -> {
            report();
            m.pause();
            ViewParts.later(0.5, this::afterPause);
        });
    }

    /**
     * For a soak: every {@code seconds} while the run goes, the frame times of those seconds and the
     * heap in use (after the collections so far; the JVM's own {@code -Xlog:gc} gives the heap
     * after each one), then the clock starts again.
     */
    private void every(double seconds, long since, int armedFor) {
        ViewParts.later(seconds, () -> {
            if (run != armedFor || !m.busyProperty().get()) {
                return;   // its run is over: the next run arms its own
            }
            Runtime r = Runtime.getRuntime();
            say.accept(String.format(Locale.ROOT, "soak at %.0f s: %s; heap used %d MB of %d MB; %s",
                    (System.nanoTime() - since) / 1e9, frames.summary(),
                    (r.totalMemory() - r.freeMemory()) >> 20, r.totalMemory() >> 20, m.progressTextProperty().get()));
            frames.reset();
            every(seconds, since, armedFor);
        });
    }

    /** Start, as the student presses it. */
    private void press() {
        reported = false;
        timing = true;
        ((ButtonBase) view.lookup("#start")).fire();
    }

    private void report() {
        if (reported) {
            return;
        }
        reported = true;
        String which = plan.runs() > 1 ? " (run " + run + " of " + plan.runs() + ")" : "";
        say.accept(String.format(Locale.ROOT, "training demo%s: %s; %s", which, m.progressTextProperty().get(),
                m.speedTextProperty().get()));
        say.accept("frame times while training, after the warm-up: " + frames.summary());
        say.accept("UI-thread time per view update: " + updateCost.summary());
    }

    /** What the script asked for once the run is paused. */
    private void afterPause() {
        // The neuron first: with scrub= its answer is for the paused run's weights, and no longer current.
        script.last(DemoKey.LOOKSFOR).ifPresent(p -> {
            int[] n = p.ints();
            m.shown().mapsProperty().get().select(n[0], n[1], n[2], n[3]);
            ViewParts.scrollTo(view.lookup("#neuronPanel"));
        });
        script.last(DemoKey.SCRUB).ifPresent(p -> m.scrubTo(p.integer()));
        if (script.has(DemoKey.RESULTS)) {
            tab("resultsTab");
            ((ButtonBase) view.lookup("#score")).fire();
        }
        script.last(DemoKey.SURGERY).ifPresent(p -> {
            // Surgery waits for the run to end, and for the studio to show the run's last weights,
            // which it does after saying the run finished (cut at once, the kernel came back).
            m.stateProperty().addListener((o, was, now) -> {
                if (now == RunState.FINISHED) {
                    Platform.runLater(() -> {
                        m.surgery().select(p.integer());
                        m.surgery().zero();
                    });
                }
            });
            m.stop();
        });
    }
}
