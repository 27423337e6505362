package org.receptive.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.ToLongFunction;

/**
 * The threads of a training run, and the order of its sums.
 *
 * <p>What a run computes is fixed by its thread count t alone: each mini-batch is cut into t
 * slices, each slice's parameter gradient is summed over its samples in order, the slices'
 * gradients are added in slice order and averaged, and the optimiser steps. Each batch runs in
 * two phases of tasks on the {@link Crew}:
 * <ol>
 * <li>Slice w's samples, in two runs (each image augmented from its own seed): forward, the
 *     loss, the gradient down to every layer's input. Then, once all of its samples are through,
 *     slice w's parameter gradient, cut into blocks of rows (a convolution's taps, a dense layer's
 *     outputs), each summed over the slice's samples in order ({@link Layer#addGradient}).</li>
 * <li>Blocks of the parameters: the slices' sum, the average and the optimiser's step.</li>
 * </ol>
 * Every task has a home thread, the same from batch to batch: slice w's tasks are thread w's, so its
 * samples' numbers are made and read again on one core, and each core keeps working on the same
 * memory. On this 2-core machine that took two threads from 1.6× one thread's speed to over 1.8×
 * (DEVELOPING, "Where two threads lose against one"). A thread that runs out of its own tasks takes
 * any another has not started, so a thread the operating system holds back delays a batch by at
 * most the task it holds.
 */
final class BatchWorkers implements AutoCloseable {

    /** Blocks of the gradient and of the step per thread: more even out a held-back thread, fewer cost less to hand out. */
    private static final int SHARES_PER_THREAD = 4;

    private final Network net;
    private final Crew crew;
    private final int slices;
    private final Pass[] passes;          // one per crew member, sharing the samples' memory
    private final float[][] images;       // one per crew member
    private final int[] labels;
    private final float[] losses;
    private final int[] chunkStart;       // sample tasks: chunk c is samples chunkStart[c] … chunkStart[c + 1] − 1
    private final int[] chunkSlice;       // and belongs to slice chunkSlice[c]
    private final int[] chunkCorrect;
    private final AtomicIntegerArray samplesLeft;   // per slice, the samples not yet through
    private final float[][] sliceGrads;   // each slice's gradient sum, laid out as the parameters
    private final float[] grads;          // their average
    private final List<Rows> gradientRows;
    private final List<Rows> stepRows;
    private float loss;
    private int correct;
    private int count;
    private int chunks;

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
        chunkSlice = new int[batch];
        chunkCorrect = new int[batch];
        samplesLeft = new AtomicIntegerArray(slices);
        sliceGrads = new float[slices][net.params().length];
        grads = new float[net.params().length];
        // A block of the gradient costs its multiply-adds; a block of the step, its parameters.
        gradientRows = Rows.of(net, slices, l -> l.gradientRowCost() + 1);
        stepRows = Rows.of(net, slices, l -> Math.max(1, l.paramCount() / l.gradientRows()));
    }

    /**
     * Runs samples {@code order[from, to)} forward and backward and sums each slice's parameter
     * gradient; then {@link #loss}, {@link #correct} hold their sums.
     */
    void run(Samples train, int[] order, int from, int to, int epoch, TrainingConfig config) throws InterruptedException {
        count = to - from;
        chunks = cutSamples();
        int size = images[0].length, blocks = gradientRows.size();
        // Tasks: the sample runs of every slice, then each slice's gradient blocks; a task's home is its slice's thread.
        crew.run(chunks + slices * blocks, this::sliceOf, (task, member) -> {
            if (task >= chunks) {
                int w = sliceOf(task);
                crew.awaitUntil(() -> samplesLeft.get(w) == 0);     // another thread may run the slice's last samples
                addGradient(w, gradientRows.get((task - chunks) % blocks), passes[member]);
                return;
            }
            int a = chunkStart[task], n = chunkStart[task + 1] - a;
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
            chunkCorrect[task] = right;
            pass.backwardInputs(labels, a, n, losses);
            samplesLeft.addAndGet(chunkSlice[task], -n);
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
     * Cuts each slice into two sample tasks, three quarters and the last quarter: a layer works best
     * on long runs (a dense layer reads all its weights once a run), and a thread that has run out
     * of its own work can still take the last quarter of a slice its home thread has not reached.
     * One thread takes the batch whole. Returns the number of tasks.
     */
    private int cutSamples() {
        int c = 0;
        for (int w = 0; w < slices; w++) {
            int end = sliceStart(w + 1);
            samplesLeft.set(w, end - sliceStart(w));
            for (int a = sliceStart(w); a < end; c++) {
                chunkStart[c] = a;
                chunkSlice[c] = w;
                a = slices == 1 || a > sliceStart(w) ? end : a + Math.max(1, (end - a) * 3 / 4);
            }
        }
        chunkStart[c] = count;
        return c;
    }

    /** The slice a task of {@link #run} belongs to: a sample run's own, or the slice whose gradient block it is. */
    private int sliceOf(int task) {
        return task < chunks ? chunkSlice[task] : (task - chunks) / gradientRows.size();
    }

    /** Slice w's gradient of one block of rows, summed over its samples in order, into {@code sliceGrads[w]}. */
    private void addGradient(int w, Rows r, Pass pass) {
        float[] g = sliceGrads[w];
        for (int i = 0; i < r.ranges.length; i += 2) {
            java.util.Arrays.fill(g, r.ranges[i], r.ranges[i + 1], 0f);
        }
        net.layer(r.layer).addGradient(pass.activation(r.layer), pass.delta(r.layer + 1), sliceStart(w),
                sliceStart(w + 1) - sliceStart(w), r.first, r.end, g, pass.scratch(r.layer));
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

    /** Adds the last batch's slice gradients, averages them over {@code count} samples and takes the optimiser's step. */
    void step(Optimizer optimizer, float[] params, int count) throws InterruptedException {
        float scale = 1f / count;
        optimizer.begin(params.length);
        crew.run(stepRows.size(), (task, member) -> {
            Rows r = stepRows.get(task);
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
            net.layer(r.layer).parametersChanged(r.first, r.end, passes[member].scratch(r.layer));
        });
    }

    @Override
    public void close() {
        crew.close();
    }

    /** Rows first … end − 1 of layer {@code layer}: one block of a phase's work, covering the parameters in {@code ranges}. */
    private record Rows(int layer, int first, int end, int[] ranges, long cost) {

        /**
         * Cuts every layer's rows into about {@link #SHARES_PER_THREAD} blocks per thread of similar
         * cost (a row of layer l costs {@code rowCost(l)}), in multiples of the layer's
         * {@link Layer#gradientRowGrain grain}, costliest first.
         */
        static List<Rows> of(Network net, int threads, ToLongFunction<Layer> rowCost) {
            long total = 0;
            for (Layer l : net.layers()) {
                total += l.gradientRows() == 0 ? 0 : l.gradientRows() * rowCost.applyAsLong(l);
            }
            long share = threads == 1 ? Long.MAX_VALUE : Math.max(1, total / (SHARES_PER_THREAD * threads));
            List<Rows> rows = new ArrayList<>();
            for (int i = 0; i < net.layers().size(); i++) {
                Layer l = net.layer(i);
                int n = l.gradientRows();
                if (n == 0) {
                    continue;
                }
                long cost = rowCost.applyAsLong(l);
                int grain = l.gradientRowGrain();
                int parts = (int) Math.max(1, Math.min(n / grain, cost * n / share));
                int per = Math.max(grain, Math.round((float) n / parts / grain) * grain);
                for (int r = 0; r < n; r += per) {
                    int end = n - (r + per) < grain ? n : r + per;     // no thin last block: it multiplies slowly
                    rows.add(new Rows(i, r, end, l.gradientRanges(r, end), cost * (end - r)));
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
