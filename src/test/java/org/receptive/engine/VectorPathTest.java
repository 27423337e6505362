package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-Java path (a JVM without the Vector API module) trains to the same bits as the
 * Vector API path, and a sample gives the same bits alone or inside a run of samples.
 */
class VectorPathTest {

    static final String[] NETS = {
            "1x8x8: conv3x3x4p1 relu pool2 conv3x3x20 relu dense4",
            "2x9x7: conv3x3x3p1 relu pool2s1 conv3x3x17p1d2 relu pool2 flatten dense18 relu dense4",
            "1x12x12: conv5x5x6p2s2 relu conv1x1x3 relu pool3s1 dense4",
            // over 65,536 parameters: the threads split the optimiser's step between them
            "1x8x8: conv3x3x4p1 relu dense1100 relu dense4"};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void trainingOnThePlainPathGivesTheBitsOfTheVectorPath(int net) {
        Architecture arch = Architecture.parse(NETS[net]);
        TrainingConfig config = new TrainingConfig(2, 24, 2, 3L, true, 0.9, 0, 0);
        QuadrantLike samples = new QuadrantLike(arch.input(), 150, 5);
        Network plain = Network.create(arch, 1), vector = Network.create(arch, 1);
        List<Float> plainLosses = run(new Trainer(plain, new Adam(0.01), config, Kernels.scalar()), samples);
        List<Float> vectorLosses = run(new Trainer(vector, new Adam(0.01), config, Kernels.best()), samples);
        assertEquals(plainLosses, vectorLosses);
        assertArrayEquals(plain.params(), vector.params());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aSampleGivesTheSameActivationsAloneAndInARun(int net) {
        Network network = Network.create(Architecture.parse(NETS[net]), 4);
        SplittableRandom random = new SplittableRandom(net);
        int size = network.inputShape().size(), n = 19;
        Pass run = network.newPass(n, Kernels.best());
        float[] inputs = RandomTensors.uniform(random, n * size, 0, 1);
        System.arraycopy(inputs, 0, run.input(), 0, inputs.length);
        run.forward(n);
        Pass alone = network.newPass();
        Pass alonePlain = network.newPass(1, Kernels.scalar());
        for (int s = 0; s < n; s++) {
            float[] image = java.util.Arrays.copyOfRange(inputs, s * size, (s + 1) * size);
            alone.forward(image);
            alonePlain.forward(image);
            for (int i = 1; i <= network.layers().size(); i++) {
                int len = alone.activation(i).length;
                float[] inRun = java.util.Arrays.copyOfRange(run.activation(i), s * len, (s + 1) * len);
                assertArrayEquals(alone.activation(i), inRun, "sample " + s + ", activation " + i);
                assertArrayEquals(alone.activation(i), alonePlain.activation(i), "plain path, sample " + s + ", activation " + i);
            }
        }
    }

    private static List<Float> run(Trainer trainer, Samples samples) {
        List<Float> losses = new ArrayList<>();
        TrainingResult r = trainer.train(samples, null, new TrainingListener() {
            @Override public void batchDone(BatchEvent e) { losses.add(e.loss()); }
        });
        assertEquals(TrainingResult.Status.COMPLETED, r.status(), r.message());
        return losses;
    }

    /** Noise images of any shape whose label is the brighter half-plane quarter, with seeded noise when augmenting. */
    private record QuadrantLike(Shape shape, int size, long seed) implements Samples {
        @Override public int label(int i) { return i % 4; }

        @Override
        public void copy(int i, float[] dest, SplittableRandom random) {
            SplittableRandom r = new SplittableRandom(seed * 1_000 + i);
            for (int j = 0; j < dest.length; j++) {
                int y = (j / shape.width()) % shape.height(), x = j % shape.width();
                int quadrant = (y * 2 / shape.height()) * 2 + x * 2 / shape.width();
                dest[j] = (float) r.nextDouble(0, 0.6) + (quadrant == i % 4 ? 0.4f : 0f)
                        + (random == null ? 0f : (float) random.nextDouble(0, 0.05));
            }
        }
    }
}
