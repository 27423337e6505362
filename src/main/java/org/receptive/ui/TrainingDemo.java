package org.receptive.ui;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.receptive.ui.training.DesignModel;
import org.receptive.ui.training.TrainingView;
import org.receptive.ui.training.TrainingViewModel;

/** The training studio's part of {@link Demo}: sets up and starts a run for screenshots and frame-time measurements. */
final class TrainingDemo {

    private TrainingDemo() {
    }

    static void part(Shell shell, String key, String value) {
        TrainingView view = shell.trainingView();
        TrainingViewModel m = view.model();
        switch (key) {
            case "view" -> shell.showTraining();
            case "preset" -> m.design().apply(DesignModel.PRESETS.get(Integer.parseInt(value)).design());
            case "epochs" -> m.settings().epochsProperty().set(Integer.parseInt(value));
            case "threads" -> m.settings().threadsProperty().set(Integer.parseInt(value));
            case "limit" -> m.settings().trainLimitProperty().set(Integer.parseInt(value));
            case "maps" -> view.showFeatureMaps();
            case "field" -> {
                int[] n = java.util.Arrays.stream(value.split(",")).mapToInt(t -> Integer.parseInt(t.trim())).toArray();
                m.shown().mapsProperty().get().select(n[0], n[1], n[2], n[3]);
            }
            case "change" -> view.showChange(true);
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

    private static void train(TrainingView view, double seconds) {
        TrainingViewModel m = view.model();
        m.start();   // the studio opens on the Tiny preset unless preset=N came first
        // Time frames while training only: the start-up of the window is not what a student watches.
        PauseTransition warm = new PauseTransition(Duration.seconds(1));
        warm.setOnFinished(e -> view.resetFrameStats());
        warm.play();
        PauseTransition stop = new PauseTransition(Duration.seconds(seconds));
        stop.setOnFinished(e -> {
            System.err.println(String.format(Locale.ROOT, "training demo after %.0f s: %s; %s", seconds,
                    m.progressTextProperty().get(), m.speedTextProperty().get()));
            System.err.println("frame times while training: " + view.frameSummary());
            System.err.println("UI-thread time per view update: " + m.updateCostSummary());
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
