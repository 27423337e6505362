package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * However the trainer's threads share out a batch (each slice's samples in runs, its gradient cut
 * into blocks of rows, any run or block taken by another thread), it computes what its definition
 * says: each of t slices' gradient summed sample after sample through {@link Pass#backward}, the
 * slices added in order, averaged, one optimiser step. The reference below is that definition,
 * written plainly.
 */
class BatchWorkersTest {

    /**
     * Layers whose gradients are cut into several blocks both ways: 101 taps of 40 filters (along
     * the taps, blocks of 48, which do not start on a kernel row of 5), 361 taps of 12 filters
     * (along the filters, blocks of 4), 20 dense rows.
     */
    static final Architecture ARCH = Architecture.parse("4x6x6: conv5x5x40p2 relu conv3x3x12 relu pool2 dense20 relu dense4");

    @ParameterizedTest(name = "{0} threads, batch {1}")
    @CsvSource({"1, 10", "2, 10", "3, 10", "2, 7", "4, 3"})
    void theTrainerComputesTheSlicesSummedInOrder(int threads, int batch) {
        Samples samples = new Noise(ARCH.input(), 40);
        TrainingConfig config = new TrainingConfig(1, batch, threads, 2L, false, 1.0, 0, 0);
        Network trained = Network.create(ARCH, 5), reference = Network.create(ARCH, 5);
        List<Float> losses = new ArrayList<>();
        TrainingResult r = new Trainer(trained, new Adam(0.01), config).train(samples, null, new TrainingListener() {
            @Override public void batchDone(BatchEvent e) { losses.add(e.loss()); }
        });
        assertEquals(TrainingResult.Status.COMPLETED, r.status(), r.message());
        List<Float> referenceLosses = trainByDefinition(reference, samples, config);
        assertEquals(referenceLosses, losses);
        assertArrayEquals(reference.params(), trained.params());
    }

    /**
     * A sample that cannot be read, in either thread's slice, found while the other thread waits
     * for that slice's samples: the run ends with that failure as the cause, and no thread hangs.
     */
    @ParameterizedTest(name = "the broken sample at position {0} of the batch")
    @CsvSource({"1", "8"})
    void aSampleThatFailsEndsTheRunWithItsCause(int position) {
        Samples noise = new Noise(ARCH.input(), 40);
        IllegalArgumentException broken = new IllegalArgumentException("sample unreadable");
        TrainingConfig config = new TrainingConfig(1, 10, 2, 2L, false, 1.0, 0, 0);
        int[] order = Trainer.permutation(40, config.seed() * 31);
        Samples failing = new Samples() {
            @Override public int size() { return noise.size(); }
            @Override public Shape shape() { return noise.shape(); }
            @Override public int label(int i) { return noise.label(i); }
            @Override public void copy(int i, float[] dest, java.util.SplittableRandom random) {
                if (i == order[position]) {
                    try {
                        Thread.sleep(200);      // meanwhile the other thread runs out of work and waits for this slice
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw broken;
                }
                noise.copy(i, dest, random);
            }
        };
        Throwable thrown = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> assertThrows(RuntimeException.class,
                () -> new Trainer(Network.create(ARCH, 5), new Adam(0.01), config).train(failing, null, new TrainingListener() { })));
        assertSame(broken, thrown instanceof IllegalStateException ? thrown.getCause() : thrown);
    }

    /** One epoch: per batch, t slices through their own pass, gradients summed in slice order. */
    private static List<Float> trainByDefinition(Network net, Samples samples, TrainingConfig config) {
        Adam adam = new Adam(0.01);
        int t = config.threads(), n = samples.size(), size = net.inputShape().size();
        int[] order = Trainer.permutation(n, config.seed() * 31);
        float[] image = new float[size], grads = new float[net.paramCount()];
        List<Float> losses = new ArrayList<>();
        for (int from = 0; from < n; from += config.batchSize()) {
            int count = Math.min(config.batchSize(), n - from);
            float[][] sliceGrads = new float[t][net.paramCount()];
            float loss = 0;
            for (int w = 0; w < t; w++) {
                int a = from + count * w / t, z = from + count * (w + 1) / t;
                if (z == a) {
                    continue;
                }
                Pass pass = net.newPass(z - a, Kernels.best());
                int[] labels = new int[z - a];
                for (int s = a; s < z; s++) {
                    samples.copy(order[s], image, null);
                    System.arraycopy(image, 0, pass.input(), (s - a) * size, size);
                    labels[s - a] = samples.label(order[s]);
                }
                pass.forward(z - a);
                loss += pass.backward(labels, z - a, sliceGrads[w]);
            }
            java.util.Arrays.fill(grads, 0f);
            for (float[] g : sliceGrads) {
                for (int i = 0; i < grads.length; i++) {
                    grads[i] += g[i];
                }
            }
            for (int i = 0; i < grads.length; i++) {
                grads[i] *= 1f / count;
            }
            adam.step(net.params(), grads);
            losses.add(loss / count);
        }
        return losses;
    }

    /** Seeded noise images with labels by sample number. */
    private record Noise(Shape shape, int size) implements Samples {
        @Override public int label(int i) { return i % 4; }

        @Override
        public void copy(int i, float[] dest, java.util.SplittableRandom random) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(i);
            for (int j = 0; j < dest.length; j++) {
                dest[j] = (float) r.nextDouble() + (j % 4 == i % 4 ? 0.5f : 0f);
            }
        }
    }
}
