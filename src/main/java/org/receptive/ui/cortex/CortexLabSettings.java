package org.receptive.ui.cortex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receptive.cortex.KernelSet;
import org.receptive.cortex.StimulusKind;

/**
 * A lesson's {@code widget cortex} lines applied to the lab: {@code kernels: preset|learned},
 * {@code stimulus: bar|cross|grating|edge|digit}, {@code digit: 7} (an MNIST test index),
 * {@code angle: 45}, {@code kernel: line-90} (picks the middle neuron preferring about that angle),
 * {@code unit: cross}, {@code show: fields|all-fields|tuning|second-layer}. A bad line changes
 * nothing and comes back as a problem for the lesson card to show.
 */
final class CortexLabSettings {

    private CortexLabSettings() {
    }

    static List<String> apply(CortexLabModel lab, Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        // The kernel set first, whatever the line order: it decides which neurons "kernel" can pick.
        Map<String, String> ordered = new LinkedHashMap<>();
        if (settings.containsKey("kernels")) {
            ordered.put("kernels", settings.get("kernels"));
        }
        ordered.putAll(settings);
        ordered.forEach((key, value) -> {
            String v = value.trim().toLowerCase(Locale.ROOT);
            switch (key) {
                case "kernels" -> {
                    KernelSet set = KernelSet.named(v);
                    if (set == null) {
                        problems.add("unknown kernels '" + value + "' (preset, learned)");
                    } else {
                        lab.kernelsProperty().set(set);
                    }
                }
                case "stimulus" -> {
                    StimulusKind k = StimulusKind.named(v);
                    if (k == null) {
                        problems.add("unknown stimulus '" + value + "' (bar, cross, grating, edge, digit)");
                    } else {
                        lab.stimulusProperty().set(k);
                    }
                }
                case "digit" -> {
                    Integer n = number(v);
                    if (n == null || n < 0 || n > 9999) {
                        problems.add("digit must be a test-set index 0–9999, not '" + value + "'");
                    } else {
                        lab.digitProperty().set(n);
                    }
                }
                case "angle" -> {
                    try {
                        lab.angleProperty().set(Double.parseDouble(v));
                    } catch (NumberFormatException e) {
                        problems.add("angle must be a number of degrees, not '" + value + "'");
                    }
                }
                case "kernel" -> {
                    Integer degrees = number(v.replaceAll("[^0-9]", ""));
                    if (degrees == null) {
                        problems.add("unknown kernel '" + value + "' (line-0, line-45, line-90, line-135)");
                    } else {
                        int mid = lab.sheetRows() / 2;
                        lab.select(lab.nearestKind(degrees), mid, mid);
                    }
                }
                case "unit" -> {
                    lab.selectedUnitProperty().set(v.startsWith("x") || v.startsWith("×") || v.contains("diagonal") ? 1 : 0);
                    lab.emphasis = lab.emphasis.isEmpty() ? "second-layer" : lab.emphasis;
                }
                case "show" -> {
                    lab.emphasis = v;
                    switch (v) {
                        case "fields" -> lab.showNeighboursProperty().set(true);
                        case "all-fields" -> lab.showAllFieldsProperty().set(true);
                        case "second-layer" -> lab.selectedUnitProperty().set(Math.max(0, lab.selectedUnitProperty().get()));
                        case "tuning" -> { }   // the tuning curve is always shown beside the sheet
                        default -> problems.add("unknown show '" + value + "' (fields, all-fields, tuning, second-layer)");
                    }
                }
                default -> problems.add("the cortex lab has no setting '" + key + "'");
            }
        });
        return problems;
    }

    private static Integer number(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
