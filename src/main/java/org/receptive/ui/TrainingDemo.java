package org.receptive.ui;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.receptive.ui.training.design.DesignModel;
import org.receptive.ui.training.TrainingView;
import org.receptive.ui.training.TrainingViewModel;

/**
 * The training studio's part of {@link Demo}: sets up and starts a run for screenshots and
 * frame-time measurements. {@code view=train;train=SECONDS} starts a Tiny run (2 s after the
 * studio is drawn, 5 epochs unless epochs=N) and pauses it after that many seconds of training,
 * printing the frame times measured meanwhile; {@code preset=N} (0 Tiny, 1 LeNet-like, 2 default),
 * {@code epochs=N}, {@code limit=N} (training images), {@code maps} (the feature-map tab),
 * {@code overlay} (the frame-time overlay) and {@code scrub=I} (timeline snapshot I, once paused)
 * set it up further.
 */
final class TrainingDemo {

    /** The parts this class reads ("view" stays with {@link Demo}). */
    static final java.util.Set<String> KEYS = java.util.Set.of("train", "preset", "epochs", "limit", "threads", "updates",
            "measure", "maps", "field", "change", "beside", "runs", "wait", "results", "surgery", "overlay", "scrub");

    private TrainingDemo() {
    }

    static void part(Shell shell, String key, String value) {
        TrainingView view = shell.trainingView();
        TrainingViewModel m = view.model();
        switch (key) {
            case "view" -> shell.showTraining();
            case "preset" -> m.design().apply(DesignModel.PRESETS.get(Integer.parseInt(value)).design());
            case "epochs" -> {
                epochsGiven = true;
                m.settings().epochsProperty().set(Integer.parseInt(value));
            }
            case "threads" -> m.settings().threadsProperty().set(Integer.parseInt(value));
            case "runs" -> runs = Math.max(1, Integer.parseInt(value));
            case "wait" -> startAfter = Double.parseDouble(value);
            case "limit" -> m.settings().trainLimitProperty().set(Integer.parseInt(value));
            case "maps" -> view.showFeatureMaps();
            case "field" -> {
                int[] n = java.util.Arrays.stream(value.split(",")).mapToInt(t -> Integer.parseInt(t.trim())).toArray();
                m.shown().mapsProperty().get().select(n[0], n[1], n[2], n[3]);
            }
            case "results" -> afterPause = () -> {
                view.showResults();
                m.results().evaluate();
            };
            case "surgery" -> afterPause = () -> {
                m.stop();   // surgery waits for the run to end
                PauseTransition ended = new PauseTransition(Duration.seconds(1));
                ended.setOnFinished(e -> {
                    m.surgery().select(Integer.parseInt(value));
                    m.surgery().zero();
                });
                ended.play();
            };
            case "change" -> view.showChange(true);
            case "beside" -> view.showBesideStart(true);
            case "overlay" -> view.setOverlayVisible(true);
            case "scrub" -> afterPause = () -> m.scrubTo(Integer.parseInt(value));
            case "train" -> train(view, Double.parseDouble(value));
            case "updates" -> m.setUpdatesPerSecond(Integer.parseInt(value));
            case "measure" -> measure(view, Double.parseDouble(value));
            default -> throw new IllegalArgumentException(key);
        }
    }

    /** What to do once the demo's run is paused (scrub the timeline back), or null. */
    private static Runnable afterPause;

    /** Frame times of the studio standing still, as a baseline for the figures while training. */
    private static void measure(TrainingView view, double seconds) {
        PauseTransition warm = new PauseTransition(Duration.seconds(1));
        warm.setOnFinished(e -> view.resetFrameStats());
        warm.play();
        PauseTransition end = new PauseTransition(Duration.seconds(seconds));
        end.setOnFinished(e -> System.err.println("frame times, not training: " + view.frameSummary()));
        end.play();
    }

    private static boolean epochsGiven;
    /** Runs in a row ({@code runs=N}): each after a Reset, so the later ones start with a warm JIT. */
    private static int runs = 1;
    /** Seconds between the studio's first drawing and Start ({@code wait=S}, 2 unless given). */
    private static double startAfter = 2;

    private static void train(TrainingView view, double seconds) {
        TrainingViewModel m = view.model();
        if (!epochsGiven) {
            // Long enough that the screenshot catches the run in progress, not finished.
            m.settings().epochsProperty().set(5);
        }
        // Started a moment after the studio is first drawn, as a student would press Start: its first
        // layout (every control's skin and style) is not part of training.
        PauseTransition shown = new PauseTransition(Duration.seconds(startAfter));
        shown.setOnFinished(e -> m.start());   // the studio opens on the Tiny preset unless preset=N came first
        shown.play();
        // Frame times are reported for the training only: when a run ends, or at the pause.
        int[] run = {1};
        boolean[] reported = {false};
        Runnable report = () -> {
            if (!reported[0]) {
                reported[0] = true;
                String which = runs > 1 ? " (run " + run[0] + " of " + runs + ")" : "";
                System.err.println(String.format(Locale.ROOT, "training demo%s: %s; %s", which, m.progressTextProperty().get(),
                        m.speedTextProperty().get()));
                System.err.println("frame times while training, after the warm-up: " + view.frameSummary());
                System.err.println("UI-thread time per view update: " + m.updateCostSummary());
            }
        };
        boolean[] first = {true};
        m.stateProperty().addListener((o, was, now) -> {
            if (now == org.receptive.ui.training.RunState.FINISHED) {
                report.run();
                if (run[0] < runs) {
                    run[0]++;
                    PauseTransition again = new PauseTransition(Duration.seconds(1));
                    again.setOnFinished(e -> {
                        reported[0] = false;
                        first[0] = true;
                        m.reset();
                        m.start();
                    });
                    again.play();
                }
            }
        });
        // Time frames while training only: from the first progress, not the window's start-up
        // nor the second it takes to read the training images.
        m.progressProperty().addListener((o, was, now) -> {
            if (first[0] && now.doubleValue() > 0) {
                first[0] = false;
                view.resetFrameStats();
                // The first seconds also pay for HotSpot compiling the engine on the same two
                // cores: reported apart from the steady state.
                PauseTransition warm = new PauseTransition(Duration.seconds(2));
                warm.setOnFinished(e -> {
                    System.err.println("frame times, first 2 s of training (warm-up): " + view.frameSummary());
                    view.resetFrameStats();
                });
                warm.play();
            }
        });
        PauseTransition stop = new PauseTransition(Duration.seconds(seconds + 2));
        stop.setOnFinished(e -> {
            report.run();
            m.pause();
            if (afterPause != null) {
                PauseTransition later = new PauseTransition(Duration.millis(500));
                later.setOnFinished(x -> afterPause.run());
                later.play();
            }
        });
        stop.play();
    }
}
