package org.receptive.cortex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.receptive.engine.DefaultModel;
import org.receptive.stepper.KernelPreset;

/**
 * The lab's first layer for one {@link KernelSet}: the sheet of neurons, the angle each kind of
 * neuron prefers and its name, the two second-layer cross units over it, and the response that
 * counts as "firing fully". Plain Java, so the model tests need no window.
 *
 * @param angles    preferred angle of each kind, in the sheet's kernel order
 * @param names     what each kind is called ("45°", or "kernel 7" for a learned one)
 * @param reference a neuron's answer to its favourite bar: the top of the colour scale
 */
public record FirstLayer(KernelSet set, NeuronSheet sheet, double[] angles, String[] names, List<CombiningUnit> units, float reference) {

    /** 7×7 line kernels every 4 cells over a 31×31 field: a 7×7 sheet whose fields overlap by 3. */
    public static final int PRESET_FIELD = 31, PRESET_RF = 7, PRESET_STEP = 4;
    /**
     * The model's kernels are 5×5; every 3 cells over a 29×29 field they tile it exactly (8·3 + 5 = 29)
     * and overlap by 2, in a 9×9 sheet. A 28×28 digit fits that field at the scale it was trained at.
     */
    public static final int LEARNED_FIELD = 29, LEARNED_RF = 5, LEARNED_STEP = 3;
    /**
     * How many learned kernels the sheet shows, how far apart their angles must be, and how
     * selective they must be: turning the bar must change the response by at least its mean
     * (a 5×5 blur scores 0.4, a hand-made 5×5 line 4.0; this model's chosen kernels score 1.4–2.8).
     */
    public static final int LEARNED_KINDS = 4;
    public static final double LEAST_SELECTIVITY = 1.0, ANGLES_APART = 30;
    public static final int TUNING_STEPS = 72;
    // A bar about two fields long: moving it shows that only neurons whose fields it crosses respond.
    public static final double BAR_LENGTH = 13, BAR_THICKNESS = 1.5;

    public static FirstLayer of(KernelSet set) {
        return set == KernelSet.PRESET ? preset() : Learned.LAYER;
    }

    public static FirstLayer preset() {
        KernelPreset[] presets = {KernelPreset.LINE_0, KernelPreset.LINE_45, KernelPreset.LINE_90, KernelPreset.LINE_135};
        List<float[][]> kernels = new ArrayList<>();
        for (KernelPreset k : presets) {
            kernels.add(k.values(PRESET_RF));
        }
        NeuronSheet sheet = new NeuronSheet(PRESET_FIELD, PRESET_RF, PRESET_STEP, kernels);
        double[] angles = {0, 45, 90, 135};
        String[] names = {"0°", "45°", "90°", "135°"};
        // The vertical neuron in the middle answering a vertical bar laid through its centre.
        float reference = sheet.neuron(2, 3, 3).respond(Stimulus.bar(PRESET_FIELD, 15, 15, 90, BAR_LENGTH, BAR_THICKNESS));
        return new FirstLayer(KernelSet.PRESET, sheet, angles, names, crosses(sheet, angles, "+ cross", "× cross"), reference);
    }

    /** The learned layer: computed once, the default model never changes while the app runs. */
    private static final class Learned {
        static final FirstLayer LAYER = learned(DefaultModel.load().network().firstConvolution()
                .orElseThrow(() -> new IllegalStateException("the default model has no convolution")).kernels(0));
    }

    public static FirstLayer learned(List<float[][]> modelKernels) {
        List<SelectiveKernels.Ranked> chosen = SelectiveKernels.mostSelective(modelKernels, LEARNED_KINDS,
                LEAST_SELECTIVITY, ANGLES_APART, TUNING_STEPS);
        if (chosen.size() < 2) {
            throw new IllegalStateException("the model's first layer has only " + chosen.size() + " orientation-selective kernels");
        }
        List<float[][]> kernels = new ArrayList<>();
        double[] angles = new double[chosen.size()];
        String[] names = new String[chosen.size()];
        float reference = 0;
        for (int i = 0; i < chosen.size(); i++) {
            SelectiveKernels.Ranked r = chosen.get(i);
            kernels.add(r.kernel());
            angles[i] = r.preferred();
            names[i] = "kernel " + r.index();
            for (float v : r.tuning().responses()) {
                reference = Math.max(reference, v);
            }
        }
        NeuronSheet sheet = new NeuronSheet(LEARNED_FIELD, LEARNED_RF, LEARNED_STEP, kernels);
        return new FirstLayer(KernelSet.LEARNED, sheet, angles, names, crosses(sheet, angles, null, null), reference);
    }

    /**
     * Two units over the 3×3 block of positions in the middle of the sheet, each needing two kinds
     * whose angles are about a right angle apart (kinds i and i+2 of four sorted by angle).
     */
    private static List<CombiningUnit> crosses(NeuronSheet sheet, double[] angles, String first, String second) {
        int at = (sheet.rows() - 3) / 2;
        List<CombiningUnit> units = new ArrayList<>();
        for (int i = 0; i + 2 < angles.length && units.size() < 2; i++) {
            String name = i == 0 && first != null ? first : i == 1 && second != null ? second
                    : String.format(Locale.ROOT, "%.0f°+%.0f°", angles[i], angles[i + 2]);
            units.add(new CombiningUnit(name, at, at, 3, new int[] {i, i + 2}));
        }
        return List.copyOf(units);
    }

    public int kinds() {
        return angles.length;
    }

    public int fieldSize() {
        return sheet.fieldSize();
    }
}
