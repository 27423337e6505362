package org.receptive.ui.training.results;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.receptive.data.Dataset;
import org.receptive.engine.Network;
import org.receptive.ui.common.NewestWins;

/**
 * After training: the network scored on the whole test set (on a thread of its own, from a copy
 * of the weights on show), its confusion matrix, the images behind a chosen cell, and the
 * mistakes it was surest of.
 */
public final class ResultsModel {

    /** The images listed for a cell or as worst mistakes. */
    static final int GALLERY = 24;

    /** Where the whole test set comes from: read on the scoring thread (the first read takes a moment). */
    @FunctionalInterface
    public interface TestImages {
        Dataset load() throws IOException;
    }

    private final Supplier<Network> network;
    private final Supplier<TestImages> images;
    private final LongSupplier step;
    private final ReadOnlyObjectWrapper<TestReport> report = new ReadOnlyObjectWrapper<>();
    private final NewestWins scoring;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Not scored yet: train, then press the button.");
    private final ReadOnlyObjectWrapper<List<Integer>> gallery = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper galleryTitle = new ReadOnlyStringWrapper("");

    /**
     * @param network a copy of the weights on show, made when scoring starts
     * @param images  the test set of the data chosen when scoring starts
     * @param step    the training step of the weights on show, for the summary
     */
    public ResultsModel(Executor ui, Supplier<Network> network, Supplier<TestImages> images, LongSupplier step) {
        this.step = step;
        this.network = network;
        this.images = images;
        this.scoring = new NewestWins(ui, "score-test-set");
    }

    /**
     * Scores the weights on show on every test image, in the background. A {@link #clear()} before
     * the answer comes (the weights changed) makes it stale: it is dropped, never shown late.
     */
    public void evaluate() {
        if (scoring.workingProperty().get()) {
            return;
        }
        summary.set("Scoring every test image…");
        Network copy = network.get();
        long at = step.getAsLong();
        TestImages source = images.get();
        scoring.submit(() -> TestReport.of(copy, source.load()), r -> show(r, at),
                e -> summary.set("Could not score: " + e.getMessage()));
    }

    private void show(TestReport r, long scoredStep) {
        report.set(r);
        summary.set(String.format(Locale.ROOT, "The weights at step %,d score %.2f%% on all of %s: %,d right, %,d wrong.",
                scoredStep, 100 * r.evaluation().accuracy(), r.images().name(),
                r.evaluation().correct(), r.evaluation().count() - r.evaluation().correct()));
        showWorst();
    }

    /** Lists the test images of {@code truth} that were called {@code said}. */
    public void showCell(int truth, int said) {
        TestReport r = report.get();
        if (r == null) {
            return;
        }
        int count = r.evaluation().confusion()[truth][said];
        gallery.set(r.cell(truth, said, GALLERY));
        galleryTitle.set(truth == said
                ? String.format(Locale.ROOT, "%,d images of %d it got right%s", count, truth,
                        count > GALLERY ? " (the first " + GALLERY + ")" : "")
                : String.format(Locale.ROOT, "%,d images of %d it called %d%s", count, truth, said,
                        count > GALLERY ? " (the first " + GALLERY + ")" : ""));
    }

    /** Lists the wrong answers it was surest of. */
    public void showWorst() {
        TestReport r = report.get();
        if (r != null) {
            gallery.set(r.worstMistakes(GALLERY));
            galleryTitle.set("Its surest mistakes: wrong, and confident about it");
        }
    }

    /** Forgets the scores (the weights changed). */
    public void clear() {
        scoring.cancel();
        report.set(null);
        gallery.set(List.of());
        galleryTitle.set("");
        summary.set("Not scored yet: train, then press the button.");
    }

    public ReadOnlyObjectProperty<TestReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return scoring.workingProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<Integer>> galleryProperty() { return gallery.getReadOnlyProperty(); }
    public ReadOnlyStringProperty galleryTitleProperty() { return galleryTitle.getReadOnlyProperty(); }
}
