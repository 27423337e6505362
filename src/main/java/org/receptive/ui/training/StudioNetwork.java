package org.receptive.ui.training;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.receptive.engine.Architecture;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;
import org.receptive.engine.NetworkDesign;
import org.receptive.ui.common.NewestWins;
import org.receptive.ui.training.design.DesignModel;

/**
 * The network the studio trains, and where it comes from: fresh random weights from the seed, a
 * model file, or the default model. A new network needs its display made (its first feature maps
 * are a forward pass: with the default model's, seconds on a busy machine), so what the buttons
 * ask for is made in the background, newest request wins ({@link NewestWins}), and the progress
 * line says so meanwhile; a new design's shapes are shown at once, as the student edits. Every
 * method runs on the UI thread.
 */
final class StudioNetwork {

    private final DesignModel design;
    private final RunSettings settings;
    private final WeightsOnShow shown;
    private final RunTexts texts;
    /** Whether a run is going: nothing replaces the network then. */
    private final BooleanSupplier running;
    /** The rest of the studio forgets the old network's history (charts, scores, surgery). */
    private final Runnable adopted;
    private final NewestWins making;
    private Network net;
    /** While a loaded network's design is put in the editor (it must not make fresh weights for it). */
    private boolean adopting;

    StudioNetwork(DesignModel design, RunSettings settings, WeightsOnShow shown, RunTexts texts, Executor ui,
                  BooleanSupplier running, Runnable adopted) {
        this.design = design;
        this.settings = settings;
        this.shown = shown;
        this.texts = texts;
        this.running = running;
        this.adopted = adopted;
        this.making = new NewestWins(ui, "studio-next-network");
        design.designProperty().addListener((o, was, now) -> {
            // A new architecture needs new weights; show them at once so the student sees the shapes.
            if (!adopting && design.validProperty().get() && !running.getAsBoolean() && !now.architecture().equals(net.architecture())) {
                resetNow();
            }
        });
    }

    /** The network a run writes into (the view never touches it: it draws copies). */
    Network get() {
        return net;
    }

    /** Fresh random weights from the seed, made in the background (the Reset button). */
    void reset() {
        if (running.getAsBoolean() || !designReady()) {
            return;
        }
        Architecture a = design.designProperty().get().architecture();
        long seed = settings.seedProperty().get();
        boolean faint = settings.faintStartProperty().get();
        makeNext("Making fresh random weights (seed " + seed + ")…", () -> fresh(a, seed, faint), n -> {
            adopt(n, null);
            texts.fresh(seed, faint);
        });
    }

    /** As {@link #reset()}, at once: the first network, a new design's shapes, a changed start size. */
    void resetNow() {
        if (running.getAsBoolean() || !designReady()) {
            return;
        }
        long seed = settings.seedProperty().get();
        boolean faint = settings.faintStartProperty().get();
        adopt(fresh(design.designProperty().get().architecture(), seed, faint), null);
        texts.fresh(seed, faint);
    }

    private static Network fresh(Architecture a, long seed, boolean faint) {
        Network n = Network.create(a, seed);
        if (faint) {
            n.scaleFirstConvolution(TrainingViewModel.FAINT_START);
        }
        return n;
    }

    /** Whether the design can be built; if not, says what to fix first. */
    boolean designReady() {
        if (!design.validProperty().get()) {
            texts.warn("Fix the design first: " + design.problemsProperty().get().get(0) + ".");
        }
        return design.validProperty().get();
    }

    /**
     * Makes {@code network} the one trained from now on, with fresh history; a network still being
     * made is dropped. {@code loadedFrom}: the model it was read from, or null for fresh random
     * weights (the captions say which the engine holds).
     */
    private void adopt(Network network, String loadedFrom) {
        net = network;
        shown.startFrom(loadedFrom);
        adopted.run();
        // Last: "no longer making" is heard only once the new network and its fresh history are
        // in place (a Start heard with it trained the old network while the view showed the new,
        // and the fresh history then set the state back to READY under the running run).
        making.cancel();
    }

    /** Takes a network loaded from {@code name}, its design put in the editor without making fresh weights for it. */
    void adoptLoaded(NetworkDesign d, Network loaded, String name) {
        adopting = true;
        try {
            design.apply(d);
        } finally {
            adopting = false;
        }
        adopt(loaded, name);
        texts.loaded();
    }

    /** Reads a model in the background (the default model) and hands it to {@code then} on the UI thread. */
    void loadInBackground(String doing, NewestWins.Job<ModelFile.Model> read, Consumer<ModelFile.Model> then) {
        ModelFile.Model[] got = new ModelFile.Model[1];
        makeNext(doing, () -> {
            got[0] = read.run();
            return got[0].network();
        }, n -> then.accept(got[0]));
    }

    /**
     * Makes the next network with all its display needs off the UI thread; {@code then} adopts it
     * on the UI thread, unless a newer request (another reset, a load, a new design) came first.
     * Meanwhile the progress bar runs and Start waits.
     */
    private void makeNext(String doing, NewestWins.Job<Network> make, Consumer<Network> then) {
        WeightsOnShow.Sample sample = shown.sample();
        texts.working(doing);
        making.submit(() -> WeightsOnShow.Display.of(make.run(), sample), made -> {
            shown.offer(made);
            then.accept(made.trained());
        }, e -> {
            texts.idle("Kept the current network.");
            texts.warn("Kept the current network: " + (e.getMessage() == null ? e.toString() : e.getMessage()) + ".");
        });
    }

    /** Whether the next network is being made in the background. */
    ReadOnlyBooleanProperty makingProperty() {
        return making.workingProperty();
    }
}
