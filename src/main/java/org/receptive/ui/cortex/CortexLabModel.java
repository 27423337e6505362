package org.receptive.ui.cortex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.receptive.cortex.NeuronSheet;
import org.receptive.cortex.OrientedNeuron;
import org.receptive.cortex.Stimulus;
import org.receptive.cortex.TuningCurve;
import org.receptive.stepper.KernelPreset;
import org.receptive.ui.common.Rect;

/**
 * The visual-cortex lab's state: the stimulus on a 31×31 visual field, a sheet of 7×7 model
 * neurons every 4 cells (so fields overlap and tile the field) in four orientations, the picked
 * neuron with its tuning curve, and two second-layer cross detectors. No nodes: tested without a
 * window. All maths comes from the plain-Java cortex package.
 */
public final class CortexLabModel {

    static final int FIELD = 31, RF = 7, STEP = 4, TUNING_STEPS = 72;
    /** Preferred angle of each kind of neuron, in the order of the sheet's kernels. */
    static final int[] ORIENTATIONS = {0, 45, 90, 135};
    private static final KernelPreset[] KERNELS = {KernelPreset.LINE_0, KernelPreset.LINE_45, KernelPreset.LINE_90, KernelPreset.LINE_135};
    // A bar about two fields long: moving it shows that only neurons whose fields it crosses respond.
    static final double BAR_LENGTH = 13, BAR_THICKNESS = 1.5, GRATING_PERIOD = 6;

    /** One neuron of the sheet: orientation index, grid row and column. */
    public record NeuronPick(int kind, int row, int col) {
    }

    /** A second-layer unit's name, what it combines, its response now and the visual-field rectangle it sees. */
    public record UnitState(String name, String combines, float response, Rect field) {
    }

    private final NeuronSheet sheet;
    private final List<CombiningUnit> units;
    private final float reference;

    private final ObjectProperty<StimulusKind> stimulus = new SimpleObjectProperty<>(StimulusKind.BAR);
    private final DoubleProperty angle = new SimpleDoubleProperty(90);
    private final DoubleProperty centreX = new SimpleDoubleProperty(15);
    private final DoubleProperty centreY = new SimpleDoubleProperty(15);
    private final ObjectProperty<NeuronPick> selected = new SimpleObjectProperty<>(new NeuronPick(2, 3, 3));
    private final IntegerProperty selectedUnit = new SimpleIntegerProperty(-1);
    private final BooleanProperty showNeighbours = new SimpleBooleanProperty(false);
    private String emphasis = "";

    private final ReadOnlyObjectWrapper<float[][]> field = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[][][]> responses = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TuningCurve> tuning = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<UnitState>> unitStates = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");

    public CortexLabModel() {
        List<float[][]> kernels = new ArrayList<>();
        for (KernelPreset k : KERNELS) {
            kernels.add(k.values(RF));
        }
        sheet = new NeuronSheet(FIELD, RF, STEP, kernels);
        // Both units pool a 3×3 block of positions round the centre: a field of 15×15 cells.
        units = List.of(new CombiningUnit("+ cross", 2, 2, 3, new int[] {0, 2}),
                new CombiningUnit("× cross", 2, 2, 3, new int[] {1, 3}));
        // The top of the colour scale: a neuron's answer to its favourite bar laid through its centre.
        reference = sheet.neuron(2, 3, 3).respond(Stimulus.bar(FIELD, 15, 15, 90, BAR_LENGTH, BAR_THICKNESS));
        angle.addListener((o, was, now) -> {
            double a = now.doubleValue();
            if (a < 0 || a > 180) {
                angle.set(((a % 180) + 180) % 180);   // 190° is the same line as 10°
            } else {
                update();
            }
        });
        stimulus.addListener((o, was, now) -> update());
        centreX.addListener((o, was, now) -> update());
        centreY.addListener((o, was, now) -> update());
        selected.addListener((o, was, now) -> {
            updateTuning();
            update();
        });
        selectedUnit.addListener((o, was, now) -> update());
        updateTuning();
        update();
    }

    /** Picks a neuron; a position outside the sheet is ignored and reported as false. */
    public boolean select(int kind, int row, int col) {
        if (kind < 0 || kind >= sheet.kinds() || row < 0 || row >= sheet.rows() || col < 0 || col >= sheet.cols()) {
            return false;
        }
        selected.set(new NeuronPick(kind, row, col));
        return true;
    }

    /** Moves the stimulus centre to a visual-field cell (clamped to the field). */
    public void moveTo(double row, double col) {
        centreY.set(Math.max(0, Math.min(FIELD - 1, row)));
        centreX.set(Math.max(0, Math.min(FIELD - 1, col)));
    }

    /** Turns the stimulus by {@code degrees} (wrapping round 180°). */
    public void turn(double degrees) {
        angle.set(angle.get() + degrees);
    }

    /**
     * Applies a lesson's widget settings ({@code stimulus}, {@code angle}, {@code kernel: line-90},
     * {@code unit: cross}, {@code show: fields|tuning|second-layer}); returns what it could not use.
     */
    public List<String> apply(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        settings.forEach((key, value) -> {
            String v = value.trim().toLowerCase(Locale.ROOT);
            switch (key) {
                case "stimulus" -> {
                    StimulusKind k = StimulusKind.named(v);
                    if (k == null) {
                        problems.add("unknown stimulus '" + value + "' (bar, cross, grating, edge)");
                    } else {
                        stimulus.set(k);
                    }
                }
                case "angle" -> {
                    try {
                        angle.set(Double.parseDouble(v));
                    } catch (NumberFormatException e) {
                        problems.add("angle must be a number of degrees, not '" + value + "'");
                    }
                }
                case "kernel" -> {
                    int kind = kindOf(v);
                    if (kind < 0) {
                        problems.add("unknown kernel '" + value + "' (line-0, line-45, line-90, line-135)");
                    } else {
                        select(kind, 3, 3);
                    }
                }
                case "unit" -> {
                    selectedUnit.set(v.startsWith("x") || v.startsWith("×") || v.contains("diagonal") ? 1 : 0);
                    emphasis = emphasis.isEmpty() ? "second-layer" : emphasis;
                }
                case "show" -> {
                    emphasis = v;
                    switch (v) {
                        case "fields" -> showNeighbours.set(true);
                        case "second-layer" -> selectedUnit.set(Math.max(0, selectedUnit.get()));
                        case "tuning" -> { }   // the tuning curve is always shown beside the sheet
                        default -> problems.add("unknown show '" + value + "' (fields, tuning, second-layer)");
                    }
                }
                default -> problems.add("the cortex lab has no setting '" + key + "'");
            }
        });
        return problems;
    }

    private static int kindOf(String v) {
        String digits = v.replaceAll("[^0-9]", "");
        for (int i = 0; i < ORIENTATIONS.length; i++) {
            if (!digits.isEmpty() && Integer.parseInt(digits) == ORIENTATIONS[i]) {
                return i;
            }
        }
        return -1;
    }

    private void updateTuning() {
        NeuronPick p = selected.get();
        tuning.set(TuningCurve.measure(sheet.neuron(p.kind(), p.row(), p.col()), TUNING_STEPS));
    }

    private void update() {
        float[][] f = switch (stimulus.get()) {
            case BAR -> Stimulus.bar(FIELD, centreY.get(), centreX.get(), angle.get(), BAR_LENGTH, BAR_THICKNESS);
            case CROSS -> cross();
            case GRATING -> Stimulus.grating(FIELD, angle.get(), GRATING_PERIOD, 0);
            case EDGE -> Stimulus.edge(FIELD, angle.get());
        };
        float[][][] r = sheet.respond(f);
        List<UnitState> states = new ArrayList<>();
        for (CombiningUnit u : units) {
            int[] box = u.field(sheet);
            states.add(new UnitState(u.name(), combines(u), u.respond(r), new Rect(box[0], box[1], box[2], box[2])));
        }
        field.set(f);
        responses.set(r);
        unitStates.set(List.copyOf(states));
        description.set(describe(r));
    }

    private float[][] cross() {
        float[][] a = Stimulus.bar(FIELD, centreY.get(), centreX.get(), angle.get(), BAR_LENGTH, BAR_THICKNESS);
        float[][] b = Stimulus.bar(FIELD, centreY.get(), centreX.get(), angle.get() + 90, BAR_LENGTH, BAR_THICKNESS);
        for (int y = 0; y < FIELD; y++) {
            for (int x = 0; x < FIELD; x++) {
                a[y][x] = Math.max(a[y][x], b[y][x]);
            }
        }
        return a;
    }

    private static String combines(CombiningUnit u) {
        return "needs " + ORIENTATIONS[u.kinds()[0]] + "° and " + ORIENTATIONS[u.kinds()[1]] + "° lines together";
    }

    /** The state in words, for screen readers and the status line. */
    private String describe(float[][][] r) {
        int firing = 0, strongestKind = 0;
        float strongest = 0;
        for (int k = 0; k < r.length; k++) {
            for (float[] row : r[k]) {
                for (float v : row) {
                    if (v > 0.05f * reference) {
                        firing++;
                    }
                    if (v > strongest) {
                        strongest = v;
                        strongestKind = k;
                    }
                }
            }
        }
        NeuronPick p = selected.get();
        String what = stimulus.get().label() + String.format(Locale.ROOT, " at %.0f°", angle.get());
        String most = firing == 0 ? "no neuron fires"
                : firing + " of " + r.length * sheet.rows() * sheet.cols() + " neurons fire, most strongly the "
                + ORIENTATIONS[strongestKind] + "° ones";
        return what + ": " + most + ". The picked " + ORIENTATIONS[p.kind()] + "° neuron (row " + p.row()
                + ", column " + p.col() + ") responds " + String.format(Locale.ROOT, "%.1f", r[p.kind()][p.row()][p.col()]) + ".";
    }

    /** The picked neuron's receptive field on the visual field. */
    public Rect selectedField() {
        NeuronPick p = selected.get();
        OrientedNeuron n = sheet.neuron(p.kind(), p.row(), p.col());
        return new Rect(n.top(), n.left(), RF, RF);
    }

    /** The fields of the picked neuron's neighbours on the sheet (3×3 round it), to show overlap. */
    public List<Rect> neighbourFields() {
        NeuronPick p = selected.get();
        List<Rect> out = new ArrayList<>();
        for (int r = Math.max(0, p.row() - 1); r <= Math.min(sheet.rows() - 1, p.row() + 1); r++) {
            for (int c = Math.max(0, p.col() - 1); c <= Math.min(sheet.cols() - 1, p.col() + 1); c++) {
                out.add(new Rect(r * STEP, c * STEP, RF, RF));
            }
        }
        return out;
    }

    /** The top of the colour scale: never below a neuron's answer to its favourite bar, never below what is shown. */
    public double scaleMax() {
        double max = reference;
        for (float[][] kind : responses.get()) {
            for (float[] row : kind) {
                for (float v : row) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    /** A neuron's answer to its favourite bar through its centre: what "firing fully" means here. */
    public double referenceResponse() {
        return reference;
    }

    /** The picked neuron's response to what is on the field now. */
    public float selectedResponse() {
        NeuronPick p = selected.get();
        return responses.get()[p.kind()][p.row()][p.col()];
    }

    public float[][] kernel(int kind) {
        return sheet.neuron(kind, 0, 0).kernel();
    }

    /** What a lesson asked the lab to show ({@code fields}, {@code tuning}, {@code second-layer}), or "". */
    public String emphasis() { return emphasis; }
    public int sheetRows() { return sheet.rows(); }
    public int sheetCols() { return sheet.cols(); }
    public int kinds() { return sheet.kinds(); }
    public ObjectProperty<StimulusKind> stimulusProperty() { return stimulus; }
    public DoubleProperty angleProperty() { return angle; }
    public DoubleProperty centreXProperty() { return centreX; }
    public DoubleProperty centreYProperty() { return centreY; }
    public ObjectProperty<NeuronPick> selectedProperty() { return selected; }
    public IntegerProperty selectedUnitProperty() { return selectedUnit; }
    public BooleanProperty showNeighboursProperty() { return showNeighbours; }
    public ReadOnlyObjectProperty<float[][]> fieldProperty() { return field.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<float[][][]> responsesProperty() { return responses.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TuningCurve> tuningProperty() { return tuning.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<UnitState>> unitStatesProperty() { return unitStates.getReadOnlyProperty(); }
    public ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }
}
