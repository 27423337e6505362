package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptive.data.Augmentation;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;

/**
 * Training gives, bit for bit, the weights the engine gave when the embedded default model's
 * command was fixed (2026-12-02, commit 78f23db): the README promises that command reproduces the
 * model file, so a faster engine must not change one bit for the same seed and thread count.
 * Each case trains on the first augmented MNIST digits as {@code train --augment} does, on both
 * the Vector API path and the plain-Java path, and compares a SHA-256 of the weights' bits.
 */
class ArithmeticPinTest {

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("lenet-small", 32, 1, 320,
                        "3f790ed3b62e345a43833b7b057b5a4cee6f7dc7afb71b73c0b09c7b3502263c"),
                Arguments.of("lenet-small", 32, 2, 320,
                        "9844fa43f526e7e3f74e2d29d64e69998c300c10b24d450be8345ab060748c64"),
                // the default model has over 65,536 parameters: the threads split the optimiser's step
                Arguments.of("default", 32, 2, 192,
                        "da9b0e4bda6a2df8925418f41d6af90d4f1faacb21e99be0b39205ee2fd3b880"),
                Arguments.of("default", 50, 3, 150,
                        "0b809b6d58a061052421d49cdc2d31af200b48e3ea82367175e3f66ff9665254"));
    }

    @ParameterizedTest(name = "{0}, batch {1}, {2} thread(s)")
    @MethodSource("runs")
    void trainingGivesTheWeightsOfTheFixedArithmetic(String arch, int batch, int threads, int images, String expected) {
        Dataset train = Mnist.train().subset(0, images).withAugmentation(Augmentation.DEFAULT);
        TrainingConfig config = new TrainingConfig(2, batch, threads, 3L, true, 0.9, 0, 0);
        assertEquals(expected, weights(arch, config, train, Kernels.best()), "Vector API path");
        assertEquals(expected, weights(arch, config, train, Kernels.scalar()), "plain-Java path");
    }

    private static String weights(String arch, TrainingConfig config, Dataset train, Kernels kernels) {
        Network net = Network.create(Architecture.named(arch), config.seed());
        TrainingResult r = new Trainer(net, new Adam(1e-3), config, kernels).train(train, null, new TrainingListener() { });
        assertEquals(TrainingResult.Status.COMPLETED, r.status(), r.message());
        ByteBuffer bits = ByteBuffer.allocate(4 * net.paramCount());
        for (float p : net.params()) {
            bits.putInt(Float.floatToRawIntBits(p));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bits.array()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
