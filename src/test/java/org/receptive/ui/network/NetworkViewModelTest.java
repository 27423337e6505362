package org.receptive.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptive.data.Mnist;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;
import org.receptive.engine.ReceptiveField;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.ui.common.Rect;

/** The Network view's state, without a window. */
class NetworkViewModelTest {

    private final Network net = Network.create(Architecture.named("default"), 3);
    private final NetworkViewModel model = new NetworkViewModel(net, Mnist.test());

    @Test
    void showingADigitRunsTheEngineAndKeepsItsActivations() {
        assertTrue(model.showDigit(0));
        assertEquals(7, model.trueLabelProperty().get());
        float[] p = model.probabilitiesProperty().get();
        float sum = 0;
        for (float v : p) {
            sum += v;
        }
        assertEquals(1f, sum, 1e-4f);
        assertEquals(SoftmaxCrossEntropy.argmax(p), model.predictedProperty().get());
        assertArrayEquals(net.forward(Mnist.test().image(0)), p, 1e-6f);
    }

    @Test
    void stagesAreTheInputAndEverySpatialMapOnce() {
        model.showDigit(3);
        List<Stage> stages = model.stagesProperty().get();
        // default: conv relu pool conv relu pool dense relu dense → input, relu1, pool1, relu2, pool2
        assertEquals(List.of(0, 2, 3, 5, 6), stages.stream().map(Stage::activation).toList());
        for (Stage s : stages) {
            assertEquals(s.shape().size(), s.values().length);
            assertArrayEquals(net.lastPass().activation(s.activation()), s.values(), "a copy of the engine's own numbers");
        }
        assertEquals(16, stages.get(1).shape().channels());
        assertTrue(stages.get(1).caption().contains("16 kernels of 5×5"), stages.get(1).caption());
        assertTrue(stages.get(2).caption().startsWith("Max pooling 2×2"), stages.get(2).caption());
    }

    @Test
    void selectingANeuronGivesItsFieldOnEveryEarlierStage() {
        model.showDigit(1);
        model.select(4, 5, 3, 2);                    // pool2 output, map 5, row 3, column 2
        Map<Integer, Rect> fields = model.fieldsProperty().get();
        assertEquals(List.of(0, 2, 3, 5), fields.keySet().stream().sorted().toList());
        for (int target : fields.keySet()) {
            ReceptiveField f = ReceptiveField.in(net.layers(), 5, 3, 2, target);
            assertEquals(new Rect(f.top(), f.left(), f.height(), f.width()), fields.get(target));
        }
        Rect input = fields.get(0);
        assertEquals(new Rect(6, 2, 16, 16), input);
        assertTrue(model.fieldDescriptionProperty().get().contains("16×16 patch"), model.fieldDescriptionProperty().get());
    }

    @Test
    void aDigitOutOfRangeIsExplainedAndChangesNothing() {
        model.showDigit(5);
        assertFalse(model.showDigit(10_000));
        assertEquals(5, model.digitIndexProperty().get());
        assertTrue(model.messageProperty().get().contains("0 to 9999"), model.messageProperty().get());
        assertTrue(model.showDigit(6));
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void firstLayerKernelsAreTheEnginesWeights() {
        List<float[]> kernels = model.firstLayerKernels();
        assertEquals(16, kernels.size());
        org.receptive.engine.Conv2d conv = (org.receptive.engine.Conv2d) net.layer(0);
        assertEquals(conv.weight(4, 0, 2, 3), kernels.get(4)[2 * 5 + 3]);
    }
}
