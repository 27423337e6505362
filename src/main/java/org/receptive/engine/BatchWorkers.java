package org.receptive.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The threads of a training run, and the order of its sums.
 *
 * <p>What a run computes is fixed by its thread count t alone: each mini-batch is cut into t
 * slices, each slice's parameter gradient is summed over its samples in order, the slices'
 * gradients are added in slice order and averaged, and the optimiser steps. Who computes what is
 * not fixed: each batch runs in two phases whose tasks any thread of the {@link Crew} takes as it
 * comes free, so a thread the operating system holds back does not hold up the others.
 * <ol>
 * <li>Samples, a few at a time: the image (augmented from its own seed), forward, the loss, and
 *     the gradient down to every layer's input. Each sample's numbers are its own.</li>
 * <li>Rows of each layer's parameter gradient (a convolution's taps, a dense layer's outputs):
 *     for each slice in order, the sum over its samples in order ({@link Layer#addGradient});
 *     then the slices' sum, the average and the optimiser's step for those parameters. A row's
 *     sums do not depend on other rows, so cutting by rows changes no bit.</li>
 * </ol>
 * All samples of a batch keep their activations until its gradient is summed.
 */
final class BatchWorkers implements AutoCloseable {

    /** Shares of the gradient rows per thread: more evens out a held-back thread, fewer cost less to hand out. */
    private static final int SHARES_PER_THREAD = 4;

    private final Network net;
    private final Crew crew;
    private final int slices;
    private final Pass[] passes;          // one per crew member, sharing the samples' memory
    private final float[][] images;       // one per crew member
    private final int[] labels;
    private final float[] losses;
    private final int[] chunkCorrect;
    private final int[] chunkStart;       // the current batch's sample tasks: chunk c is chunkStart[c] … chunkStart[c + 1] − 1
    private final float[][] sliceGrads;   // each slice's gradient sum, laid out as the parameters
    private final float[] grads;          // their average
    private final List<Rows> rows;
    private float loss;
    private int correct;
    private int count;

    BatchWorkers(Network net, TrainingConfig config, Kernels kernels, int inputSize) {
        this.net = net;
        slices = config.threads();
        int batch = config.batchSize();
        crew = new Crew(slices, "train");
        passes = new Pass[slices];
        images = new float[slices][inputSize];
        passes[0] = net.newTrainingPass(batch, kernels);
        for (int w = 1; w < slices; w++) {
            passes[w] = passes[0].sibling();
        }
        labels = new int[batch];
        losses = new float[batch];
        chunkStart = new int[batch + 1];
        chunkCorrect = new int[batch];
        sliceGrads = new float[slices][net.params().length];
        grads = new float[net.params().length];
        rows = Rows.of(net, slices, batch);
    }

    /** Runs samples {@code order[from, to)} forward and backward; then {@link #loss}, {@link #correct} hold their sums. */
    void run(Samples train, int[] order, int from, int to, int epoch, TrainingConfig config) throws InterruptedException {
        count = to - from;
        int size = images[0].length, chunks = cutSamples(count);
        crew.run(chunks, (c, member) -> {
            int a = chunkStart[c], n = chunkStart[c + 1] - a;
            Pass pass = passes[member];
            float[] image = images[member], input = pass.input();
            for (int s = a; s < a + n; s++) {
                int i = from + s, index = order[i];
                // Each sample's augmentation depends only on (seed, epoch, position): thread-independent.
                SplittableRandom random = config.augment()
                        ? new SplittableRandom(config.seed() ^ (0x9E3779B97F4A7C15L * (epoch * 1_000_003L + i + 1)))
                        : null;
                train.copy(index, image, random);
                System.arraycopy(image, 0, input, s * size, size);
                labels[s] = train.label(index);
            }
            pass.forward(a, n);
            int right = 0, classes = net.classes();
            float[] probs = pass.probabilities();
            for (int s = a; s < a + n; s++) {
                if (SoftmaxCrossEntropy.argmax(probs, s * classes, classes) == labels[s]) {
                    right++;
                }
            }
            chunkCorrect[c] = right;
            pass.backwardInputs(labels, a, n, losses);
        });
        loss = 0;
        correct = 0;
        for (int w = 0; w < slices; w++) {         // fixed order: reproducible sums
            float sliceLoss = 0;
            for (int s = sliceStart(w); s < sliceStart(w + 1); s++) {
                sliceLoss += losses[s];
            }
            loss += sliceLoss;
        }
        for (int c = 0; c < chunks; c++) {
            correct += chunkCorrect[c];
        }
    }

    /**
     * Cuts a batch of {@code count} samples into tasks that shrink as the batch runs out (each a
     * 2·threads-th of what is left): long runs first, where a layer works best, and single samples
     * last, so a thread that comes free near the end finds work and no thread waits for another's
     * long task. One thread takes the batch whole. Returns the number of tasks.
     */
    private int cutSamples(int count) {
        int c = 0;
        for (int a = 0; a < count; c++) {
            chunkStart[c] = a;
            a += slices == 1 ? count : Math.max(1, (count - a + 2 * slices - 1) / (2 * slices));
        }
        chunkStart[c] = count;
        return c;
    }

    /** Where slice w of the current batch starts (slice {@code slices} is the end). */
    private int sliceStart(int w) {
        return count * w / slices;
    }

    /** Sum of the last batch's sample losses. */
    float loss() {
        return loss;
    }

    /** How many of the last batch's samples the network got right. */
    int correct() {
        return correct;
    }

    /** Sums the last batch's gradients, averages them over {@code count} samples and takes the optimiser's step. */
    void step(Optimizer optimizer, float[] params, int count) throws InterruptedException {
        float scale = 1f / count;
        optimizer.begin(params.length);
        crew.run(rows.size(), (task, member) -> {
            Rows r = rows.get(task);
            Layer layer = net.layer(r.layer);
            Pass pass = passes[member];
            for (int w = 0; w < slices; w++) {
                float[] g = sliceGrads[w];
                for (int i = 0; i < r.ranges.length; i += 2) {
                    java.util.Arrays.fill(g, r.ranges[i], r.ranges[i + 1], 0f);
                }
                layer.addGradient(pass.activation(r.layer), pass.delta(r.layer + 1), sliceStart(w), sliceStart(w + 1) - sliceStart(w),
                        r.first, r.end, g, pass.scratch(r.layer));
            }
            for (int i = 0; i < r.ranges.length; i += 2) {
                int a = r.ranges[i], z = r.ranges[i + 1];
                java.util.Arrays.fill(grads, a, z, 0f);
                for (float[] g : sliceGrads) {     // fixed order: reproducible sums
                    for (int j = a; j < z; j++) {
                        grads[j] += g[j];
                    }
                }
                for (int j = a; j < z; j++) {
                    grads[j] *= scale;
                }
                optimizer.update(params, grads, a, z);
            }
            layer.parametersChanged(r.first, r.end, pass.scratch(r.layer));
        });
    }

    @Override
    public void close() {
        crew.close();
    }

    /**
     * Rows first … end − 1 of layer {@code layer}'s parameter gradient: one task of the step,
     * covering the parameters in {@code ranges}.
     */
    private record Rows(int layer, int first, int end, int[] ranges, long cost) {

        /**
         * Cuts every layer's gradient into about {@link #SHARES_PER_THREAD} tasks per thread of
         * similar work, in multiples of the layer's {@link Layer#gradientRowGrain grain}, largest first.
         */
        static List<Rows> of(Network net, int threads, int batch) {
            long total = 0;
            for (Layer l : net.layers()) {
                total += (long) l.gradientRows() * (l.gradientRowCost() + 1);
            }
            long share = threads == 1 ? Long.MAX_VALUE : Math.max(1, total / (SHARES_PER_THREAD * threads));
            List<Rows> rows = new ArrayList<>();
            for (int i = 0; i < net.layers().size(); i++) {
                Layer l = net.layer(i);
                int n = l.gradientRows();
                long rowCost = l.gradientRowCost() + 1;
                if (n == 0) {
                    continue;
                }
                int grain = l.gradientRowGrain();
                int parts = (int) Math.max(1, Math.min(n / grain, rowCost * n / share));
                int per = Math.max(grain, Math.round((float) n / parts / grain) * grain);
                for (int r = 0; r < n; r += per) {
                    int end = n - (r + per) < grain ? n : r + per;     // no thin last share: it multiplies slowly
                    rows.add(new Rows(i, r, end, l.gradientRanges(r, end), rowCost * (end - r) * batch));
                    if (end == n) {
                        break;
                    }
                }
            }
            rows.sort(Comparator.comparingLong(Rows::cost).reversed());
            return rows;
        }
    }
}
