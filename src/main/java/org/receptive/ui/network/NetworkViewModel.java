package org.receptive.ui.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.data.Dataset;
import org.receptive.engine.Conv2d;
import org.receptive.engine.Layer;
import org.receptive.engine.Network;
import org.receptive.engine.Pass;
import org.receptive.engine.ReceptiveField;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.ui.common.Rect;

/**
 * The Network view's state: which test digit is shown, what every drawn layer computed for it
 * (copies of the engine's own activations), the prediction, and the neuron the student picked
 * with its receptive field on every earlier stage.
 */
public final class NetworkViewModel {

    private final Network network;
    private final Dataset digits;
    private final Random random = new Random(7);

    private final IntegerProperty digitIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyIntegerWrapper trueLabel = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper predicted = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>(new float[10]);
    private final ReadOnlyObjectWrapper<List<Stage>> stages = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Neuron> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<Integer, Rect>> fields = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper fieldDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public NetworkViewModel(Network network, Dataset digits) {
        this.network = network;
        this.digits = digits;
        selected.addListener((o, was, now) -> updateFields());
    }

    /** Shows test digit {@code index}; an index out of range leaves the view as it is and says why. */
    public boolean showDigit(int index) {
        if (index < 0 || index >= digits.size()) {
            message.set("There is no digit " + index + ": pick 0 to " + (digits.size() - 1) + ".");
            return false;
        }
        message.set("");
        float[] probs = network.forward(digits.image(index));
        Pass pass = network.lastPass();
        List<Layer> layers = network.layers();
        List<Stage> drawn = new ArrayList<>();
        int conv = 0;
        for (int a = 0; a <= layers.size(); a++) {
            if (a > 0 && layers.get(a - 1) instanceof Conv2d) {
                conv++;
            }
            if (StageCaptions.drawn(layers, a)) {
                float[] v = pass.activation(a).clone();
                float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
                for (float f : v) {
                    min = Math.min(min, f);
                    max = Math.max(max, f);
                }
                var shape = a == 0 ? network.inputShape() : layers.get(a - 1).outputShape();
                drawn.add(new Stage(a, StageCaptions.caption(layers, a, conv), shape, v, min, max));
            }
        }
        digitIndex.set(index);
        trueLabel.set(digits.label(index));
        probabilities.set(probs);
        predicted.set(SoftmaxCrossEntropy.argmax(probs));
        stages.set(List.copyOf(drawn));
        updateFields();
        return true;
    }

    /** Shows a random test digit. */
    public void showRandomDigit() {
        showDigit(random.nextInt(digits.size()));
    }

    /** Picks the neuron at (row, col) of channel {@code channel} of stage {@code stageIndex}. */
    public void select(int stageIndex, int channel, int row, int col) {
        Stage s = stages.get().get(stageIndex);
        selected.set(new Neuron(s.activation(), channel, row, col));
    }

    public void clearSelection() {
        selected.set(null);
    }

    /** Receptive fields of the selected neuron, by activation index of every earlier stage. */
    private void updateFields() {
        Neuron n = selected.get();
        if (n == null || n.activation() == 0) {
            fields.set(Map.of());
            fieldDescription.set(n == null ? "Click any cell of a feature map to see the patch of the input it looks at." : "");
            return;
        }
        Map<Integer, Rect> rects = new LinkedHashMap<>();
        for (Stage s : stages.get()) {
            if (s.activation() < n.activation()) {
                ReceptiveField f = ReceptiveField.in(network.layers(), n.activation() - 1, n.row(), n.col(), s.activation());
                rects.put(s.activation(), new Rect(f.top(), f.left(), f.height(), f.width()));
            }
        }
        fields.set(Map.copyOf(rects));
        Rect in = rects.get(0);
        fieldDescription.set(String.format("This neuron (map %d, row %d, column %d) sees a %d×%d patch of the input: rows %d–%d, columns %d–%d.",
                n.channel() + 1, n.row(), n.col(), in.height(), in.width(),
                in.top(), in.top() + in.height() - 1, in.left(), in.left() + in.width() - 1));
    }

    /** The first convolution's kernels (input channel 0), each k×k row-major, with their bias. */
    public List<float[]> firstLayerKernels() {
        for (Layer l : network.layers()) {
            if (l instanceof Conv2d c) {
                int k = ((org.receptive.engine.LayerSpec.Conv) c.spec()).kernel();
                List<float[]> kernels = new ArrayList<>();
                for (int o = 0; o < c.outputShape().channels(); o++) {
                    float[] w = new float[k * k];
                    for (int y = 0; y < k; y++) {
                        for (int x = 0; x < k; x++) {
                            w[y * k + x] = c.weight(o, 0, y, x);
                        }
                    }
                    kernels.add(w);
                }
                return kernels;
            }
        }
        return List.of();
    }

    public IntegerProperty digitIndexProperty() { return digitIndex; }
    public ReadOnlyIntegerProperty trueLabelProperty() { return trueLabel.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty predictedProperty() { return predicted.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<float[]> probabilitiesProperty() { return probabilities.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<Stage>> stagesProperty() { return stages.getReadOnlyProperty(); }
    public ObjectProperty<Neuron> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Map<Integer, Rect>> fieldsProperty() { return fields.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fieldDescriptionProperty() { return fieldDescription.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public int digitCount() { return digits.size(); }
    public Network network() { return network; }
}
