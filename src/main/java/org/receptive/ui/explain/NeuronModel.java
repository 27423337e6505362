package org.receptive.ui.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.receptive.engine.Network;
import org.receptive.engine.ReceptiveField;
import org.receptive.engine.Samples;
import org.receptive.engine.Shape;
import org.receptive.explain.ExcitingPatch;
import org.receptive.explain.MostExcitingInput;
import org.receptive.explain.TopPatches;

/**
 * "What is this neuron looking for?" for a clicked neuron of a feature map: the nine test digits'
 * patches that excite its channel most (found once per layer and set of weights, over every test digit, then kept),
 * and the input gradient ascent makes for it, with its receptive field; on request, the same
 * ascent for each of the ten classes. Work runs on a background executor; a neuron clicked while
 * another is computed replaces it, and results of a neuron no longer selected are dropped. No nodes.
 * Where the weights change under it (the training studio), each answer says the training step of
 * the weights it was found for, and is marked as no longer current once the weights on show move on.
 */
public final class NeuronModel {

    private final Network net;
    private final Samples digits;
    private final Executor background;
    private final Executor ui;
    private final Map<Integer, List<List<ExcitingPatch>>> topByActivation = new HashMap<>();   // touched on the worker only
    private int topWeights;                                       // the weights' fingerprint topByActivation is for (worker only)
    private int classWeights;                                     // the weights' fingerprint the class images are for (UI thread)
    private final ReadOnlyObjectWrapper<List<PatchPicture>> patches = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<PatchPicture> bestInput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<PatchPicture>> classImages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(PROMPT);
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(true);
    private static final String PROMPT = "Click a square of any feature map to see what that neuron looks for.";
    private volatile int generation;
    private final NewestWaits searches;   // a neuron's search holds a copy of the network: only the newest waits
    private volatile double posted;
    private final LongSupplier step;   // the training step of the weights on show; null where they never change
    private int[] asked;               // the neuron last asked about (activation, channel, y, x); null: none
    private int answerWeights;         // the weights' fingerprint the answer is for (UI thread)
    private long answerStep;
    private String answerText = PROMPT;   // what the status says of the answer, before any step

    public NeuronModel(Network net, Samples digits, Executor background, Executor ui) {
        this(net, digits, background, ui, null);
    }

    /** {@code step}: the training step of the weights on show, named with each answer (the studio). */
    public NeuronModel(Network net, Samples digits, Executor background, Executor ui, LongSupplier step) {
        this.net = net;
        this.digits = digits;
        this.background = background;
        this.searches = new NewestWaits(background);
        this.ui = ui;
        this.step = step;
    }

    /** As the app runs it: one daemon worker thread, results on the FX thread. */
    public static NeuronModel inApp(Network net, Samples digits) {
        return new NeuronModel(net, digits, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "receptive-neuron");
            t.setDaemon(true);
            return t;
        }), javafx.application.Platform::runLater);
    }

    /** The neuron at (channel, y, x) of activation {@code activation} (i + 1 is layer i's output); −1 clears. */
    public void select(int activation, int channel, int y, int x) {
        int me = ++generation;
        patches.set(List.of());
        bestInput.set(null);
        current.set(true);
        asked = null;
        if (activation < 1) {
            say(PROMPT);
            progress.set(1);
            return;
        }
        Shape shape = net.layer(activation - 1).outputShape();
        if (shape.height() * shape.width() == 1) {
            say("This is a unit of a dense layer: pick a square of a convolution's feature map.");
            progress.set(1);
            return;
        }
        asked = new int[] {activation, channel, y, x};
        Network at = net.copy();   // the weights as clicked: the studio's display network changes as a run is scrubbed
        int weights = Arrays.hashCode(at.params());
        answerWeights = weights;
        answerStep = step == null ? -1 : step.getAsLong();
        say(String.format(Locale.ROOT, "Map %d, row %d, column %d: searching the %,d test digits…",
                channel + 1, y, x, digits.size()));
        progress.set(0);
        posted = 0;
        searches.execute(() -> {
            if (me != generation) {
                return;
            }
            if (weights != topWeights) {
                topByActivation.clear();   // found for other weights: they would show another network's favourites
                topWeights = weights;
            }
            List<List<ExcitingPatch>> top = topByActivation.get(activation);
            if (top == null) {
                top = TopPatches.of(at, digits, digits.size(), activation, TopPatches.COUNT,
                        done -> report(me, 0.6 * done / digits.size()));
                topByActivation.put(activation, top);
            }
            List<PatchPicture> pictures = pictures(top.get(channel));
            ui.execute(() -> {
                if (me == generation) {
                    patches.set(pictures);
                    say(String.format(Locale.ROOT, "Map %d: the nine test digits' patches it responds to most, each its %d×%d "
                            + "receptive field, with its activation.", channel + 1,
                            pictures.get(0).height(), pictures.get(0).width()));
                }
            });
            if (me != generation) {
                return;
            }
            MostExcitingInput.Result r = MostExcitingInput.forNeuron(at, activation, channel, y, x,
                    MostExcitingInput.Settings.DEFAULT, p -> report(me, 0.6 + 0.4 * p));
            ReceptiveField f = ReceptiveField.in(at.layers(), activation - 1, y, x, 0);
            PatchPicture best = aroundField(r.image(), f);
            ui.execute(() -> {
                if (me == generation) {
                    bestInput.set(best);
                    progress.set(1);
                }
            });
        });
    }

    /** Asks again about the neuron last asked about, for the weights on show now (after they moved on). */
    public void askAgain() {
        if (asked != null) {
            select(asked[0], asked[1], asked[2], asked[3]);
        }
    }

    /**
     * The weights on show changed (the studio calls this): an answer found for other weights stays,
     * marked as not current and naming its step, until the neuron is asked again; class images
     * found for other weights are dropped (the button finds them for these).
     */
    public void weightsChanged() {
        if (asked == null && classImages.get().isEmpty()) {
            return;
        }
        int now = Arrays.hashCode(net.params());
        if (!classImages.get().isEmpty() && now != classWeights) {
            classImages.set(List.of());
        }
        if (asked != null) {
            current.set(now == answerWeights);   // scrubbed back to the answer's own weights: current again
            say(answerText);
        }
    }

    /** Sets the answer's status: in the studio with the step of its weights, and while not current, saying so first. */
    private void say(String text) {
        answerText = text;
        if (step == null || asked == null) {
            status.set(text);
        } else if (current.get()) {
            status.set(String.format(Locale.ROOT, "%s (Weights at step %,d.)", text, answerStep));
        } else {
            status.set(String.format(Locale.ROOT, "Not current: found for the weights at step %,d, and the maps now show other "
                    + "weights (step %,d). %s", answerStep, step.getAsLong(), text));
        }
    }

    /** The input that excites each class's score most, computed once for each set of weights. */
    public void showClassImages() {
        int weights = Arrays.hashCode(net.params());
        if (!classImages.get().isEmpty() && weights == classWeights) {
            return;
        }
        Network at = net.copy();   // copied only when there is work to do for these weights
        classWeights = weights;
        classImages.set(List.of());
        int me = generation;
        background.execute(() -> {
            List<PatchPicture> out = new ArrayList<>();
            Shape in = at.inputShape();
            for (int c = 0; c < at.classes(); c++) {
                MostExcitingInput.Result r = MostExcitingInput.forClass(at, c, MostExcitingInput.Settings.CLASS, null);
                float[] shown = r.image().clone();
                stretch(shown);
                out.add(new PatchPicture(shown, in.height(), in.width(), Integer.toString(c), null));
                double done = (c + 1.0) / at.classes();
                if (me == generation) {
                    ui.execute(() -> progress.set(done));
                }
            }
            ui.execute(() -> {
                if (weights == classWeights) {   // weights changed meanwhile: a newer request replaces these
                    classImages.set(out);
                }
            });
        });
    }

    private List<PatchPicture> pictures(List<ExcitingPatch> top) {
        List<PatchPicture> out = new ArrayList<>();
        float[] image = new float[digits.shape().size()];
        for (ExcitingPatch p : top) {
            digits.copy(p.sample(), image, null);
            ReceptiveField f = p.field();
            out.add(new PatchPicture(p.crop(image, digits.shape().width()), f.height(), f.width(),
                    String.format(Locale.ROOT, "%.2f", p.activation()), null));
        }
        return out;
    }

    /**
     * The ascent's image cut to the receptive field with a margin of half its side (at least 3
     * pixels) on every side where the input allows: outside the field the neuron sees nothing, so
     * a first-layer neuron's 5×5 would be lost in a 28×28 of grey.
     */
    private PatchPicture aroundField(float[] image, ReceptiveField f) {
        Shape in = net.inputShape();
        int margin = Math.max(3, Math.max(f.height(), f.width()) / 2);
        int top = Math.max(0, f.top() - margin), left = Math.max(0, f.left() - margin);
        int bottom = Math.min(in.height() - 1, f.bottom() + margin), right = Math.min(in.width() - 1, f.right() + margin);
        int h = bottom - top + 1, w = right - left + 1;
        float[] out = new float[h * w];
        for (int r = 0; r < h; r++) {
            System.arraycopy(image, (top + r) * in.width() + left, out, r * w, w);
        }
        stretch(out);
        return new PatchPicture(out, h, w, "gradient ascent from grey", new int[] {f.top() - top, f.left() - left, f.height(), f.width()});
    }

    /**
     * Stretches the values to 0..1: ascent from grey moves pixels only part of the way to black or
     * white, and a projector washes such greys out. The panel says the contrast is stretched.
     */
    static void stretch(float[] img) {
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (float v : img) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        for (int i = 0; i < img.length && hi > lo; i++) {
            img[i] = (img[i] - lo) / (hi - lo);
        }
    }

    /** Progress to the UI, at most every 2%: a bar cannot show finer steps. */
    private void report(int me, double value) {
        if (value - posted >= 0.02 || value >= 1) {
            posted = value;
            ui.execute(() -> {
                if (me == generation) {
                    progress.set(value);
                }
            });
        }
    }

    /** The nine patches of the selected neuron's channel, best first (empty while they are searched). */
    public ReadOnlyObjectProperty<List<PatchPicture>> patchesProperty() { return patches.getReadOnlyProperty(); }
    /** The input that excites the selected neuron most, its receptive field as the outline; null until found. */
    public ReadOnlyObjectProperty<PatchPicture> bestInputProperty() { return bestInput.getReadOnlyProperty(); }
    /** The ten class images, 0 to 9 (empty until asked and found). */
    public ReadOnlyObjectProperty<List<PatchPicture>> classImagesProperty() { return classImages.getReadOnlyProperty(); }
    /** 0..1 while working, 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** False once the weights on show are no longer those the answer was found for (the studio). */
    public ReadOnlyBooleanProperty currentProperty() { return current.getReadOnlyProperty(); }
}
