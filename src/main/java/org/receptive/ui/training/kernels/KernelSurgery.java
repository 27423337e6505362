package org.receptive.ui.training.kernels;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.receptive.data.Dataset;
import org.receptive.engine.Conv2d;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Evaluator;
import org.receptive.engine.Network;
import org.receptive.stepper.KernelPreset;
import org.receptive.ui.common.NewestWins;
import org.receptive.ui.common.TypedNumber;

/**
 * Kernel surgery on the first layer between runs: pick a kernel, zero it, put a classic one
 * (Sobel, blur…) in its place or type new values for single weights, and see the held-out
 * accuracy change (re-scored on the same test images as the chart's accuracy). The new weights
 * show at once; the scoring runs in the background ({@link NewestWins}) while the verdict says so,
 * and an answer about weights no longer on show is dropped. Restore undoes every cut.
 */
public final class KernelSurgery {

    /** What surgery needs from the training studio, and no more. */
    public interface Studio {
        /** The network training writes; read here, changed only through {@link #replaceWeights}. */
        Network network();

        /** Whether a run is going (surgery then would be undone by the next step). */
        boolean busy();

        /** Makes these the network's weights, shown at once and kept by Start and Save. */
        void replaceWeights(float[] params);

        /** The held-out test images the studio measures accuracy on during a run: asked for here, loaded on the scoring thread. */
        HeldOut heldOutImages();
    }

    /** Reads the held-out images (the first read of a data set takes a moment). */
    @FunctionalInterface
    public interface HeldOut {
        Dataset load() throws IOException;
    }

    /** Typed weights beyond this are refused: a kernel of such numbers only saturates every map. */
    static final float MAX_WEIGHT = 100;

    private final Studio studio;
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final NewestWins rescoring;
    private float[] before;          // the weights before the first cut, for Restore
    private double accuracyBefore = Double.NaN;   // of {@code before}, once scored

    /** {@code ui}: where the scoring's answers are handed back (the FX thread in the app). */
    public KernelSurgery(Studio studio, java.util.concurrent.Executor ui) {
        this.studio = studio;
        this.rescoring = new NewestWins(ui, "kernel-surgery-scoring");
    }

    /** Picks first-layer kernel {@code k} (from 0). */
    public void select(int k) {
        selected.set(k);
    }

    /** Sets every weight of the selected kernel to 0: the map it makes goes dark. */
    public boolean zero() {
        return cut(now -> new float[now.length][now.length]);
    }

    /** Replaces the selected kernel by a classic one (made for its size). */
    public boolean replace(KernelPreset preset) {
        return cut(now -> preset.values(now.length));
    }

    /**
     * Sets the weight at {@code row}, {@code col} of the selected kernel to the typed number
     * ("-0.5", "0,25" and "1e-2" all read); anything else is refused with a plain message and
     * changes nothing.
     */
    public boolean edit(int row, int col, String typed) {
        Float value = TypedNumber.parse(typed, MAX_WEIGHT);
        if (value == null) {
            String t = typed == null ? "" : typed.trim();
            verdict.set("“" + t + "” is not a weight: type a number such as 0.25 or -1 (between -"
                    + (int) MAX_WEIGHT + " and " + (int) MAX_WEIGHT + ").");
            return false;
        }
        float[][] kernel = selectedKernel();
        int side = kernel == null ? 0 : kernel.length;
        if (kernel != null && (row < 0 || col < 0 || row >= side || col >= side)) {
            verdict.set("A " + side + "×" + side + " kernel has no row " + row + ", column " + col + ".");
            return false;
        }
        float v = value;
        return cut(now -> {
            now[row][col] = v;
            return now;
        });
    }

    /** The selected kernel's weights now (a copy, as rows), or null when no first-layer kernel is selected. */
    public float[][] selectedKernel() {
        return selectedConvolution(studio.network()).map(c -> c.kernel(selected.get(), 0)).orElse(null);
    }

    /** Puts back the weights as they were before the first cut. */
    public boolean restore() {
        if (before == null || studio.busy()) {
            return false;
        }
        rescoring.cancel();
        studio.replaceWeights(before);
        before = null;
        accuracyBefore = Double.NaN;
        verdict.set("Restored the trained kernels.");
        return true;
    }

    /** New values for the selected kernel, given (a copy of) it now. */
    private interface Cut {
        float[][] values(float[][] now);
    }

    private boolean cut(Cut values) {
        if (studio.busy()) {
            verdict.set("Stop the run first: surgery while it trains would be undone by the next step.");
            return false;
        }
        Network net = studio.network();
        if (selectedConvolution(net).isEmpty()) {
            verdict.set("Click a kernel of the first convolution first.");
            return false;
        }
        if (before == null) {
            before = net.copyParams();
            accuracyBefore = Double.NaN;
        }
        Network changed = net.copy();   // the studio takes the new weights as a whole
        Conv2d first = selectedConvolution(changed).orElseThrow();
        int f = selected.get();
        first.setKernel(f, 0, values.values(first.kernel(f, 0)));
        studio.replaceWeights(changed.params());
        rescore(changed);
        return true;
    }

    /** Scores {@code after} (and the weights before the first cut, once) in the background. */
    private void rescore(Network after) {
        HeldOut images = studio.heldOutImages();
        float[] beforeCut = before;
        double knownBefore = accuracyBefore;
        verdict.set("Re-scoring on the held-out test images…");
        rescoring.submit(() -> {
            Dataset held = images.load();
            double was = Double.isNaN(knownBefore)
                    ? score(Network.withParams(after.architecture(), beforeCut), held).accuracy() : knownBefore;
            Evaluation now = score(after, held);
            return new double[] {was, now.accuracy(), now.count()};
        }, scores -> {
            if (before == beforeCut) {
                accuracyBefore = scores[0];
            }
            verdict.set(String.format(Locale.ROOT, "Held-out accuracy on %d test images: %.1f%% before surgery → %.1f%% now.",
                    (int) scores[2], 100 * scores[0], 100 * scores[1]));
        }, e -> verdict.set("Could not re-score: " + e.getMessage()));
    }

    /** The first convolution, when it takes the input itself (one channel) and has the selected kernel. */
    private Optional<Conv2d> selectedConvolution(Network net) {
        int f = selected.get();
        return net.firstConvolution().filter(c -> c == net.layer(0) && f >= 0 && f < c.filters());
    }

    private static Evaluation score(Network net, Dataset images) {
        return Evaluator.evaluate(net, images, 0, Runtime.getRuntime().availableProcessors());
    }

    /** Forgets the undo point and any score still to come (new weights came from training, a reset or a load). */
    public void forget() {
        rescoring.cancel();
        before = null;
        accuracyBefore = Double.NaN;
        verdict.set("");
    }

    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
    /** Whether the held-out accuracy is being re-scored in the background. */
    public javafx.beans.property.ReadOnlyBooleanProperty scoringProperty() { return rescoring.workingProperty(); }
}
