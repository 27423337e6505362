package org.receptive.ui.lesson;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.receptive.data.Dataset;
import org.receptive.engine.Network;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.cortex.CortexLabModel;
import org.receptive.ui.cortex.CortexLabView;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;

/**
 * The live demos that exist in the app so far, as lesson widgets: the visual-cortex lab and the
 * Network view. Each widget gets its own view-model, so a lesson never moves the main views.
 */
public final class LiveWidgets {

    /**
     * The Network view needs room for its three columns: inside a lesson it keeps at least the
     * width it has zoomed in (the zoom's floor, which a lesson's column at 100% in 1400×900 holds)
     * and scrolls sideways only in a narrower column, rather than squeezing its captions into one
     * letter a line.
     */
    static final double NETWORK_WIDTH = org.receptive.ui.classroom.ZoomPane.LAYOUT_FLOOR_WIDTH, NETWORK_HEIGHT = 720;

    private LiveWidgets() {
    }

    public static WidgetRegistry register(WidgetRegistry registry, Network network, Dataset digits) {
        return registry.register(WidgetKind.CORTEX, LiveWidgets::cortex)
                .register(WidgetKind.NETWORK, (settings, problems) -> network(network, digits, settings, problems));
    }

    private static Node cortex(Map<String, String> settings, List<String> problems) {
        CortexLabModel lab = new CortexLabModel();
        problems.addAll(lab.apply(settings));
        return new CortexLabView(lab, true);
    }

    /** {@code count} comma-separated whole numbers, or null. */
    private static int[] numbers(String text, int count) {
        String[] parts = text.split(",");
        if (parts.length != count) {
            return null;
        }
        int[] out = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                out[i] = Integer.parseInt(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    private static Node network(Network network, Dataset digits, Map<String, String> settings, List<String> problems) {
        NetworkViewModel model = new NetworkViewModel(network, digits);
        problems.addAll(apply(model, settings));
        NetworkView view = new NetworkView(model);
        return org.receptive.ui.common.WideWidget.of(view, NETWORK_WIDTH, NETWORK_HEIGHT);
    }

    /** Applies a Network widget's settings; returns a sentence for each it could not use. */
    static List<String> apply(NetworkViewModel model, Map<String, String> settings) {
        List<String> problems = new java.util.ArrayList<>();
        settings.forEach((key, value) -> {
            if (key.equals("digit")) {
                if (!model.showDigit(value)) {
                    problems.add(model.messageProperty().get());
                }
            } else if (!key.equals("neuron")) {
                problems.add("the Network view has no setting '" + key + "'");
            }
        });
        // After the digit: picking a neuron shows its receptive field on that digit.
        String neuron = settings.get("neuron");
        if (neuron != null) {
            if (model.stagesProperty().get() == null || model.stagesProperty().get().isEmpty()) {
                model.showDigit(0);   // a neuron is picked on a digit: the first, when the lesson names none
            }
            int[] n = numbers(neuron, 4);
            if (n == null) {
                problems.add("'neuron: " + neuron + "' should be four whole numbers: stage, map, row, column (stage 0 is the input)");
            } else if (!model.select(n[0], n[1], n[2], n[3])) {
                problems.add(model.messageProperty().get());
            }
        }
        return problems;
    }
}
