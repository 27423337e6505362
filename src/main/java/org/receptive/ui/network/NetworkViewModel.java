package org.receptive.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.data.Dataset;
import org.receptive.engine.Conv2d;
import org.receptive.engine.Layer;
import org.receptive.engine.Network;
import org.receptive.engine.Pass;
import org.receptive.engine.ReceptiveField;
import org.receptive.engine.Shape;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.ui.common.Rect;

/**
 * The Network view's state: which test digit is shown, what every drawn layer computed for it
 * (copies of the engine's own activations), the prediction, and the neuron the student picked
 * with its receptive field on every earlier stage. No nodes: tested without a window.
 */
public final class NetworkViewModel {

    static final String NOTHING_SELECTED = "Click any cell of a feature map to see which patch of the input it looks at.";

    private final Network network;
    private final Dataset digits;
    private final Random random = new Random(7);

    private final ReadOnlyIntegerWrapper digitIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper trueLabel = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Prediction> prediction;
    private final ReadOnlyObjectWrapper<List<LayerStage>> stages = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Neuron> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<Integer, Rect>> fields = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper fieldDescription = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<float[]> input = new ReadOnlyObjectWrapper<>();

    public NetworkViewModel(Network network, Dataset digits) {
        this.network = network;
        this.digits = digits;
        this.prediction = new ReadOnlyObjectWrapper<>(Prediction.none(network.classes()));
        selected.addListener((o, was, now) -> updateFields());
    }

    /** Shows test digit {@code index}; an index out of range leaves everything as it is and says why. */
    public boolean showDigit(int index) {
        if (index < 0 || index >= digits.size()) {
            message.set("There is no test digit " + index + ": pick 0 to " + (digits.size() - 1) + ".");
            return false;
        }
        message.set("");
        digitIndex.set(index);
        trueLabel.set(digits.label(index));
        run(digits.image(index));
        return true;
    }

    /**
     * Shows any input of the network's shape (e.g. a drawing after preprocessing) instead of a
     * test digit: there is then no test-set index and no true label (both −1).
     */
    public void showInput(float[] input) {
        if (input.length != network.inputShape().size()) {
            throw new IllegalArgumentException("the network reads " + network.inputShape() + " = "
                    + network.inputShape().size() + " numbers, not " + input.length);
        }
        message.set("");
        digitIndex.set(-1);
        trueLabel.set(-1);
        run(input);
    }

    /** Runs the engine on one input and copies what every drawn layer computed. */
    private void run(float[] image) {
        float[] probs = network.forward(image);
        Pass pass = network.lastPass();
        List<Layer> layers = network.layers();
        List<LayerStage> drawn = new ArrayList<>();
        Map<Class<?>, Integer> seen = new HashMap<>();
        for (int a = 0; a <= layers.size(); a++) {
            if (!StageCaptions.drawn(layers, a)) {
                continue;
            }
            int ordinal = a == 0 ? 0 : seen.merge(StageCaptions.kind(layers, a), 1, Integer::sum);
            float[] v = pass.activation(a).clone();
            float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
            for (float f : v) {
                min = Math.min(min, f);
                max = Math.max(max, f);
            }
            Shape shape = a == 0 ? network.inputShape() : layers.get(a - 1).outputShape();
            drawn.add(new LayerStage(a, StageCaptions.caption(layers, a, ordinal), shape, v, min, max));
        }
        prediction.set(new Prediction(probs, SoftmaxCrossEntropy.argmax(probs), trueLabel.get()));
        stages.set(List.copyOf(drawn));
        input.set(image.clone());
        updateFields();
    }

    /** Shows the digit typed by the student; anything but a whole number in range is explained. */
    public boolean showDigit(String typed) {
        String t = typed == null ? "" : typed.trim();
        try {
            return showDigit(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            message.set("“" + t + "” is not a digit number: type a whole number from 0 to " + (digits.size() - 1) + ".");
            return false;
        }
    }

    /** Shows a random test digit. */
    public void showRandomDigit() {
        showDigit(random.nextInt(digits.size()));
    }

    /** Steps to the next (+1) or previous (−1) test digit, staying within the test set. */
    public void step(int delta) {
        int next = digitIndex.get() + delta;
        if (next >= 0 && next < digits.size()) {
            showDigit(next);
        }
    }

    /**
     * Picks the neuron at (row, col) of channel {@code channel} of stage {@code stageIndex}
     * (for a dense stage, row = col = 0 and the channel is the neuron). Cells of the input are no
     * neurons; a position outside the stage is refused with a message.
     */
    public boolean select(int stageIndex, int channel, int row, int col) {
        List<LayerStage> all = stages.get();
        if (stageIndex < 1 || stageIndex >= all.size()) {
            message.set(stageIndex == 0 ? "The input is pixels, not neurons: click a feature map."
                    : "There is no stage " + stageIndex + ".");
            return false;
        }
        Shape s = all.get(stageIndex).shape();
        if (channel < 0 || channel >= s.channels() || row < 0 || row >= s.height() || col < 0 || col >= s.width()) {
            message.set("LayerStage " + stageIndex + " has " + s + " neurons; there is none at map " + channel + ", row " + row
                    + ", column " + col + ".");
            return false;
        }
        message.set("");
        selected.set(new Neuron(all.get(stageIndex).activation(), channel, row, col));
        return true;
    }

    public void clearSelection() {
        selected.set(null);
    }

    /** Index of the stage showing the first convolution's output (its kernels are drawn there), or −1. */
    public int firstConvStage() {
        List<LayerStage> all = stages.get();
        for (int i = 0; i < network.layers().size(); i++) {
            if (network.layer(i) instanceof Conv2d) {
                for (int si = 0; si < all.size(); si++) {
                    if (all.get(si).activation() > i) {
                        return si;
                    }
                }
            }
        }
        return -1;
    }

    /** Receptive fields of the selected neuron, by activation index of every earlier stage. */
    private void updateFields() {
        Neuron n = selected.get();
        if (n == null) {
            fields.set(Map.of());
            fieldDescription.set(NOTHING_SELECTED);
            return;
        }
        Map<Integer, Rect> rects = new HashMap<>();
        for (LayerStage s : stages.get()) {
            if (s.activation() < n.activation()) {
                ReceptiveField f = ReceptiveField.in(network.layers(), n.activation() - 1, n.row(), n.col(), s.activation());
                rects.put(s.activation(), new Rect(f.top(), f.left(), f.height(), f.width()));
            }
        }
        fields.set(Map.copyOf(rects));
        fieldDescription.set(describe(n, rects.get(0)));
    }

    private String describe(Neuron n, Rect in) {
        Shape s = n.activation() == 0 ? network.inputShape() : network.layer(n.activation() - 1).outputShape();
        String who = s.height() * s.width() == 1
                ? "This neuron (" + (n.channel() + 1) + " of " + s.channels() + ")"
                : "This neuron (map " + (n.channel() + 1) + " of " + s.channels() + ", row " + n.row() + ", column " + n.col() + ")";
        Shape image = network.inputShape();
        if (in.height() == 0 || in.width() == 0) {
            return who + " sees only padding: no pixel of the input.";
        }
        if (in.height() == image.height() && in.width() == image.width()) {
            return who + " sees the whole " + image.height() + "×" + image.width() + " input.";
        }
        return who + " sees a " + in.height() + "×" + in.width() + " patch of the input (rows " + in.top() + "–"
                + (in.top() + in.height() - 1) + ", columns " + in.left() + "–" + (in.left() + in.width() - 1) + ").";
    }

    /** The first convolution's kernels (input channel 0), as rows: what it slides over the input. */
    public List<float[][]> firstLayerKernels() {
        return network.firstConvolution().map(c -> c.kernels(0)).orElse(List.of());
    }

    public ReadOnlyIntegerProperty digitIndexProperty() { return digitIndex.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty trueLabelProperty() { return trueLabel.getReadOnlyProperty(); }
    /** The answer for the input on show, as one value (probabilities, digit and label together). */
    public ReadOnlyObjectProperty<Prediction> predictionProperty() { return prediction.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<LayerStage>> stagesProperty() { return stages.getReadOnlyProperty(); }
    public ObjectProperty<Neuron> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Map<Integer, Rect>> fieldsProperty() { return fields.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fieldDescriptionProperty() { return fieldDescription.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** The input on show (a copy: the test digit or the drawing), or null before the first. */
    public ReadOnlyObjectProperty<float[]> inputProperty() { return input.getReadOnlyProperty(); }
    public int digitCount() { return digits.size(); }
    public Network network() { return network; }
    /** The digits the view shows (the MNIST test set in the app). */
    public Dataset digits() { return digits; }
}
