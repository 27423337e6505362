package org.receptive.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads of a training run. Each mini-batch is cut into one slice per thread; every thread
 * runs its slice forward and backward through a {@link Pass} of its own and sums the slice's
 * gradients in a buffer of its own. Then each thread adds up the buffers, in slice order, over
 * its share of the parameters and takes the optimiser's step there, so no thread waits for a
 * single-threaded sum of a large network's gradients. The order of every sum is fixed: a seeded
 * run gives the same numbers whatever the timing.
 */
final class BatchWorkers implements AutoCloseable {

    /** Below this many parameters one thread sums and steps: a hand-over costs more than it saves. */
    private static final int SPLIT_STEP_FROM = 1 << 16;

    private final List<Slice> slices = new ArrayList<>();
    private final ExecutorService pool;
    private final float[] grads;
    private float loss;
    private int correct;

    BatchWorkers(Network net, TrainingConfig config, Kernels kernels, int inputSize) {
        int threads = config.threads();
        pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, Workers.daemon("train")) : null;
        int perSlice = (config.batchSize() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            slices.add(new Slice(net.newPass(perSlice, kernels), inputSize));
        }
        grads = new float[net.params().length];
    }

    /** Runs samples {@code order[from, to)} forward and backward; then {@link #loss}, {@link #correct} hold their sums. */
    void run(Samples train, int[] order, int from, int to, int epoch, TrainingConfig config) throws InterruptedException {
        int t = slices.size(), count = to - from;
        inParallel(w -> slices.get(w).run(train, order, from + count * w / t, from + count * (w + 1) / t, epoch, config));
        loss = 0;
        correct = 0;
        for (Slice s : slices) {                 // fixed order: reproducible sums
            loss += s.loss;
            correct += s.correct;
        }
    }

    /** Sum of the last batch's sample losses. */
    float loss() {
        return loss;
    }

    /** How many of the last batch's samples the network got right. */
    int correct() {
        return correct;
    }

    /** Averages the slices' gradients over {@code count} samples and takes the optimiser's step. */
    void step(Optimizer optimizer, float[] params, int count) throws InterruptedException {
        float scale = 1f / count;
        optimizer.begin(params.length);
        int t = params.length < SPLIT_STEP_FROM ? 1 : slices.size(), n = params.length;
        inParallel(t, w -> {
            int a = (int) ((long) n * w / t), z = (int) ((long) n * (w + 1) / t);
            java.util.Arrays.fill(grads, a, z, 0f);
            for (Slice s : slices) {             // fixed order: reproducible sums
                float[] g = s.grads;
                for (int i = a; i < z; i++) {
                    grads[i] += g[i];
                }
            }
            for (int i = a; i < z; i++) {
                grads[i] *= scale;
            }
            optimizer.update(params, grads, a, z);
        });
    }

    private void inParallel(Share share) throws InterruptedException {
        inParallel(slices.size(), share);
    }

    /** Runs shares 1 … t−1 on the pool and share 0 here, and waits for all. */
    private void inParallel(int t, Share share) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 1; w < t; w++) {
            int which = w;
            futures.add(pool.submit(() -> share.run(which)));
        }
        share.run(0);
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a training thread failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** One thread's part of a batch. */
    private interface Share {
        void run(int which);
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
