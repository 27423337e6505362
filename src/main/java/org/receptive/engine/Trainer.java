package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * Mini-batch training with data parallelism ({@link BatchWorkers}): each mini-batch is cut into
 * one slice per thread, every thread runs forward and backward on its slice with its own
 * {@link Pass} and gradient buffer, the buffers are summed in a fixed order and averaged, and the
 * optimiser takes a step. The fixed order and the per-sample random generators make a seeded run
 * give the same numbers whatever the timing. Cancel and pause take effect between batches.
 */
public final class Trainer {

    /** Mean batch loss above which a run is stopped as diverged (ln 10 ≈ 2.3 is a blind guess). */
    static final float DIVERGED_LOSS = 30f;

    private final Network net;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final Kernels kernels;
    private volatile boolean cancelled;
    private volatile boolean paused;
    private final Object pauseLock = new Object();

    public Trainer(Network net, Optimizer optimizer, TrainingConfig config) {
        this(net, optimizer, config, Kernels.best());
    }

    /** A trainer multiplying with the given kernels (tests compare the plain and the vector path). */
    Trainer(Network net, Optimizer optimizer, TrainingConfig config, Kernels kernels) {
        this.net = net;
        this.optimizer = optimizer;
        this.config = config;
        this.kernels = kernels;
    }

    /** Asks the run to stop after the current batch. */
    public void cancel() {
        cancelled = true;
        setPaused(false);
    }

    /** Holds the run between batches while true. */
    public void setPaused(boolean pause) {
        synchronized (pauseLock) {
            paused = pause;
            pauseLock.notifyAll();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    /** Trains on {@code train}, evaluating on {@code test} (may be null) as the config says. */
    public TrainingResult train(Samples train, Samples test, TrainingListener listener) {
        int threads = config.threads();
        int n = train.size();
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        long step = 0, images = 0;
        double trainingNanos = 0;
        Evaluation lastEval = null;
        long start = System.nanoTime();
        try (BatchWorkers workers = new BatchWorkers(net, config, kernels, train.shape().size())) {
            for (int epoch = 0; epoch < config.epochs(); epoch++) {
                int[] order = permutation(n, config.seed() * 31 + epoch);
                double epochLoss = 0;
                int epochCorrect = 0;
                for (int b = 0; b < batches; b++) {
                    if (paused && !cancelled) {
                        listener.pausing();
                    }
                    if (!waitWhilePaused() || cancelled) {
                        return end(TrainingResult.Status.CANCELLED, step, images, start, trainingNanos, lastEval,
                                "stopped after " + step + " batches");
                    }
                    long t0 = System.nanoTime();
                    int from = b * config.batchSize(), to = Math.min(n, from + config.batchSize());
                    workers.run(train, order, from, to, epoch, config);
                    float loss = workers.loss();
                    int correct = workers.correct();
                    int count = to - from;
                    // A mean loss of 30 means the right class gets e^-30 on average: no run recovers from that.
                    if (!Float.isFinite(loss) || loss / count > DIVERGED_LOSS) {
                        return end(TrainingResult.Status.DIVERGED, step, images, start, trainingNanos, lastEval,
                                "training diverged at step " + step + ": the loss became " + loss / count
                                        + ". Try a smaller learning rate (now " + optimizer.learningRate() + ").");
                    }
                    workers.step(optimizer, net.params(), count);
                    step++;
                    images += count;
                    trainingNanos += System.nanoTime() - t0;
                    epochLoss += loss;
                    epochCorrect += correct;
                    double speed = images / (trainingNanos / 1e9);
                    listener.batchDone(new TrainingListener.BatchEvent(epoch, b, batches, step, loss / count,
                            (float) correct / count, speed, (System.nanoTime() - start) / 1e9));
                    if (test != null && config.evaluateEvery() > 0 && step % config.evaluateEvery() == 0) {
                        lastEval = Evaluator.evaluate(net, test, config.evaluationSamples(), threads);
                        listener.evaluationDone(new TrainingListener.EvaluationEvent(epoch, step, lastEval));
                    }
                }
                listener.epochDone(new TrainingListener.EpochEvent(epoch, config.epochs(), (float) (epochLoss / n),
                        (float) epochCorrect / n, images / (trainingNanos / 1e9), (System.nanoTime() - start) / 1e9));
                if (test != null && config.evaluateEvery() == 0) {
                    lastEval = Evaluator.evaluate(net, test, config.evaluationSamples(), threads);
                    listener.evaluationDone(new TrainingListener.EvaluationEvent(epoch, step, lastEval));
                }
                optimizer.setLearningRate(optimizer.learningRate() * config.learningRateDecay());
            }
            return end(TrainingResult.Status.COMPLETED, step, images, start, trainingNanos, lastEval,
                    "finished " + config.epochs() + " epoch(s)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return end(TrainingResult.Status.CANCELLED, step, images, start, trainingNanos, lastEval,
                    "stopped after " + step + " batches");
        }
    }

    private boolean waitWhilePaused() {
        synchronized (pauseLock) {
            while (paused && !cancelled) {
                try {
                    pauseLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private static TrainingResult end(TrainingResult.Status status, long step, long images, long start,
                                      double trainingNanos, Evaluation eval, String message) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double speed = trainingNanos > 0 ? images / (trainingNanos / 1e9) : 0;
        return new TrainingResult(status, step, images, seconds, speed, eval, message);
    }

    /** Fisher–Yates shuffle of 0..n−1 from a seed. */
    static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
