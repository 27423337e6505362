package org.receptive.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptive.data.Mnist;
import org.receptive.engine.Architecture;
import org.receptive.engine.Conv2d;
import org.receptive.engine.Network;
import org.receptive.engine.ReceptiveField;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.ui.common.Rect;

/** The Network view's state, without a window. */
class NetworkViewModelTest {

    private final Network net = Network.create(Architecture.named("default"), 3);
    private final NetworkViewModel model = new NetworkViewModel(net, Mnist.test());

    @Test
    void showingADigitRunsTheEngineOnThatTestDigit() {
        assertTrue(model.showDigit(0));
        assertEquals(0, model.digitIndexProperty().get());
        assertEquals(Mnist.test().label(0), model.trueLabelProperty().get());
        assertEquals(7, model.trueLabelProperty().get());
        assertArrayEquals(Mnist.test().image(0), model.stagesProperty().get().get(0).values());
        float[] p = model.predictionProperty().get().probabilities();
        float sum = 0;
        for (float v : p) {
            sum += v;
        }
        assertEquals(1f, sum, 1e-4f);
        assertEquals(SoftmaxCrossEntropy.argmax(p), model.predictionProperty().get().digit());
        assertArrayEquals(net.forward(Mnist.test().image(0)), p, 1e-6f);
    }

    @Test
    void stagesAreTheInputAndEveryLayerOutputOnceWithTheEnginesShapes() {
        model.showDigit(3);
        List<LayerStage> stages = model.stagesProperty().get();
        // default: conv relu pool conv relu pool dense relu dense → input, relu1, pool1, relu2, pool2, relu3
        assertEquals(List.of(0, 2, 3, 5, 6, 8), stages.stream().map(LayerStage::activation).toList());
        for (LayerStage s : stages) {
            var shape = s.activation() == 0 ? net.inputShape() : net.layer(s.activation() - 1).outputShape();
            assertEquals(shape, s.shape());
            assertArrayEquals(net.lastPass().activation(s.activation()), s.values(), "a copy of the engine's own numbers");
        }
        assertEquals(List.of(1, 16, 16, 32, 32, 128), stages.stream().map(s -> s.shape().channels()).toList());
        assertTrue(stages.get(1).caption().contains("16 kernels of 5×5"), stages.get(1).caption());
        assertTrue(stages.get(2).caption().startsWith("Max pooling 1 · 2×2 → 16 maps of 14×14"), stages.get(2).caption());
        assertTrue(stages.get(3).caption().startsWith("Convolution 2 + ReLU"), stages.get(3).caption());
        assertTrue(stages.get(5).vector());
        assertEquals(1, model.firstConvStage());
    }

    @Test
    void selectingANeuronGivesItsFieldOnEveryEarlierStage() {
        model.showDigit(1);
        assertTrue(model.select(4, 5, 3, 2));                    // pool2 output, map 5, row 3, column 2
        assertEquals(new Neuron(6, 5, 3, 2), model.selectedProperty().get());
        Map<Integer, Rect> fields = model.fieldsProperty().get();
        assertEquals(List.of(0, 2, 3, 5), fields.keySet().stream().sorted().toList());
        for (int target : fields.keySet()) {
            ReceptiveField f = ReceptiveField.in(net.layers(), 5, 3, 2, target);
            assertEquals(new Rect(f.top(), f.left(), f.height(), f.width()), fields.get(target));
        }
        assertEquals(new Rect(6, 2, 16, 16), fields.get(0));
        assertEquals("This neuron (map 6 of 32, row 3, column 2) sees a 16×16 patch of the input (rows 6–21, columns 2–17).",
                model.fieldDescriptionProperty().get());
    }

    @Test
    void theFieldStaysWithTheNeuronWhenTheDigitChanges() {
        model.showDigit(1);
        model.select(2, 0, 9, 4);
        Map<Integer, Rect> before = model.fieldsProperty().get();
        model.showDigit(2);
        assertEquals(new Neuron(3, 0, 9, 4), model.selectedProperty().get());
        assertEquals(before, model.fieldsProperty().get());
        model.clearSelection();
        assertTrue(model.fieldsProperty().get().isEmpty());
        assertEquals(NetworkViewModel.NOTHING_SELECTED, model.fieldDescriptionProperty().get());
    }

    @Test
    void aDenseNeuronSeesTheWholeInput() {
        model.showDigit(0);
        assertTrue(model.select(5, 17, 0, 0));
        assertEquals(new Rect(0, 0, 28, 28), model.fieldsProperty().get().get(0));
        assertEquals(new Rect(0, 0, 7, 7), model.fieldsProperty().get().get(6));
        assertEquals("This neuron (18 of 128) sees the whole 28×28 input.", model.fieldDescriptionProperty().get());
    }

    @Test
    void aDigitOutOfRangeIsExplainedAndChangesNothing() {
        model.showDigit(5);
        assertFalse(model.showDigit(10_000));
        assertFalse(model.showDigit(-1));
        assertEquals(5, model.digitIndexProperty().get());
        assertTrue(model.messageProperty().get().contains("0 to 9999"), model.messageProperty().get());
        assertFalse(model.showDigit("seven"));
        assertTrue(model.messageProperty().get().contains("not a digit number"), model.messageProperty().get());
        assertEquals(5, model.digitIndexProperty().get());
        assertTrue(model.showDigit(" 6 "));
        assertEquals("", model.messageProperty().get());
        assertEquals(6, model.digitIndexProperty().get());
    }

    @Test
    void steppingStaysInsideTheTestSet() {
        model.showDigit(0);
        model.step(-1);
        assertEquals(0, model.digitIndexProperty().get());
        model.step(1);
        assertEquals(1, model.digitIndexProperty().get());
        model.showDigit(9999);
        model.step(1);
        assertEquals(9999, model.digitIndexProperty().get());
    }

    @Test
    void inputPixelsAndCellsOutsideAMapAreNotNeurons() {
        model.showDigit(0);
        assertFalse(model.select(0, 0, 3, 3));
        assertFalse(model.select(2, 16, 0, 0));
        assertFalse(model.select(2, 0, 14, 0));
        assertNull(model.selectedProperty().get());
        assertFalse(model.messageProperty().get().isEmpty());
    }

    @Test
    void firstLayerKernelsAreTheEnginesWeights() {
        List<float[][]> kernels = model.firstLayerKernels();
        assertEquals(16, kernels.size());
        Conv2d conv = (Conv2d) net.layer(0);
        assertEquals(conv.weight(4, 0, 2, 3), kernels.get(4)[2][3]);
    }

    @Test
    void everyAnswerListenersSeeBelongsToTheDigitOnShow() {
        List<String> mismatches = new java.util.ArrayList<>();
        model.predictionProperty().addListener((o, was, now) -> {
            int index = model.digitIndexProperty().get();
            float[] expected = net.copy().forward(Mnist.test().image(index));
            if (now.label() != Mnist.test().label(index) || now.digit() != SoftmaxCrossEntropy.argmax(expected)) {
                mismatches.add("digit " + index + " shown with answer " + now.digit() + " and label " + now.label());
            }
        });
        for (int i = 0; i < 20; i++) {
            model.step(1);
        }
        model.showDigit(4321);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aDrawnInputHasNoLabelAndSoNoRightOrWrongVerdict() {
        model.showInput(Mnist.test().image(5));
        Prediction p = model.predictionProperty().get();
        assertEquals(-1, p.label());
        assertEquals("A drawn digit: no label to check against", p.verdictText());
        assertEquals("unlabelled", p.verdictStyle());
    }
}
