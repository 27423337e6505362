package org.receptive.ui.training.kernels;

import org.receptive.ui.training.DataSource;
import org.receptive.ui.training.TrainingViewModel;
import java.io.IOException;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.receptive.engine.Conv2d;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Evaluator;
import org.receptive.engine.LayerSpec;
import org.receptive.engine.Network;
import org.receptive.stepper.KernelPreset;

/**
 * Kernel surgery on the first layer between runs: pick a kernel, zero it, put a classic one
 * (Sobel, blur…) in its place or type new values for single weights, and see the held-out
 * accuracy change at once (re-scored on the same {@value TrainingViewModel#HELD_OUT} test images
 * as the chart). Restore undoes every cut.
 */
public final class KernelSurgery {

    private final TrainingViewModel studio;
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private float[] before;          // the weights before the first cut, for Restore
    private double accuracyBefore;

    public KernelSurgery(TrainingViewModel studio) {
        this.studio = studio;
    }

    /** Picks first-layer kernel {@code k} (from 0). */
    public void select(int k) {
        selected.set(k);
    }

    /** Sets every weight of the selected kernel to 0: the map it makes goes dark. */
    public boolean zero() {
        return cut((k, now) -> new float[k * k]);
    }

    /** Replaces the selected kernel by a classic one (made for its size). */
    public boolean replace(KernelPreset preset) {
        return cut((k, now) -> {
            float[][] v = preset.values(k);
            float[] flat = new float[k * k];
            for (int y = 0; y < k; y++) {
                System.arraycopy(v[y], 0, flat, y * k, k);
            }
            return flat;
        });
    }

    /**
     * Sets the weight at {@code row}, {@code col} of the selected kernel to the typed number
     * ("-0.5", "0,25" and "1e-2" all read); anything else is refused with a plain message and
     * changes nothing.
     */
    public boolean edit(int row, int col, String typed) {
        Float value = org.receptive.ui.common.TypedNumber.parse(typed, MAX_WEIGHT);
        if (value == null) {
            String t = typed == null ? "" : typed.trim();
            verdict.set("“" + t + "” is not a weight: type a number such as 0.25 or -1 (between -"
                    + (int) MAX_WEIGHT + " and " + (int) MAX_WEIGHT + ").");
            return false;
        }
        float[] kernel = selectedKernel();
        int side = kernel == null ? 0 : (int) Math.round(Math.sqrt(kernel.length));
        if (kernel != null && (row < 0 || col < 0 || row >= side || col >= side)) {
            verdict.set("A " + side + "×" + side + " kernel has no row " + row + ", column " + col + ".");
            return false;
        }
        float v = value;
        return cut((k, now) -> {
            now[row * k + col] = v;
            return now;
        });
    }

    /** Typed weights beyond this are refused: a kernel of such numbers only saturates every map. */
    static final float MAX_WEIGHT = 100;

    /** The selected kernel's weights now, row by row (k×k), or null when no first-layer kernel is selected. */
    public float[] selectedKernel() {
        int f = selected.get();
        Network net = studio.trainedNetwork();
        if (f < 0 || !(net.layer(0) instanceof Conv2d conv) || f >= conv.outputShape().channels()) {
            return null;
        }
        int k = ((LayerSpec.Conv) conv.spec()).kernel();
        float[] params = net.params();
        float[] kernel = new float[k * k];
        System.arraycopy(params, net.paramOffset(0) + f * k * k, kernel, 0, k * k);
        return kernel;
    }

    /** Puts back the weights as they were before the first cut. */
    public boolean restore() {
        if (before == null || studio.stateProperty().get().busy()) {
            return false;
        }
        studio.replaceWeights(before);
        before = null;
        verdict.set("Restored the trained kernels.");
        return true;
    }

    /** New values for a k×k kernel, given k and (a copy of) the kernel now. */
    private interface Cut {
        float[] values(int k, float[] now);
    }

    private boolean cut(Cut values) {
        int f = selected.get();
        Network net = studio.trainedNetwork();
        if (studio.stateProperty().get().busy()) {
            verdict.set("Stop the run first: surgery while it trains would be undone by the next step.");
            return false;
        }
        if (f < 0 || !(net.layer(0) instanceof Conv2d conv) || f >= conv.outputShape().channels()) {
            verdict.set("Click a kernel of the first convolution first.");
            return false;
        }
        try {
            if (before == null) {
                before = net.copyParams();
                accuracyBefore = score(net).accuracy();
            }
            int k = ((LayerSpec.Conv) conv.spec()).kernel();
            float[] params = net.copyParams();
            // Conv2d keeps its weights (filters, channels, k, k) first; the first layer has one channel.
            int at = net.paramOffset(0) + f * k * k;
            float[] now = java.util.Arrays.copyOfRange(params, at, at + k * k);
            System.arraycopy(values.values(k, now), 0, params, at, k * k);
            studio.replaceWeights(params);
            Evaluation after = score(studio.trainedNetwork());
            verdict.set(String.format(Locale.ROOT, "Held-out accuracy on %d test images: %.1f%% before surgery → %.1f%% now.",
                    after.count(), 100 * accuracyBefore, 100 * after.accuracy()));
            return true;
        } catch (IOException | RuntimeException e) {
            verdict.set("Could not re-score: " + e.getMessage());
            return false;
        }
    }

    private Evaluation score(Network net) throws IOException {
        DataSource d = studio.dataProperty().get();
        d.load();
        return Evaluator.evaluate(net, d.test(), TrainingViewModel.HELD_OUT, Runtime.getRuntime().availableProcessors());
    }

    /** Forgets the undo point (new weights came from training, a reset or a load). */
    public void forget() {
        before = null;
        verdict.set("");
    }

    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
}
