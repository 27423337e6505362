package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every random thing takes a seed: the same seed gives the same weights, batches and results. */
class ReproducibilityTest {

    static final Architecture ARCH = Architecture.parse("1x8x8: conv3x3x4p1 relu pool2 conv3x3x6 relu dense4");
    static final TrainingConfig CONFIG = new TrainingConfig(3, 16, 2, 9L, true, 0.9, 0, 0);

    @Test
    void theSameSeedGivesTheSameWeights() {
        assertArrayEquals(Network.create(ARCH, 42).params(), Network.create(ARCH, 42).params());
        float[] a = Network.create(ARCH, 42).params(), b = Network.create(ARCH, 43).params();
        int same = 0, weights = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0f || b[i] != 0f) {                 // biases start at 0 whatever the seed
                weights++;
                same += a[i] == b[i] ? 1 : 0;
            }
        }
        assertTrue(weights > 300 && same == 0, same + " of " + weights + " weights equal across seeds");

        Network net = Network.create(ARCH, 42);
        net.initialise(7);
        assertArrayEquals(Network.create(ARCH, 7).params(), net.params());
    }

    @Test
    void twoRunsWithTheSameSeedAndThreadsAreBitIdentical() {
        Run first = Run.of(CONFIG), second = Run.of(CONFIG);
        assertArrayEquals(first.params, second.params);
        assertEquals(first.losses, second.losses);
        assertTrue(first.losses.get(first.losses.size() - 1) < first.losses.get(0), "it did learn: " + first.losses);

        Run otherSeed = Run.of(CONFIG.withSeed(10));
        assertTrue(!Arrays.equals(first.params, otherSeed.params), "another seed shuffles differently");
    }

    @Test
    void oneThreadAndTwoThreadsDifferOnlyInSummationOrder() {
        // The batch gradient is summed per thread and then across threads, so one thread and two
        // add the same per-sample gradients in a different order: not bit-identical, but equal
        // up to float rounding (each sample's image and gradient do not depend on the threads).
        Run one = Run.of(CONFIG.withThreads(1)), two = Run.of(CONFIG), three = Run.of(CONFIG.withThreads(3));
        for (Run other : List.of(two, three)) {
            double worst = 0;
            for (int i = 0; i < one.params.length; i++) {
                worst = Math.max(worst, Math.abs(one.params[i] - other.params[i]) / Math.max(1, Math.abs(one.params[i])));
            }
            assertTrue(worst < 1e-5, "largest parameter difference " + worst);   // measured: ~2e−7
            for (int b = 0; b < one.losses.size(); b++) {
                assertEquals(one.losses.get(b), other.losses.get(b), 1e-5, "loss of batch " + b);
            }
        }
    }

    @Test
    void evaluationDoesNotDependOnTheThreadCount() {
        Network net = Network.create(ARCH, 3);
        QuadrantSamples samples = new QuadrantSamples(300, 4);
        Evaluation one = Evaluator.evaluate(net, samples, 0, 1);
        Evaluation four = Evaluator.evaluate(net, samples, 0, 4);
        assertEquals(300, four.count());
        assertEquals(one.correct(), four.correct());
        assertTrue(Arrays.deepEquals(one.confusion(), four.confusion()));
        assertEquals(one.meanLoss(), four.meanLoss(), 1e-9);
        int total = 0;
        for (int[] row : four.confusion()) {
            total += Arrays.stream(row).sum();
        }
        assertEquals(300, total);
        assertEquals(120, Evaluator.evaluate(net, samples, 120, 2).count());
    }

    /** The parameters and per-batch losses of a training run from a fixed seed. */
    record Run(float[] params, List<Float> losses) {
        static Run of(TrainingConfig config) {
            Network net = Network.create(ARCH, 1);
            List<Float> losses = new ArrayList<>();
            TrainingResult r = new Trainer(net, new Adam(0.01), config).train(new QuadrantSamples(200, 1), null,
                    new TrainingListener() {
                        @Override public void batchDone(BatchEvent e) { losses.add(e.loss()); }
                    });
            assertEquals(TrainingResult.Status.COMPLETED, r.status());
            return new Run(net.copyParams(), losses);
        }
    }
}
