package org.receptive.ui.training;

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
 * Kernel surgery on the first layer between runs: pick a kernel, zero it or put a classic one
 * (Sobel, blur…) in its place, and see the held-out accuracy change at once (re-scored on the
 * same {@value TrainingViewModel#HELD_OUT} test images as the chart). Restore undoes every cut.
 */
public final class KernelSurgery {

    private final TrainingViewModel studio;
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private float[] before;          // the weights before the first cut, for Restore
    private double accuracyBefore;

    KernelSurgery(TrainingViewModel studio) {
        this.studio = studio;
    }

    /** Picks first-layer kernel {@code k} (from 0). */
    public void select(int k) {
        selected.set(k);
    }

    /** Sets every weight of the selected kernel to 0: the map it makes goes dark. */
    public boolean zero() {
        return cut(k -> new float[k * k]);
    }

    /** Replaces the selected kernel by a classic one (made for its size). */
    public boolean replace(KernelPreset preset) {
        return cut(k -> {
            float[][] v = preset.values(k);
            float[] flat = new float[k * k];
            for (int y = 0; y < k; y++) {
                System.arraycopy(v[y], 0, flat, y * k, k);
            }
            return flat;
        });
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

    private boolean cut(java.util.function.IntFunction<float[]> values) {
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
            System.arraycopy(values.apply(k), 0, params, net.paramOffset(0) + f * k * k, k * k);
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
    void forget() {
        before = null;
        verdict.set("");
    }

    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
}
