package org.receptive.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import org.receptive.engine.NetworkDesign;
import org.receptive.ui.common.WideWidget;
import org.receptive.ui.training.design.DesignModel;

/**
 * The training studio inside a lesson, set up from the widget block's lines:
 * <pre>
 * preset: tiny        (or lenet-like, default: the studio's presets)
 * epochs: 1           limit: 5000   (training images: 1000, 5000, 20000, or 0 for all)
 * </pre>
 * It has its own view-model, so a lesson never touches the Train view's run, and shows the run
 * (Start, the charts, every layer's kernels, the feature maps) without the setup column. Off the
 * page the run pauses (Resume continues it); when the lesson lets the widget go, it stops.
 */
public final class TrainingWidget {

    static final double WIDTH = 900, HEIGHT = 820;   // its least width: a wider reading column widens it

    private TrainingWidget() {
    }

    public static Node create(Map<String, String> settings, List<String> problems) {
        TrainingViewModel model = new TrainingViewModel(Platform::runLater);
        problems.addAll(apply(model, settings));
        TrainingView view = new TrainingView(model, null);
        view.setPresenting(true);
        view.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                model.pause();
            }
        });
        return WideWidget.onClose(WideWidget.of(view, WIDTH, HEIGHT), model::stop);
    }

    /** Applies the settings it understands; returns a sentence for each it could not use. */
    static List<String> apply(TrainingViewModel model, Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        for (var e : settings.entrySet()) {
            String key = e.getKey().trim().toLowerCase(Locale.ROOT), value = e.getValue().trim().toLowerCase(Locale.ROOT);
            switch (key) {
                case "preset" -> {
                    NetworkDesign d = preset(value);
                    if (d == null) {
                        problems.add("no studio preset '" + e.getValue() + "' (tiny, lenet-like or default)");
                    } else {
                        model.design().apply(d);
                    }
                }
                case "epochs" -> {
                    Integer n = whole(value);
                    if (n == null || n < 1 || n > 20) {
                        problems.add("'epochs: " + e.getValue() + "' should be a whole number from 1 to 20");
                    } else {
                        model.settings().epochsProperty().set(n);
                    }
                }
                case "limit" -> {
                    Integer n = whole(value);
                    if (n == null || !RunSettings.LIMITS.contains(n)) {
                        problems.add("'limit: " + e.getValue() + "' should be one of " + RunSettings.LIMITS + " training images (0: all)");
                    } else {
                        model.settings().trainLimitProperty().set(n);
                    }
                }
                default -> problems.add("the training studio has no setting '" + e.getKey() + "'");
            }
        }
        return problems;
    }

    /** The studio's preset a lesson names ("tiny", "lenet-like", "default"), or null. */
    static NetworkDesign preset(String word) {
        for (DesignModel.Preset p : DesignModel.PRESETS) {
            String name = p.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(word) || name.equals("the " + word + " model")) {
                return p.design();
            }
        }
        return null;
    }

    private static Integer whole(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
