package org.receptive.ui.explain;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.explain.AttributionMap;
import org.receptive.explain.Explainer;
import org.receptive.explain.Method;
import org.receptive.explain.Occlusion;
import org.receptive.explain.Question;

/**
 * The "Why?" panel's state: which method, which question ("why 7?", "why 7 and not 1?"), the
 * occlusion square's size and step, and the last map. Maps are computed on a background executor
 * while the panel is open, one at a time: a change that arrives while one is computed waits, and
 * only the latest waits, so a live drawing never piles work up. Results come back on the UI
 * executor. The methods' working memory (8 MB for occlusion on the default model) is let go when
 * the panel closes and when its view leaves the window ({@link #release()}), and made again by the
 * next map. No nodes: tested without a window.
 */
public final class WhyModel {

    /** The chooser's "its answer": the target follows the network's top class. */
    public static final int ANSWER = -1;
    /** The versus chooser's "nothing": plain "why?". */
    public static final int NONE = -1;

    private final Network net;
    private final Executor background;
    private final Executor ui;
    private final Explainer explainer;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.OCCLUSION);
    private final IntegerProperty target = new SimpleIntegerProperty(ANSWER);
    private final IntegerProperty versus = new SimpleIntegerProperty(NONE);
    private final IntegerProperty patch = new SimpleIntegerProperty(Explainer.DEFAULT_PATCH);
    private final IntegerProperty stride = new SimpleIntegerProperty(Explainer.DEFAULT_STRIDE);
    private final ReadOnlyObjectWrapper<Explanation> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private float[] image;          // the input to explain, a copy; null when there is none
    private boolean running, again;
    private boolean holding;        // a map was asked for since the last release()

    /**
     * @param background where maps are computed (a worker thread in the app)
     * @param ui         where they are handed back (the FX thread in the app)
     */
    public WhyModel(Network net, Executor background, Executor ui) {
        this.net = net;
        this.background = background;
        this.ui = ui;
        this.explainer = new Explainer(net);
        open.addListener((o, was, now) -> {
            if (now) {
                request();
            } else {
                release();
            }
        });
        method.addListener((o, was, now) -> request());
        target.addListener((o, was, now) -> request());
        versus.addListener((o, was, now) -> request());
        patch.addListener((o, was, now) -> request());
        stride.addListener((o, was, now) -> request());
    }

    /** As the app runs it: one daemon worker thread, results on the FX thread. */
    public static WhyModel inApp(Network net) {
        return new WhyModel(net, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "receptive-why");
            t.setDaemon(true);
            return t;
        }), javafx.application.Platform::runLater);
    }

    /** A new input to explain (copied); null or an empty pad clears the map. */
    public void show(float[] input) {
        image = input == null ? null : input.clone();
        request();
    }

    private void request() {
        if (!open.get()) {
            return;
        }
        if (image == null) {
            shown.set(null);
            message.set("Draw a digit: the map shows why the network answers what it does.");
            return;
        }
        String problem = Occlusion.problem(net.inputShape(), patch.get(), stride.get());
        if (method.get() == Method.OCCLUSION && problem != null) {
            message.set(problem);
            return;
        }
        if (running) {
            again = true;   // the latest settings are read when the running map is done
            return;
        }
        running = true;
        holding = true;
        busy.set(true);
        float[] input = image;
        Method m = method.get();
        int t = target.get(), v = versus.get(), p = patch.get(), s = stride.get();
        background.execute(() -> {
            float[] probs = explainer.probabilities(input);
            int resolved = t == ANSWER ? SoftmaxCrossEntropy.argmax(probs) : t;
            Explanation e = null;
            String text;
            if (resolved == v) {
                text = "Pick two different digits: why " + resolved + " and not " + v + " asks about their difference.";
            } else {
                AttributionMap map = explainer.explain(m, input, new Question(resolved, v), p, s);
                e = new Explanation(map, input, probs);
                text = "";
            }
            Explanation result = e;
            ui.execute(() -> done(result, text));
        });
    }

    /**
     * Lets the explainer's working memory go, on the worker, after any map it is computing: for
     * when nobody will look at a new map for a while (the panel closed, the view off screen).
     * The map on show stays; the next one makes the memory again.
     */
    public void release() {
        if (holding) {
            holding = false;
            background.execute(explainer::release);
        }
    }

    /** Whether the explainer holds working memory now (read on the UI thread: for tests, whose worker is that thread). */
    public boolean keepsWorkingMemory() {
        return explainer.keepsWorkingMemory();
    }

    private void done(Explanation e, String text) {
        running = false;
        busy.set(false);
        if (e != null || !text.isEmpty()) {
            shown.set(e);
        }
        message.set(text);
        if (again) {
            again = false;
            request();
        }
    }

    public BooleanProperty openProperty() { return open; }
    public ObjectProperty<Method> methodProperty() { return method; }
    /** The digit asked about, or {@link #ANSWER} for the network's top answer. */
    public IntegerProperty targetProperty() { return target; }
    /** The digit it is contrasted with, or {@link #NONE}. */
    public IntegerProperty versusProperty() { return versus; }
    public IntegerProperty patchProperty() { return patch; }
    public IntegerProperty strideProperty() { return stride; }
    /** The last map computed, or null. */
    public ReadOnlyObjectProperty<Explanation> shownProperty() { return shown.getReadOnlyProperty(); }
    /** Whether a map is being computed. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** A sentence when no map can be shown (no digit, an impossible square), else "". */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public Network network() { return net; }
}
