package org.receptive.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Scores a network on labelled samples, splitting the work over threads. */
public final class Evaluator {

    private Evaluator() {
    }

    /** Evaluates the first {@code count} samples (all when count is 0 or too large). */
    public static Evaluation evaluate(Network net, Samples samples, int count, int threads) {
        int n = count <= 0 ? samples.size() : Math.min(count, samples.size());
        int workers = Math.max(1, Math.min(threads, n / 64 + 1));
        if (workers == 1) {
            return range(net, samples, 0, n);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, Workers.daemon("evaluate"));
        try {
            List<Future<Evaluation>> parts = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int from = (int) ((long) n * w / workers), to = (int) ((long) n * (w + 1) / workers);
                parts.add(pool.submit(() -> range(net, samples, from, to)));
            }
            int classes = net.classes(), correct = 0;
            double loss = 0;
            int[][] confusion = new int[classes][classes];
            for (Future<Evaluation> f : parts) {
                Evaluation e = f.get();
                correct += e.correct();
                loss += e.meanLoss() * e.count();
                for (int i = 0; i < classes; i++) {
                    for (int j = 0; j < classes; j++) {
                        confusion[i][j] += e.confusion()[i][j];
                    }
                }
            }
            return new Evaluation(n, correct, loss / n, confusion);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Samples a worker runs through the network at once: each layer then works on all of them. */
    static final int RUN = 32;

    private static Evaluation range(Network net, Samples samples, int from, int to) {
        Pass pass = net.newForwardPass(Math.max(1, Math.min(RUN, to - from)), Kernels.best());
        int size = samples.shape().size();
        float[] image = new float[size];
        float[] input = pass.input(), probs = pass.probabilities();
        int classes = net.classes(), correct = 0;
        int[][] confusion = new int[classes][classes];
        double loss = 0;
        for (int start = from; start < to; start += pass.capacity()) {
            int n = Math.min(pass.capacity(), to - start);
            for (int s = 0; s < n; s++) {
                samples.copy(start + s, image, null);
                System.arraycopy(image, 0, input, s * size, size);
            }
            pass.forward(n);
            for (int s = 0; s < n; s++) {
                int label = samples.label(start + s);
                int guess = SoftmaxCrossEntropy.argmax(probs, s * classes, classes);
                confusion[label][guess]++;
                if (guess == label) {
                    correct++;
                }
                loss -= Math.log(Math.max(probs[s * classes + label], 1e-30f));
            }
        }
        int count = to - from;
        return new Evaluation(count, correct, count == 0 ? 0 : loss / count, confusion);
    }
}
