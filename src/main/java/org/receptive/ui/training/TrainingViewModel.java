package org.receptive.ui.training;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.receptive.engine.Evaluation;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;
import org.receptive.engine.NetworkDesign;
import org.receptive.engine.Optimizer;
import org.receptive.engine.TrainingResult;
import org.receptive.ui.common.NewestWins;
import org.receptive.ui.training.design.DesignModel;
import org.receptive.ui.training.kernels.KernelSurgery;
import org.receptive.ui.training.results.ResultsModel;

/**
 * The training studio's state and commands: the design and settings of a run, the run's
 * lifecycle (start, pause, resume, stop, reset), its progress and charts, and the weights the view
 * shows — always a copy, from the latest frame or from a timeline snapshot. Every method runs on
 * the UI thread; the run reaches it through {@code ui}. No nodes: tested without a window.
 */
public final class TrainingViewModel {

    /** The first kernels' starting size, as a share of He's, when they start faint. */
    static final float FAINT_START = 0.1f;

    private final Executor ui;
    private final LongSupplier clock;
    private final DesignModel design = new DesignModel();
    private final RunSettings settings = new RunSettings();
    private final DataChoice data = new DataChoice();
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.READY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final RunTexts texts = new RunTexts();
    private final RunCharts charts = new RunCharts();
    private final WeightsOnShow shown = new WeightsOnShow(data::testDigits);
    private final SavedModels models = new SavedModels(new Saving());
    private final ResultsModel results;
    private final KernelSurgery surgery;
    private final Rehearsal rehearsal = new Rehearsal();
    private final UpdateThrottle throttle = new UpdateThrottle(UpdateThrottle.DEFAULT_INTERVAL_NANOS);
    private final StudioNetwork network;
    private TrainingRun run;
    private long steps;
    /** The step the current run started from (runs after a stop continue the history). */
    private long runStart;
    private int frames;

    /** {@code ui}: where the run's news is handed back (the FX thread in the app). */
    public TrainingViewModel(Executor ui) {
        this(ui, System::nanoTime);
    }

    /** As above, with the clock the view-update throttle reads (tests pass one they move themselves). */
    TrainingViewModel(Executor ui, LongSupplier clock) {
        this.ui = ui;
        this.clock = clock;
        network = new StudioNetwork(design, settings, shown, texts, ui, busy::get, this::forgetHistory);
        surgery = new KernelSurgery(new Surgery(), ui);
        results = new ResultsModel(ui, () -> Network.withParams(network.get().architecture(), shown.params()), data::testImages,
                () -> shown.stepProperty().get());
        state.addListener((o, was, now) -> busy.set(now.busy()));
        data.chosenProperty().addListener((o, was, now) -> shown.setDigits(data.testDigits()));
        // Untrained weights follow the choice at once; trained ones stay until Reset.
        settings.faintStartProperty().addListener((o, was, now) -> {
            if (steps == 0 && !busy.get()) {
                network.resetNow();
            }
        });
        network.resetNow();
    }

    /** Starts a run, or continues from the current weights after a stop. Refused, with reasons, when the setup is wrong. */
    public boolean start() {
        if (busy.get() || !network.designReady()) {
            return false;
        }
        if (network.makingProperty().get()) {
            warn("Wait a moment: the new weights are still being made.");
            return false;
        }
        Optimizer optimizer;
        try {
            optimizer = settings.newOptimizer();
        } catch (IllegalArgumentException e) {
            warn("Check the settings: " + e.getMessage() + ".");
            return false;
        }
        if (!design.designProperty().get().architecture().equals(network.get().architecture())) {
            network.resetNow();
        }
        rehearsal.stop();
        goLive();
        surgery.forget();
        DataSource source = data.chosenProperty().get();
        Supplier<TrainingRun.Data> prepare = settings.dataFrom(source);
        runStart = steps;
        run = new TrainingRun(network.get(), optimizer, shown.timeline(), steps, throttle, clock, ui, new Events());
        run.start(() -> {
            TrainingRun.Data d = prepare.get();
            ui.execute(() -> shown.setDigits(source.test()));
            return d;
        });
        state.set(RunState.RUNNING);
        texts.starting(source);
        return true;
    }

    /**
     * Once, when the studio is first shown: reads the training images and compiles the engine's
     * training code in the background (see {@link Rehearsal}), so Start does not wait for the
     * images and its first second trains faster.
     */
    public void rehearse() {
        if (data.chosenProperty().get() != null && design.validProperty().get()) {
            rehearsal.startOnce(data.chosenProperty().get(), design.designProperty().get());
        }
    }

    public void pause() {
        if (state.get() == RunState.RUNNING) {
            run.setPaused(true);
            state.set(RunState.PAUSED);
            texts.paused();
        }
    }

    public void resume() {
        if (state.get() == RunState.PAUSED) {
            run.setPaused(false);
            state.set(RunState.RUNNING);
        }
    }

    /** Stops the run after its current batch; the weights stay, and Start continues from them. */
    public void stop() {
        if (busy.get()) {
            run.stop();
            texts.say("Stopping after this batch…");
        }
    }

    /**
     * Opens an IDX folder the student picked, in the background, and offers it only if the
     * studio's networks can learn from it (see {@link DataChoice#openFolder}).
     */
    public void openFolder(java.nio.file.Path dir) {
        data.openFolder(dir, () -> design.designProperty().get().architecture(), ui, texts);
    }

    /** Fresh random weights from the seed (the untrained network), and empty charts and timeline: made in the background. */
    public void reset() {
        network.reset();
    }

    /** A new network was adopted: its history starts afresh. */
    private void forgetHistory() {
        steps = 0;
        charts.clear();
        shown.restart(network.get());
        results.clear();
        surgery.forget();
        texts.cleared();
        state.set(RunState.READY);
    }

    /** Shows the weights as they were at snapshot {@code index} of the timeline. */
    public void scrubTo(int index) {
        shown.scrubTo(index, charts.accuracyPointsProperty().get());
    }

    /** Back to the newest weights (and following the run again). */
    public void goLive() {
        shown.goLive();
    }

    /** Called with each frame, on the UI thread. */
    private void onFrame(Frame f) {
        frames++;
        steps = f.step();
        charts.plan(runStart + (long) f.epochs() * f.batchesPerEpoch());
        charts.addLoss(f.step(), f.loss(), f.batches());
        // Charts and texts, or kernels and maps: one of the two per update (see RunCharts).
        RunCharts.Turn turn = charts.turn(clock.getAsLong(), state.get() != RunState.RUNNING);
        if (turn != RunCharts.Turn.KERNELS) {
            charts.publish();
            texts.frame(f, state.get() == RunState.PAUSED);
        }
        shown.frame(f.params(), f.step(), turn != RunCharts.Turn.CHARTS);
    }

    /** A message about something that went wrong or was refused (drawn in the warning colour). */
    void warn(String m) {
        texts.warn(m);
    }

    private final class Events implements TrainingRun.Events {
        @Override
        public void frame(Frame f) {
            onFrame(f);
        }

        @Override
        public void evaluated(long step, Evaluation e) {
            charts.addAccuracy(step, 100 * e.accuracy(), state.get() == RunState.RUNNING);
        }

        @Override
        public void finished(TrainingResult result, Frame last) {
            state.set(RunState.FINISHED);
            if (last != null) {
                onFrame(last);
            }
            texts.finished(result, steps);
        }

        @Override
        public void failed(String why) {
            state.set(RunState.FINISHED);
            warn(why);
        }
    }

    /** What saving and loading see of the studio. */
    private final class Saving implements SavedModels.Studio {
        @Override public Network networkToSave() { return Network.withParams(network.get().architecture(), shown.newest()); }
        @Override public String trainingNote() { return RunTexts.note(settings, steps, data.chosenProperty().get()); }
        @Override public boolean busy() { return busy.get(); }
        @Override public void adoptLoaded(NetworkDesign d, Network loaded, String name) { network.adoptLoaded(d, loaded, name); }
        @Override public void loadInBackground(String doing, NewestWins.Job<ModelFile.Model> read, Consumer<ModelFile.Model> then) {
            network.loadInBackground(doing, read, then);
        }
        @Override public void say(String m) { texts.say(m); }
        @Override public void warn(String m) { texts.warn(m); }
    }

    /** What kernel surgery sees of the studio: new weights between runs are shown at once and kept by Start and Save. */
    private final class Surgery implements KernelSurgery.Studio {
        @Override public Network network() { return network.get(); }
        @Override public boolean busy() { return busy.get() || network.makingProperty().get(); }
        @Override public KernelSurgery.HeldOut heldOutImages() { return data.chosenProperty().get()::heldOut; }
        @Override public void replaceWeights(float[] params) {
            network.get().setParams(params);
            shown.replaceNewest(network.get().copyParams());
            results.clear();
        }
    }

    public DesignModel design() { return design; }
    public RunSettings settings() { return settings; }
    public ObservableList<DataSource> dataSources() { return data.sources(); }
    public ObjectProperty<DataSource> dataProperty() { return data.chosenProperty(); }
    public ReadOnlyObjectProperty<RunState> stateProperty() { return state.getReadOnlyProperty(); }
    /** Whether a run is going (running or paused): the setup and surgery are locked meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Whether the next network (Reset, the default model) is being made in the background: Start waits meanwhile. */
    public ReadOnlyBooleanProperty makingProperty() { return network.makingProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return texts.progressProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return texts.progressTextProperty(); }
    public ReadOnlyStringProperty speedTextProperty() { return texts.speedTextProperty(); }
    public ReadOnlyStringProperty messageProperty() { return texts.messageProperty(); }
    /** Whether the message reports a problem (drawn in the warning colour, with its words). */
    public ReadOnlyBooleanProperty problemProperty() { return texts.problemProperty(); }
    public ReadOnlyObjectProperty<List<ChartPoint>> lossPointsProperty() { return charts.lossPointsProperty(); }
    public ReadOnlyObjectProperty<List<ChartPoint>> accuracyPointsProperty() { return charts.accuracyPointsProperty(); }
    /** The step the current run ends at (0 before any run): the charts' x axes span up to it. */
    public ReadOnlyLongProperty plannedStepsProperty() { return charts.plannedStepsProperty(); }
    public WeightsOnShow shown() { return shown; }
    public SavedModels models() { return models; }
    public ResultsModel results() { return results; }
    public KernelSurgery surgery() { return surgery; }
    /** Frames received so far (tests check the throttle with it). */
    int framesReceived() { return frames; }
    /** The network the run writes into: tests compare it with the copies; the view never touches it. */
    Network trainedNetwork() { return network.get(); }
    /** Waits for the background rehearsal (tests). */
    boolean rehearsalFinished(long millis) throws InterruptedException { return rehearsal.join(millis); }
    long steps() { return steps; }
}
