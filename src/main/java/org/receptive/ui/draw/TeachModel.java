package org.receptive.ui.draw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.receptive.data.Dataset;
import org.receptive.data.PersonalDigits;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;

/**
 * "Teach it": keeps the current drawing with the right label in the person's own set (on disk),
 * lists and deletes those digits, fine-tunes a copy of the current model on them mixed with MNIST
 * off the window's thread, then puts the tuned weights in place and answers the drawing again.
 * The default model is only ever read; saving goes to a file the person chooses.
 */
public final class TeachModel {

    private final DrawViewModel draw;
    private final PersonalDigits personal;
    private final Supplier<Dataset> mnist;
    private final Executor background;
    private final Executor ui;
    private final FineTuning.Settings settings;
    private final ObservableList<PersonalDigits.Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper tuning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper tuned = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private String note = "the default model";
    private int runs;

    /**
     * @param mnist      the MNIST training set, fetched on the worker when first needed (it takes a moment to load)
     * @param background where fine-tuning runs (a worker thread in the app)
     * @param ui         where results are handed back (the FX thread in the app)
     */
    TeachModel(DrawViewModel draw, PersonalDigits personal, Supplier<Dataset> mnist, Executor background, Executor ui,
                      FineTuning.Settings settings) {
        this.draw = draw;
        this.personal = personal;
        this.mnist = mnist;
        this.background = background;
        this.ui = ui;
        this.settings = settings;
        reload();
    }

    /**
     * As the app runs it: digits in ~/.receptive/my-digits, fine-tuning on one daemon worker
     * thread, results handed back on the FX thread.
     */
    public static TeachModel inApp(DrawViewModel draw) {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "receptive-fine-tune");
            t.setDaemon(true);   // closing the window must not wait for a run
            return t;
        });
        return new TeachModel(draw, PersonalDigits.inHome(), org.receptive.data.Mnist::train, worker,
                javafx.application.Platform::runLater, FineTuning.Settings.DEFAULT);
    }

    /** Reads the personal set from disk again; unreadable files are reported, not fatal. */
    public void reload() {
        try {
            entries.setAll(personal.list());
            List<String> problems = personal.problems();
            message.set(problems.isEmpty() ? "" : "Some files in " + personal.folder() + " were skipped: " + String.join("; ", problems));
        } catch (IOException e) {
            entries.clear();
            message.set("Your digits in " + personal.folder() + " cannot be read: " + e.getMessage());
        }
    }

    /** Keeps the current drawing (as the network sees it, 28×28) labelled {@code label}. */
    public boolean keep(int label) {
        if (!draw.hasDigit()) {
            message.set("Draw a digit first, then say which digit it is.");
            return false;
        }
        try {
            entries.add(personal.add(draw.preprocessedProperty().get().pixels(), label));
            Answer a = draw.answerProperty().get();
            message.set("Kept as a " + label + (a.best() == label ? "." : " (the network said " + a.brief() + ").")
                    + " You have " + entries.size() + " digit" + (entries.size() == 1 ? "" : "s") + ".");
            return true;
        } catch (IOException e) {
            message.set("Could not keep it in " + personal.folder() + ": " + e.getMessage());
            return false;
        }
    }

    public void delete(PersonalDigits.Entry entry) {
        try {
            personal.delete(entry);
            entries.remove(entry);
            message.set("Deleted one " + entry.label() + ".");
        } catch (IOException e) {
            message.set("Could not delete " + entry.file().getFileName() + ": " + e.getMessage());
        }
    }

    /** Starts fine-tuning on a copy of the current model; false (with a reason) if it cannot start. */
    public boolean fineTune() {
        if (tuning.get()) {
            return false;
        }
        if (entries.isEmpty()) {
            message.set("Keep a few of your own digits first (draw, then click the right digit under “Teach it”).");
            return false;
        }
        Network current = draw.networkModel().network().copy();
        List<PersonalDigits.Entry> mine = List.copyOf(entries);
        Answer before = draw.answerProperty().get();
        FineTuning.Settings s = new FineTuning.Settings(settings.mnistImages(), settings.maxRepeats(),
                settings.learningRate(), settings.maxSeconds(), settings.seed() + runs++);
        tuning.set(true);
        progress.set(0);
        message.set("Fine-tuning on " + mine.size() + " of your digits mixed with MNIST…");
        background.execute(() -> {
            try {
                // Progress is handed over only in whole percents: at most 100 updates a run.
                int[] shown = {0};
                FineTuning.Outcome out = FineTuning.run(current, mine, mnist.get(), s, f -> {
                    int pct = (int) (100 * f);
                    if (pct > shown[0]) {
                        shown[0] = pct;
                        ui.execute(() -> progress.set(pct / 100.0));
                    }
                });
                ui.execute(() -> finished(out, before));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    tuning.set(false);
                    message.set("Fine-tuning failed: " + e.getMessage());
                });
            }
        });
        return true;
    }

    private void finished(FineTuning.Outcome out, Answer before) {
        draw.networkModel().network().setParams(out.network().params());
        draw.classifyNow();
        tuned.set(true);
        tuning.set(false);
        progress.set(1);
        note = String.format(Locale.ROOT, "fine-tuned in the Draw view on %d of your digits (repeated, augmented) and %d MNIST digits",
                entries.size(), out.mnist());
        Answer after = draw.answerProperty().get();
        message.set(String.format(Locale.ROOT, "Fine-tuned for %.1f s on %,d images. Before: %s. Now: %s.",
                out.result().seconds(), out.result().images(), before.brief(), after.brief()));
    }

    /** Puts the default model's weights back (the file was never changed). */
    public void useDefaultModel() {
        draw.networkModel().network().setParams(DefaultModel.load().network().params());
        draw.classifyNow();
        tuned.set(false);
        note = "the default model";
        message.set("Back to the default model.");
    }

    /** Saves the current model (tuned or not) to a file the person chose, atomically. */
    public boolean saveModel(Path file) {
        try {
            ModelFile.save(draw.networkModel().network(), "Receptive model, " + note, file);
            message.set("Saved the model to " + file + ".");
            return true;
        } catch (IOException e) {
            message.set("Could not save the model to " + file + ": " + e.getMessage());
            return false;
        }
    }

    public ObservableList<PersonalDigits.Entry> entries() { return entries; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty tuningProperty() { return tuning.getReadOnlyProperty(); }
    /** True while the weights differ from the default model's. */
    public ReadOnlyBooleanProperty tunedProperty() { return tuned.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
}
