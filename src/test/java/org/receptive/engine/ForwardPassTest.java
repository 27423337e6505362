package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A pass that only runs forward (an occlusion map's runs, the evaluator's) keeps no gradient
 * arrays, as large as its activations, and gives the same numbers as a pass that keeps them.
 */
class ForwardPassTest {

    @Test
    void aForwardOnlyPassGivesTheSameActivationsAndKeepsNoGradients() {
        Network net = Network.create(Architecture.parse(VectorPathTest.NETS[0]), 4);
        int n = 5, size = net.inputShape().size();
        float[] inputs = RandomTensors.uniform(new SplittableRandom(3), n * size, 0, 1);
        Pass forward = net.newForwardPass(n, Kernels.best()), full = net.newPass(n, Kernels.best());
        for (Pass p : new Pass[] {forward, full}) {
            System.arraycopy(inputs, 0, p.input(), 0, inputs.length);
            p.forward(n);
        }
        for (int i = 1; i <= net.layers().size(); i++) {
            assertArrayEquals(full.activation(i), forward.activation(i), "activation " + i);
        }
        assertArrayEquals(full.probabilities(), forward.probabilities());
        assertThrows(IllegalStateException.class, () -> forward.gradient(1), "no gradients kept");
        assertThrows(IllegalStateException.class, () -> forward.backward(new int[n], n, new float[net.paramCount()]));
    }
}
