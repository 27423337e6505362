package org.receptive.ui.training;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.receptive.engine.Evaluation;
import org.receptive.engine.TrainingResult;

/**
 * What the studio says about its run: the progress bar's value, the progress line, the speed, and
 * one message, neutral or a problem (drawn in the warning colour). The view binds to these; the
 * view-model tells this class what happened and it finds the words.
 */
final class RunTexts {

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("Not started: press Start.");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);

    /** A neutral message (done, saved, loaded). */
    void say(String m) {
        message.set(m);
        problem.set(false);
    }

    /** A message about something that went wrong or was refused. */
    void warn(String m) {
        message.set(m);
        problem.set(true);
    }

    /** The note saved with a model: "trained in the training studio: Adam, learning rate …; 1,875 steps on MNIST digits". */
    static String note(RunSettings settings, long steps, DataSource data) {
        return String.format(Locale.ROOT, "trained in the training studio: %s; %,d steps on %s", settings.describe(), steps, data);
    }

    void starting(DataSource source) {
        say("");
        progressText.set("Starting: reading the " + source + "…");
    }

    void paused() {
        progressText.set(progressText.get().replace(" · training", "") + " · paused");
    }

    /** New weights, nothing trained yet. */
    void cleared() {
        progress.set(0);
        speedText.set("");
    }

    /** Work under way before any run (new weights being made): the bar runs without a measure. */
    void working(String doing) {
        progress.set(-1);   // a progress bar's "indeterminate"
        progressText.set(doing);
        speedText.set("");
    }

    /** Back to standing still, with {@code line} as the progress line. */
    void idle(String line) {
        cleared();
        progressText.set(line);
    }

    void fresh(long seed, boolean faint) {
        say("");
        progressText.set("Fresh random weights (seed " + seed + (faint ? ", first kernels faint" : "") + "): press Start.");
    }

    void loaded() {
        progressText.set("Loaded weights: press Start to train them further.");
    }

    /** Where the run is, from one of its frames. */
    void frame(Frame f, boolean paused) {
        progress.set(f.progress());
        String left = Double.isFinite(f.secondsLeft()) ? " · about " + duration(f.secondsLeft()) + " left" : "";
        progressText.set(String.format(Locale.ROOT, "epoch %d of %d · batch %,d of %,d%s%s", f.epoch() + 1, f.epochs(),
                f.batch() + 1, f.batchesPerEpoch(), left, paused ? " · paused" : ""));
        speedText.set(String.format(Locale.ROOT, "%,.0f images/s", f.imagesPerSecond()));
    }

    /** How the run ended, after {@code steps} steps of the network's whole history. */
    void finished(TrainingResult result, long steps) {
        problem.set(result.status() == TrainingResult.Status.DIVERGED);
        message.set(switch (result.status()) {
            case COMPLETED -> String.format(Locale.ROOT, "Finished: %s.", result.lastEvaluation() == null
                    ? "no held-out measurement" : "held-out accuracy " + percent(result.lastEvaluation()));
            case CANCELLED -> "Stopped at step " + steps + ". Start continues from these weights; Reset starts again from random ones.";
            case DIVERGED -> "The run went wrong: " + result.message() + " Press Reset, lower the learning rate and start again.";
        });
        progressText.set(progressText.get().replace(" · paused", ""));
        if (result.status() == TrainingResult.Status.COMPLETED) {
            progress.set(1);
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    static String percent(Evaluation e) {
        return String.format(Locale.ROOT, "%.1f%% (%d of %d test images)", 100 * e.accuracy(), e.correct(), e.count());
    }

    ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    ReadOnlyStringProperty speedTextProperty() { return speedText.getReadOnlyProperty(); }
    ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
