package org.receptive.ui.training;

import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Network;
import org.receptive.engine.Optimizer;
import org.receptive.engine.Samples;
import org.receptive.engine.Trainer;
import org.receptive.engine.TrainingConfig;
import org.receptive.engine.TrainingListener;
import org.receptive.engine.TrainingResult;
import org.receptive.engine.TrainingTimeline;

/**
 * One training run on its own thread. Between batches (when no worker writes the weights) it
 * copies them into a {@link Frame}, at most as often as the {@link UpdateThrottle} allows, and
 * hands frames, evaluations and the end of the run to the UI through {@code ui} (Platform::runLater
 * in the app, a queue in tests). Steps count on from {@code stepBase}, so a run that continues an
 * earlier one extends its charts and timeline.
 */
final class TrainingRun implements TrainingListener {

    /** What the UI hears, always on its own thread. */
    interface Events {
        void frame(Frame frame);

        void evaluated(long step, Evaluation evaluation);

        void finished(TrainingResult result, Frame last);

        void failed(String message);
    }

    /** The data and the configuration made for its size, prepared on the run's thread (the first load of MNIST takes a second). */
    record Data(Samples train, Samples test, TrainingConfig config) {
    }

    private final Network net;
    private final Optimizer optimizer;
    private TrainingConfig config;   // set on the run's thread once the data is known
    private final TrainingTimeline timeline;
    private final long stepBase;
    private final UpdateThrottle throttle;
    private final LongSupplier clock;
    private final Executor ui;
    private final Events events;
    private volatile Trainer trainer;
    private volatile boolean pauseRequested, stopRequested;
    private Thread thread;
    // Trainer-thread state: the loss since the last frame.
    private double lossSum;
    private int lossBatches;
    private TrainingListener.BatchEvent lastBatch;

    /** {@code clock}: nanoseconds for the throttle ({@code System::nanoTime} in the app, a hand-moved one in tests). */
    TrainingRun(Network net, Optimizer optimizer, TrainingTimeline timeline, long stepBase,
                UpdateThrottle throttle, LongSupplier clock, Executor ui, Events events) {
        this.net = net;
        this.optimizer = optimizer;
        this.timeline = timeline;
        this.stepBase = stepBase;
        this.throttle = throttle;
        this.clock = clock;
        this.ui = ui;
        this.events = events;
    }

    /** Starts the run on a daemon thread; {@code data} is called there. */
    void start(Supplier<Data> data) {
        thread = new Thread(() -> run(data), "training-run");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);   // the UI thread wins a contested core
        thread.start();
    }

    private void run(Supplier<Data> data) {
        try {
            Data d = data.get();
            config = d.config();
            Trainer t = new Trainer(net, optimizer, config);
            trainer = t;
            if (stopRequested) {
                t.cancel();
            }
            t.setPaused(pauseRequested);
            TrainingResult result = t.train(d.train(), d.test(), this);
            Frame last = lastBatch == null ? null : frame(lastBatch);
            ui.execute(() -> events.finished(result, last));
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            ui.execute(() -> events.failed("The run stopped: " + why));
        }
    }

    /** Holds (true) or lets go (false) the run between batches. */
    void setPaused(boolean pause) {
        pauseRequested = pause;
        Trainer t = trainer;
        if (t != null) {
            t.setPaused(pause);
        }
    }

    /** Stops after the current batch. */
    void stop() {
        stopRequested = true;
        Trainer t = trainer;
        if (t != null) {
            t.cancel();
        }
    }

    /** Waits for the run's thread (tests). */
    boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    @Override
    public void batchDone(BatchEvent e) {
        BatchEvent shifted = new BatchEvent(e.epoch(), e.batch(), e.batchesPerEpoch(), stepBase + e.step(), e.loss(),
                e.accuracy(), e.imagesPerSecond(), e.secondsElapsed());
        timeline.batchDone(shifted);
        lastBatch = shifted;
        lossSum += e.loss();
        lossBatches++;
        if (throttle.tryAcquire(clock.getAsLong())) {
            send(frame(shifted));
        }
    }

    @Override
    public void pausing() {
        // The weights the run will hold while paused: shown exactly, whatever the throttle says.
        if (lastBatch != null) {
            throttle.force(clock.getAsLong());
            send(frame(lastBatch));
        }
    }

    private void send(Frame f) {
        ui.execute(() -> {
            throttle.delivered();
            events.frame(f);
        });
    }

    @Override
    public void evaluationDone(EvaluationEvent e) {
        long step = stepBase + e.step();
        Evaluation ev = e.evaluation();
        ui.execute(() -> events.evaluated(step, ev));
    }

    private Frame frame(BatchEvent e) {
        long totalBatches = (long) config.epochs() * e.batchesPerEpoch();
        long done = (long) e.epoch() * e.batchesPerEpoch() + e.batch() + 1;
        double left = e.imagesPerSecond() > 0
                ? (totalBatches - done) * (double) config.batchSize() / e.imagesPerSecond() : Double.NaN;
        float loss = lossBatches == 0 ? Float.NaN : (float) (lossSum / lossBatches);
        Frame f = new Frame(e.step(), e.epoch(), config.epochs(), e.batch(), e.batchesPerEpoch(), loss, lossBatches,
                e.imagesPerSecond(), left, net.copyParams());
        lossSum = 0;
        lossBatches = 0;
        return f;
    }
}
