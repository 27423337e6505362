package org.receptive.ui.stepper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Setup;

/**
 * The stepper inside a lesson, set up from the widget block's lines, e.g.
 * <pre>
 * input: 7x7        channels: 3      kernels: 2      kernel-size: 3
 * pattern: vertical-bar   digit: 7   kernel: sobel-x  (or one per kernel: sobel-x, sobel-y, laplacian)
 * padding: 1        stride: 2        dilation: 1      activation: relu (or none)
 * mode: backward    target: sobel-x  (or zero, ones, frozen)    network-digit: 7
 * mode: learn       target: sobel-x  pictures: 8
 * </pre>
 * Each widget has its own view-model, so a lesson never moves the Stepper view's sweep. What
 * cannot be used is reported in plain words, with the rest still applied.
 */
public final class StepperWidget {

    /** Its least width: the view's own floor (it works there zoomed in), so it fits a lesson's column at 100% in 1400×900. */
    static final double WIDTH = org.receptive.ui.classroom.ZoomPane.LAYOUT_FLOOR_WIDTH, HEIGHT = 700;

    private StepperWidget() {
    }

    public static Node create(Map<String, String> settings, List<String> problems) {
        return create(settings, problems, new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /**
     * The same, holding still whenever {@code reducedMotion} is on: the sweep and the lab stop
     * when it is switched on (nothing in a widget starts by itself; Play still plays when pressed).
     */
    public static Node create(Map<String, String> settings, List<String> problems,
                              javafx.beans.value.ObservableBooleanValue reducedMotion) {
        StepperViewModel model = new StepperViewModel();
        problems.addAll(apply(model, settings));
        StepperView view = new StepperView(model);
        // In a reading column the lesson has already chosen the settings: show the sweep and its
        // arithmetic without the side panel (the Stepper view has it all for trying more).
        view.setPresenting(true);
        // Weakly held by the app-wide setting, strongly by the widget: a page turned away and
        // dropped does not stay alive through the listener.
        javafx.beans.value.ChangeListener<Boolean> still = (o, was, now) -> {
            if (now) {
                model.setPlaying(false);
            }
        };
        view.getProperties().put(StepperWidget.class, still);
        reducedMotion.addListener(new javafx.beans.value.WeakChangeListener<>(still));
        // The lesson keeps this widget when the page turns; off the page it must not keep playing.
        view.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                model.setPlaying(false);
            }
        });
        return org.receptive.ui.common.WideWidget.of(view, WIDTH, HEIGHT);
    }

    /** Applies the settings it understands; returns a sentence for each it could not use. */
    static List<String> apply(StepperViewModel model, Map<String, String> settings) {
        List<String> problems = new java.util.ArrayList<>();
        Setup s = model.setup();
        String pattern = null, kernel = null, digit = null, mode = null, target = null, pictures = null, network = null;
        for (var e : settings.entrySet()) {
            String key = e.getKey().trim().toLowerCase(Locale.ROOT), value = e.getValue().trim().toLowerCase(Locale.ROOT);
            try {
                switch (key) {
                    case "input" -> {
                        String[] hw = value.split("x");
                        int h = Integer.parseInt(hw[0].trim()), w = hw.length > 1 ? Integer.parseInt(hw[1].trim()) : h;
                        s = s.withInput(s.channels(), h, w);
                    }
                    case "channels" -> s = s.withInput(Integer.parseInt(value), s.height(), s.width());
                    case "kernels" -> s = s.withKernels(Integer.parseInt(value));
                    case "kernel-size" -> s = s.withKernelSize(Integer.parseInt(value));
                    case "padding" -> s = s.withPadding(Integer.parseInt(value));
                    case "stride" -> s = s.withStride(Integer.parseInt(value));
                    case "dilation" -> s = s.withDilation(Integer.parseInt(value));
                    case "activation" -> {
                        org.receptive.stepper.Activation a = named(org.receptive.stepper.Activation.values(), value);
                        if (a == null) {
                            problems.add("no activation '" + e.getValue() + "' (none or relu)");
                        } else {
                            s = s.withActivation(a);
                        }
                    }
                    case "pattern" -> pattern = value;
                    case "kernel" -> kernel = value;
                    case "digit" -> digit = value;
                    case "mode" -> mode = value;
                    case "target" -> target = value;
                    case "pictures" -> pictures = value;
                    case "network-digit" -> network = value;
                    default -> problems.add("the stepper has no setting '" + e.getKey() + "'");
                }
            } catch (NumberFormatException ex) {
                problems.add("'" + e.getKey() + ": " + e.getValue() + "' is not a number the stepper can use");
            }
        }
        model.setSetup(s);
        if (!model.problemProperty().get().isEmpty()) {
            problems.add(model.problemProperty().get());
        }
        if (pattern != null) {
            InputPattern p = named(InputPattern.values(), pattern);
            if (p == null) {
                problems.add("no input pattern called '" + pattern + "'");
            } else {
                for (int c = 0; c < model.setup().channels(); c++) {
                    model.edits().pattern(c, p);
                }
            }
        }
        if (digit != null) {
            try {
                model.edits().digit(Integer.parseInt(digit));
            } catch (RuntimeException ex) {
                problems.add("no MNIST test digit number '" + digit + "'");
            }
        }
        if (kernel != null) {
            // "kernel: sobel-x, sobel-y, laplacian, box-blur" gives each kernel its own preset, in order.
            String[] names = kernel.split(",");
            if (names.length > model.setup().kernels()) {
                problems.add("'kernel: " + kernel + "' names " + names.length + " kernels but the layer has "
                        + model.setup().kernels() + " (set kernels: " + names.length + ")");
            }
            for (int i = 0; i < Math.min(names.length, model.setup().kernels()); i++) {
                KernelPreset k = named(KernelPreset.values(), names[i].trim());
                if (k == null) {
                    problems.add("no kernel preset called '" + names[i].trim() + "'");
                } else {
                    model.edits().preset(i, k);
                }
            }
        }
        backward(model, mode, target, pictures, network, problems);
        return problems;
    }

    /** The Backward and Learn settings: which mode, the target, the lab's batch, the network's digit. */
    private static void backward(StepperViewModel model, String mode, String target, String pictures, String network,
                                 List<String> problems) {
        StepperMode m = mode == null ? StepperMode.FORWARD : switch (mode) {
            case "forward" -> StepperMode.FORWARD;
            case "backward" -> StepperMode.BACKWARD;
            case "learn", "lab" -> StepperMode.LEARN;
            default -> null;
        };
        if (m == null) {
            problems.add("no stepper mode '" + mode + "' (forward, backward or learn)");
            return;
        }
        if (target != null) {
            KernelPreset p = named(KernelPreset.values(), target);
            var source = switch (target) {
                case "zero" -> org.receptive.ui.stepper.backward.GradientSource.ZERO_TARGET;
                case "ones" -> org.receptive.ui.stepper.backward.GradientSource.ONES;
                case "frozen" -> org.receptive.ui.stepper.backward.GradientSource.FROZEN_TARGET;
                default -> null;
            };
            if (p == null && source == null) {
                problems.add("no target '" + target + "' (a kernel preset such as sobel-x, or zero, ones, frozen)");
            } else if (m == StepperMode.LEARN && p != null) {
                model.lab().setTarget(p);
            } else if (p != null) {
                model.backward().setPreset(p);
            } else {
                model.backward().setSource(source);
            }
        }
        if (network != null) {
            try {
                model.backward().useNetwork(Integer.parseInt(network), 0);
            } catch (NumberFormatException ex) {
                problems.add("'network-digit: " + network + "' is not a digit number");
            }
        }
        if (pictures != null) {
            try {
                int n = Integer.parseInt(pictures);
                if (n < 1 || n > 16) {
                    problems.add("'pictures: " + pictures + "': the lab learns from 1 to 16 pictures at once");
                }
                model.lab().setBatch(n);
            } catch (NumberFormatException ex) {
                problems.add("'pictures: " + pictures + "' is not a number of pictures (1 to 16)");
            }
        }
        model.modeProperty().set(m);
    }

    /** The constant whose name reads like {@code word} ("sobel-x" is SOBEL_X). */
    private static <E extends Enum<E>> E named(E[] values, String word) {
        String wanted = word.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (E v : values) {
            if (v.name().equals(wanted)) {
                return v;
            }
        }
        return null;
    }
}
