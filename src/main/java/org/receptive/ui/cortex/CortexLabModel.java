package org.receptive.ui.cortex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.cortex.CombiningUnit;
import org.receptive.cortex.CortexText;
import org.receptive.cortex.FirstLayer;
import org.receptive.cortex.KernelSet;
import org.receptive.cortex.NeuronSheet;
import org.receptive.cortex.OrientedNeuron;
import org.receptive.cortex.SelectiveKernels;
import org.receptive.cortex.StimulusKind;
import org.receptive.cortex.TuningCurve;
import org.receptive.data.Mnist;
import org.receptive.ui.common.Rect;

/**
 * The visual-cortex lab's state: the stimulus on the visual field, a sheet of model neurons whose
 * fields overlap and tile the field, with preset line kernels or the trained model's most
 * orientation-selective first-layer kernels ({@link FirstLayer}), the picked neuron with its
 * tuning curve, and two second-layer cross detectors. No nodes: tested without a window.
 * All maths comes from the plain-Java cortex package.
 */
public final class CortexLabModel {

    /** One neuron of the sheet: kind (orientation index), grid row and column. */
    public record NeuronPick(int kind, int row, int col) {
    }

    /** A second-layer unit's name, what it combines, its response now and the visual-field rectangle it sees. */
    public record UnitState(String name, String combines, float response, Rect field) {
    }

    private final ObjectProperty<KernelSet> kernels = new SimpleObjectProperty<>(KernelSet.PRESET);
    private FirstLayer layer = FirstLayer.preset();
    private boolean swapping;   // while the kernel set is swapped: listeners wait for the whole new state
    private final ObjectProperty<StimulusKind> stimulus = new SimpleObjectProperty<>(StimulusKind.BAR);
    private final DoubleProperty angle = new SimpleDoubleProperty(90);
    private final DoubleProperty centreX = new SimpleDoubleProperty(15);
    private final DoubleProperty centreY = new SimpleDoubleProperty(15);
    private final IntegerProperty digit = new SimpleIntegerProperty(0);
    private final ObjectProperty<NeuronPick> selected = new SimpleObjectProperty<>(new NeuronPick(2, 3, 3));
    private final IntegerProperty selectedUnit = new SimpleIntegerProperty(-1);
    private final BooleanProperty showNeighbours = new SimpleBooleanProperty(false);
    private final BooleanProperty showAllFields = new SimpleBooleanProperty(false);
    String emphasis = "";

    private final ReadOnlyObjectWrapper<float[][]> field = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[][][]> responses = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TuningCurve> tuning = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<UnitState>> unitStates = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");

    public CortexLabModel() {
        angle.addListener((o, was, now) -> {
            double a = now.doubleValue();
            if (a < 0 || a > 180) {
                angle.set(((a % 180) + 180) % 180);   // 190° is the same line as 10°
            } else {
                update();
            }
        });
        kernels.addListener((o, was, now) -> swapLayer(now));
        stimulus.addListener((o, was, now) -> update());
        centreX.addListener((o, was, now) -> update());
        centreY.addListener((o, was, now) -> update());
        digit.addListener((o, was, now) -> {
            int d = Math.max(0, Math.min(Mnist.test().size() - 1, now.intValue()));
            if (d != now.intValue()) {
                digit.set(d);
            } else {
                update();
            }
        });
        selected.addListener((o, was, now) -> {
            updateTuning();
            update();
        });
        selectedUnit.addListener((o, was, now) -> update());
        updateTuning();
        update();
    }

    /**
     * Puts the other kernel set's sheet in place: the stimulus keeps its place relative to the
     * field's centre, and the pick moves to the kind of the nearest preferred angle in the middle.
     */
    private void swapLayer(KernelSet set) {
        double wasAngle = layer.angles()[selected.get().kind()];
        double shift = (set == KernelSet.PRESET ? 1 : -1) * (FirstLayer.PRESET_FIELD - FirstLayer.LEARNED_FIELD) / 2.0;
        // Nothing redraws until the pick, the unit and the centre all fit the new layer: letting the
        // unit go redrew with a 135° pick over the learned set's three kinds (found by the monkey).
        swapping = true;
        try {
            layer = FirstLayer.of(set);
            if (selectedUnit.get() >= layer.units().size()) {
                selectedUnit.set(-1);      // the other set has fewer combining units
            }
            int mid = layer.sheet().rows() / 2;
            selected.set(new NeuronPick(nearestKind(wasAngle), mid, mid));   // the old pick may not exist here
            centreY.set(clamp(centreY.get() + shift));
            centreX.set(clamp(centreX.get() + shift));
        } finally {
            swapping = false;
        }
        updateTuning();
        update();
    }

    /** The kind whose preferred angle is closest to {@code degrees} (as lines: 175° is near 0°). */
    int nearestKind(double degrees) {
        int best = 0;
        for (int k = 1; k < layer.kinds(); k++) {
            if (SelectiveKernels.angleBetween(layer.angles()[k], degrees) < SelectiveKernels.angleBetween(layer.angles()[best], degrees)) {
                best = k;
            }
        }
        return best;
    }

    /** Picks a neuron; a position outside the sheet is ignored and reported as false. */
    public boolean select(int kind, int row, int col) {
        NeuronSheet sheet = layer.sheet();
        if (kind < 0 || kind >= sheet.kinds() || row < 0 || row >= sheet.rows() || col < 0 || col >= sheet.cols()) {
            return false;
        }
        selected.set(new NeuronPick(kind, row, col));
        return true;
    }

    /** Moves the stimulus centre to a visual-field cell (clamped to the field). */
    public void moveTo(double row, double col) {
        centreY.set(clamp(row));
        centreX.set(clamp(col));
    }

    private double clamp(double cell) {
        return Math.max(0, Math.min(layer.fieldSize() - 1, cell));
    }

    /** Turns the stimulus by {@code degrees} (wrapping round 180°). */
    public void turn(double degrees) {
        angle.set(angle.get() + degrees);
    }

    /** Applies a lesson's widget settings (see {@link CortexLabSettings}); returns what it could not use. */
    public List<String> apply(Map<String, String> settings) {
        return CortexLabSettings.apply(this, settings);
    }

    private void updateTuning() {
        if (swapping) {
            return;
        }
        NeuronPick p = selected.get();
        tuning.set(TuningCurve.measure(layer.sheet().neuron(p.kind(), p.row(), p.col()), FirstLayer.TUNING_STEPS));
    }

    private void update() {
        if (swapping) {
            return;
        }
        int size = layer.fieldSize();
        float[] digitPixels = stimulus.get() == StimulusKind.DIGIT ? Mnist.test().image(digit.get()) : null;
        float[][] f = stimulus.get().draw(size, centreY.get(), centreX.get(), angle.get(), digitPixels);
        float[][][] r = layer.sheet().respond(f);
        List<UnitState> states = new ArrayList<>();
        for (CombiningUnit u : layer.units()) {
            int[] box = u.field(layer.sheet());
            states.add(new UnitState(u.name(), CortexText.combines(layer, u), u.respond(r), new Rect(box[0], box[1], box[2], box[2])));
        }
        field.set(f);
        responses.set(r);
        unitStates.set(List.copyOf(states));
        NeuronPick p = selected.get();
        String shown = CortexText.stimulus(stimulus.get(), angle.get(), digit.get(), digitLabel());
        description.set(CortexText.state(layer, shown, r, p.kind(), p.row(), p.col()));
    }

    /** The picked neuron's receptive field on the visual field. */
    public Rect selectedField() {
        NeuronPick p = selected.get();
        return fieldOf(p.row(), p.col());
    }

    private Rect fieldOf(int row, int col) {
        OrientedNeuron n = layer.sheet().neuron(0, row, col);
        return new Rect(n.top(), n.left(), n.size(), n.size());
    }

    /** The fields of the picked neuron's neighbours on the sheet (3×3 round it), to show overlap. */
    public List<Rect> neighbourFields() {
        NeuronPick p = selected.get();
        List<Rect> out = new ArrayList<>();
        for (int r = Math.max(0, p.row() - 1); r <= Math.min(sheetRows() - 1, p.row() + 1); r++) {
            for (int c = Math.max(0, p.col() - 1); c <= Math.min(sheetCols() - 1, p.col() + 1); c++) {
                out.add(fieldOf(r, c));
            }
        }
        return out;
    }

    /**
     * Every field of the picked neuron's orientation, row by row. Neurons of every orientation
     * share these places, so one orientation's fields are the whole tiling.
     */
    public List<Rect> allFields() {
        List<Rect> out = new ArrayList<>();
        for (int r = 0; r < sheetRows(); r++) {
            for (int c = 0; c < sheetCols(); c++) {
                out.add(fieldOf(r, c));
            }
        }
        return out;
    }

    /** The top of the colour scale: never below a neuron's answer to its favourite bar, never below what is shown. */
    public double scaleMax() {
        double max = layer.reference();
        for (float[][] kind : responses.get()) {
            for (float[] row : kind) {
                for (float v : row) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    /** A neuron's answer to its favourite bar: what "firing fully" means here. */
    public double referenceResponse() { return layer.reference(); }

    /** The picked neuron's response to what is on the field now. */
    public float selectedResponse() {
        NeuronPick p = selected.get();
        return responses.get()[p.kind()][p.row()][p.col()];
    }

    public float[][] kernel(int kind) { return layer.sheet().neuron(kind, 0, 0).kernel(); }
    /** The angle neurons of this kind prefer (measured, for learned kernels). */
    public double preferredAngle(int kind) { return layer.angles()[kind]; }
    /** "45°" for a preset kind, "kernel 7 (90°)" for a learned one. */
    public String kindLabel(int kind) { return CortexText.kind(layer, kind); }
    /** The label of a digit of the MNIST test set. */
    public int digitLabel() { return Mnist.test().label(digit.get()); }
    /** What a lesson asked the lab to show ({@code fields}, {@code tuning}, {@code second-layer}), or "". */
    public String emphasis() { return emphasis; }
    public int fieldSize() { return layer.fieldSize(); }
    public int fieldSide() { return layer.sheet().rfSize(); }
    public int sheetRows() { return layer.sheet().rows(); }
    public int sheetCols() { return layer.sheet().cols(); }
    public int kinds() { return layer.kinds(); }
    public ObjectProperty<KernelSet> kernelsProperty() { return kernels; }
    public ObjectProperty<StimulusKind> stimulusProperty() { return stimulus; }
    public DoubleProperty angleProperty() { return angle; }
    public DoubleProperty centreXProperty() { return centreX; }
    public DoubleProperty centreYProperty() { return centreY; }
    public IntegerProperty digitProperty() { return digit; }
    public ObjectProperty<NeuronPick> selectedProperty() { return selected; }
    public IntegerProperty selectedUnitProperty() { return selectedUnit; }
    public BooleanProperty showNeighboursProperty() { return showNeighbours; }
    public BooleanProperty showAllFieldsProperty() { return showAllFields; }
    public ReadOnlyObjectProperty<float[][]> fieldProperty() { return field.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<float[][][]> responsesProperty() { return responses.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TuningCurve> tuningProperty() { return tuning.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<UnitState>> unitStatesProperty() { return unitStates.getReadOnlyProperty(); }
    public ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }
}
