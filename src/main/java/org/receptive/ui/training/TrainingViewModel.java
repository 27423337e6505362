package org.receptive.ui.training;

import org.receptive.ui.training.kernels.KernelSurgery;
import org.receptive.ui.training.results.ResultsModel;
import org.receptive.ui.training.design.DesignModel;
import org.receptive.ui.common.FrameStats;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.receptive.data.Augmentation;
import org.receptive.data.Dataset;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Network;
import org.receptive.engine.Optimizer;
import org.receptive.engine.TrainingResult;

/**
 * The training studio's state and commands: the design and settings of a run, the run's
 * lifecycle (start, pause, resume, stop, reset), its progress and charts, and the weights the view
 * shows — always a copy, from the latest frame or from a timeline snapshot. Every method runs on
 * the UI thread; the run reaches it through {@code ui}. No nodes: tested without a window.
 */
public final class TrainingViewModel {

    /** Test images on which held-out accuracy is measured during a run (the same ones every time). */
    public static final int HELD_OUT = 500;
    /** The first kernels' starting size, as a share of He's, when they start faint. */
    static final float FAINT_START = 0.1f;

    private final Executor ui;
    private final DesignModel design = new DesignModel();
    private final RunSettings settings = new RunSettings();
    private final ObservableList<DataSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<DataSource> data = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.READY);
    private final RunTexts texts = new RunTexts();
    private final RunCharts charts = new RunCharts();
    private final WeightsOnShow shown;
    private final SavedModels models = new SavedModels(this);
    private final ResultsModel results;
    private final KernelSurgery surgery = new KernelSurgery(this);
    private final Rehearsal rehearsal = new Rehearsal();
    private boolean rehearsed;
    private final UpdateThrottle throttle = new UpdateThrottle(UpdateThrottle.DEFAULT_INTERVAL_NANOS);
    private Network net;
    private TrainingRun run;
    private long steps;
    /** The step the current run started from (runs after a stop continue the history). */
    private long runStart;
    private float[] latest;
    private long latestStep;
    private int frames;
    /** How long each frame's update takes on the UI thread (the listeners' work included), in ms. */
    private final FrameStats updateCost = new FrameStats(600);

    public TrainingViewModel(Executor ui) {
        this.ui = ui;
        sources.add(DataSource.mnist());
        DataSource fashion = DataSource.fashionMnistIfInstalled();
        if (fashion != null) {
            sources.add(fashion);
        }
        data.set(sources.get(0));
        shown = new WeightsOnShow(this::testDigits);
        results = new ResultsModel(ui, () -> Network.withParams(net.architecture(), shown.params()), data::get,
                () -> shown.stepProperty().get());
        design.designProperty().addListener((o, was, now) -> {
            // A new architecture needs new weights; show them at once so the student sees the shapes.
            if (design.validProperty().get() && !state.get().busy() && !now.architecture().equals(net.architecture())) {
                reset();
            }
        });
        data.addListener((o, was, now) -> shown.setDigits(testDigits()));
        // Untrained weights follow the choice at once; trained ones stay until Reset.
        settings.faintStartProperty().addListener((o, was, now) -> {
            if (steps == 0 && !state.get().busy()) {
                reset();
            }
        });
        reset();
    }

    /** Starts a run, or continues from the current weights after a stop. Refused, with reasons, when the setup is wrong. */
    public boolean start() {
        if (state.get().busy()) {
            return false;
        }
        if (!design.validProperty().get()) {
            warn("Fix the design first: " + design.problemsProperty().get().get(0) + ".");
            return false;
        }
        Optimizer optimizer;
        try {
            optimizer = settings.newOptimizer();
        } catch (IllegalArgumentException e) {
            warn("Check the settings: " + e.getMessage() + ".");
            return false;
        }
        if (!design.designProperty().get().architecture().equals(net.architecture())) {
            reset();
        }
        rehearsal.stop();
        goLive();
        surgery.forget();
        DataSource source = data.get();
        int limit = settings.trainLimitProperty().get();
        boolean augment = settings.augmentProperty().get();
        RunSettings s = settings;
        runStart = steps;
        run = new TrainingRun(net, optimizer, shown.timeline(), steps, throttle, ui, new Events());
        run.start(() -> {
            try {
                source.load();
            } catch (IOException e) {
                throw new IllegalStateException("the data cannot be read: " + e.getMessage(), e);
            }
            Dataset train = source.train();
            if (limit > 0 && limit < train.size()) {
                train = train.subset(0, limit);
            }
            Dataset test = source.test();
            ui.execute(() -> shown.setDigits(test));
            return new TrainingRun.Data(augment ? train.withAugmentation(Augmentation.DEFAULT) : train, test,
                    s.config(train.size(), Math.min(HELD_OUT, test.size())));
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
        if (!rehearsed && data.get() != null && design.validProperty().get()) {
            rehearsed = true;
            rehearsal.start(data.get(), design.designProperty().get());
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
        if (state.get().busy()) {
            run.stop();
            say("Stopping after this batch…");
        }
    }

    /** Fresh random weights from the seed (the untrained network), and empty charts and timeline. */
    public void reset() {
        if (state.get().busy()) {
            return;
        }
        if (!design.validProperty().get()) {
            warn("Fix the design first: " + design.problemsProperty().get().get(0) + ".");
            return;
        }
        net = Network.create(design.designProperty().get().architecture(), settings.seedProperty().get());
        if (settings.faintStartProperty().get()) {
            net.scaleFirstConvolution(FAINT_START);
        }
        adopt(net);
        texts.fresh(settings.seedProperty().get(), settings.faintStartProperty().get());
    }

    /** Makes {@code network} the one trained from now on, with fresh history. */
    void adopt(Network network) {
        net = network;
        steps = 0;
        charts.clear();
        latest = net.copyParams();
        latestStep = 0;
        shown.restart(net);
        results.clear();
        surgery.forget();
        shown.show(latest, 0);
        texts.cleared();
        state.set(RunState.READY);
    }

    /** Takes a loaded network (its design shown in the editor) as the one to train from now on. */
    void adoptLoaded(org.receptive.engine.NetworkDesign d, Network loaded) {
        design.apply(d);
        adopt(loaded);
        texts.loaded();
    }

    /** New weights for the network between runs (kernel surgery): shown at once, kept by Start and Save. */
    public void replaceWeights(float[] params) {
        net.setParams(params);
        latest = net.copyParams();
        shown.goLive(latest, latestStep);
        results.clear();
    }

    /** Shows the weights as they were at snapshot {@code index} of the timeline. */
    public void scrubTo(int index) {
        shown.scrubTo(index, charts.accuracyPointsProperty().get());
    }

    /** Back to the newest weights (and following the run again). */
    public void goLive() {
        shown.goLive(latest, latestStep);
    }

    /** The network's architecture, and, after a run, its weights (a copy) for saving. */
    Network snapshotNetwork() {
        return Network.withParams(net.architecture(), latest);
    }

    /** Called with each frame, on the UI thread. */
    private void onFrame(Frame f) {
        long t0 = System.nanoTime();
        try {
            applyFrame(f);
        } finally {
            updateCost.add((System.nanoTime() - t0) / 1e6);
        }
    }

    private void applyFrame(Frame f) {
        frames++;
        steps = f.step();
        latest = f.params();
        latestStep = f.step();
        charts.plan(runStart + (long) f.epochs() * f.batchesPerEpoch());
        charts.addLoss(f.step(), f.loss(), f.batches());
        // Charts and texts, or kernels and maps: one of the two per update (see RunCharts).
        RunCharts.Turn turn = charts.turn(System.nanoTime(), state.get() != RunState.RUNNING);
        if (turn != RunCharts.Turn.KERNELS) {
            charts.publish();
            texts.frame(f, state.get() == RunState.PAUSED);
        }
        if (turn != RunCharts.Turn.CHARTS) {
            shown.frame(f.params(), f.step());
        }
    }

    private Dataset testDigits() {
        DataSource d = data.get();
        return d != null && d.test() != null ? d.test() : org.receptive.data.Mnist.test();
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

    public DesignModel design() { return design; }
    public RunSettings settings() { return settings; }
    public ObservableList<DataSource> dataSources() { return sources; }
    public ObjectProperty<DataSource> dataProperty() { return data; }
    public ReadOnlyObjectProperty<RunState> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return texts.progressProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return texts.progressTextProperty(); }
    public ReadOnlyStringProperty speedTextProperty() { return texts.speedTextProperty(); }
    public ReadOnlyStringProperty messageProperty() { return texts.messageProperty(); }
    /** A neutral message (done, saved, loaded). */
    void say(String m) { texts.say(m); }
    /** A message about something that went wrong or was refused. */
    void warn(String m) { texts.warn(m); }
    /** Whether the message reports a problem (drawn in the warning colour, with its words). */
    public ReadOnlyBooleanProperty problemProperty() { return texts.problemProperty(); }
    public ReadOnlyObjectProperty<List<ChartPoint>> lossPointsProperty() { return charts.lossPointsProperty(); }
    public ReadOnlyObjectProperty<List<ChartPoint>> accuracyPointsProperty() { return charts.accuracyPointsProperty(); }
    /** The step the current run ends at (0 before any run): the charts' x axes span up to it. */
    public javafx.beans.property.ReadOnlyLongProperty plannedStepsProperty() { return charts.plannedStepsProperty(); }
    public WeightsOnShow shown() { return shown; }
    public SavedModels models() { return models; }
    public ResultsModel results() { return results; }
    public KernelSurgery surgery() { return surgery; }
    /** At most this many view updates a second while training (1 to 30; 10 by default). */
    public void setUpdatesPerSecond(int n) {
        throttle.setInterval(1_000_000_000L / Math.max(1, Math.min(30, n)));
    }

    /** "frames n · median … · p99 …" of the UI thread's time per update. */
    public String updateCostSummary() { return updateCost.summary(); }
    /** Frames received so far (tests check the throttle with it). */
    int framesReceived() { return frames; }
    /** The network the run writes into: tests compare it with the copies; the view never touches it. */
    public Network trainedNetwork() { return net; }
    TrainingRun currentRun() { return run; }
    /** Waits for the background rehearsal (tests). */
    boolean rehearsalFinished(long millis) throws InterruptedException { return rehearsal.join(millis); }
    long steps() { return steps; }
}
