package org.receptive.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Mini-batch training with data parallelism: each mini-batch is cut into one slice per thread,
 * every thread runs forward and backward on its slice with its own {@link Pass} and gradient
 * buffer, the buffers are summed in a fixed order and averaged, and the optimiser takes a step.
 * The fixed order and the per-sample random generators make a seeded run give the same numbers
 * whatever the timing. Cancel and pause take effect between batches.
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
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, Workers.daemon("train")) : null;
        List<Slice> slices = new ArrayList<>();
        int perSlice = (config.batchSize() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            slices.add(new Slice(net.newPass(perSlice, kernels), train.shape().size()));
        }
        float[] grads = new float[net.params().length];
        int n = train.size();
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        long step = 0, images = 0;
        double trainingNanos = 0;
        Evaluation lastEval = null;
        long start = System.nanoTime();
        try {
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
                    runBatch(pool, slices, train, order, from, to, epoch);
                    float loss = 0;
                    int correct = 0;
                    java.util.Arrays.fill(grads, 0f);
                    for (Slice s : slices) {          // fixed order: reproducible sums
                        loss += s.loss;
                        correct += s.correct;
                        float[] g = s.grads;
                        for (int i = 0; i < grads.length; i++) {
                            grads[i] += g[i];
                        }
                    }
                    int count = to - from;
                    float scale = 1f / count;
                    for (int i = 0; i < grads.length; i++) {
                        grads[i] *= scale;
                    }
                    // A mean loss of 30 means the right class gets e^-30 on average: no run recovers from that.
                    if (!Float.isFinite(loss) || loss / count > DIVERGED_LOSS) {
                        return end(TrainingResult.Status.DIVERGED, step, images, start, trainingNanos, lastEval,
                                "training diverged at step " + step + ": the loss became " + loss / count
                                        + ". Try a smaller learning rate (now " + optimizer.learningRate() + ").");
                    }
                    optimizer.step(net.params(), grads);
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
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void runBatch(ExecutorService pool, List<Slice> slices, Samples train, int[] order,
                          int from, int to, int epoch) {
        int t = slices.size(), count = to - from;
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 1; w < t; w++) {
            Slice s = slices.get(w);
            int a = from + count * w / t, z = from + count * (w + 1) / t;
            futures.add(pool.submit(() -> s.run(train, order, a, z, epoch, config)));
        }
        slices.get(0).run(train, order, from, from + count / t, epoch, config);
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a training thread failed: " + e.getCause(), e.getCause());
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

    /** One thread's share of a batch: its working memory and its gradient sum. */
    private static final class Slice {
        final Pass pass;
        final float[] grads;
        final float[] image;
        final int[] labels;
        float loss;
        int correct;

        Slice(Pass pass, int inputSize) {
            this.pass = pass;
            grads = new float[pass.network().params().length];
            image = new float[inputSize];
            labels = new int[pass.capacity()];
        }

        void run(Samples train, int[] order, int from, int to, int epoch, TrainingConfig config) {
            java.util.Arrays.fill(grads, 0f);
            int n = to - from, size = image.length, classes = pass.network().classes();
            float[] input = pass.input();
            for (int s = 0; s < n; s++) {
                int i = from + s, index = order[i];
                // Each sample's augmentation depends only on (seed, epoch, position): thread-independent.
                SplittableRandom random = config.augment()
                        ? new SplittableRandom(config.seed() ^ (0x9E3779B97F4A7C15L * (epoch * 1_000_003L + i + 1)))
                        : null;
                train.copy(index, image, random);
                System.arraycopy(image, 0, input, s * size, size);
                labels[s] = train.label(index);
            }
            pass.forward(n);
            // Locals, written back once: two slices' fields side by side would share a cache line.
            int sliceCorrect = 0;
            float[] probs = pass.probabilities();
            for (int s = 0; s < n; s++) {
                if (SoftmaxCrossEntropy.argmax(probs, s * classes, classes) == labels[s]) {
                    sliceCorrect++;
                }
            }
            loss = n == 0 ? 0 : pass.backward(labels, n, grads);
            correct = sliceCorrect;
        }
    }
}
