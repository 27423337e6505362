package org.receptive.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import org.receptive.engine.Architecture;
import org.receptive.engine.NetworkDesign;
import org.receptive.settings.Settings;
import org.receptive.stepper.Activation;
import org.receptive.stepper.Mode;
import org.receptive.stepper.Setup;
import org.receptive.ui.classroom.PresentationModel;
import org.receptive.ui.stepper.StepperViewModel;
import org.receptive.ui.training.RunSettings;
import org.receptive.ui.training.design.DesignModel;

/**
 * What each remembered setting is called in the file and how it goes into and out of its
 * view-model. A part reads with the model's present value as the fallback, so a missing key
 * leaves the model as it is; a value the model will not take as it is (a zoom it clamps, a
 * setup with a problem) is refused, and the model keeps its value.
 */
final class SettingsParts {

    /** One group of settings: how to put settings into the models, how to take them out, and what to watch. */
    interface Part {
        void apply(Settings.Reading r);

        Settings capture(Settings s);

        List<Observable> watched();
    }

    private SettingsParts() {
    }

    /** Keys and the words a person reads when one of them could not be used. */
    static String plainName(String key) {
        return switch (key) {
            case "app.view" -> "the last view";
            case "classroom.zoom" -> "zoom";
            case "classroom.highContrast" -> "high contrast";
            case "classroom.reducedMotion" -> "reduced motion";
            case "stepper.setup", "stepper.activation", "stepper.mode" -> "the stepper's setup";
            case "stepper.speed" -> "the stepper's speed";
            case "draw.brush" -> "the brush width";
            case "studio.network" -> "the studio's network";
            default -> key.startsWith("studio.") ? "the studio's " + key.substring(7) : key;
        };
    }

    static Part presentation(PresentationModel p) {
        return new Part() {
            @Override public void apply(Settings.Reading r) {
                decimal(r, "classroom.zoom", p.zoomProperty());
                flag(r, "classroom.highContrast", p.highContrastProperty());
                flag(r, "classroom.reducedMotion", p.reducedMotionProperty());
            }

            @Override public Settings capture(Settings s) {
                return s.with("classroom.zoom", p.zoomProperty().get())
                        .with("classroom.highContrast", p.highContrastProperty().get())
                        .with("classroom.reducedMotion", p.reducedMotionProperty().get());
            }

            @Override public List<Observable> watched() {
                return List.of(p.zoomProperty(), p.highContrastProperty(), p.reducedMotionProperty());
            }
        };
    }

    /** The stepper's setup (sizes, padding, stride, dilation, activation, mode) and its speed. */
    static Part stepper(StepperViewModel m) {
        return new Part() {
            @Override public void apply(Settings.Reading r) {
                Setup now = m.setup();
                Setup saved = setupOf(r.text("stepper.setup", null), now);
                Activation a = r.choice("stepper.activation", Activation.class, now.activation());
                Mode mode = r.choice("stepper.mode", Mode.class, now.mode());
                if (saved == null) {
                    r.refuse("stepper.setup");
                } else {
                    saved = saved.withActivation(a).withMode(mode);
                    if (!saved.equals(now)) {
                        m.setSetup(saved);
                    }
                }
                double before = m.speed(), speed = r.decimal("stepper.speed", 0, 1000, before);
                m.setSpeed(speed);
                if (m.speed() != speed) {   // the stepper clamped it: not a speed it offers
                    m.setSpeed(before);
                    r.refuse("stepper.speed");
                }
            }

            @Override public Settings capture(Settings s) {
                Setup u = m.setup();
                String sizes = String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%d", u.channels(), u.height(), u.width(),
                        u.kernels(), u.kernelSize(), u.padding(), u.stride(), u.dilation());
                return s.with("stepper.setup", sizes).with("stepper.activation", u.activation())
                        .with("stepper.mode", u.mode()).with("stepper.speed", m.speed());
            }

            @Override public List<Observable> watched() {
                return List.of(m.stateProperty());
            }
        };
    }

    /**
     * "C,H,W,K,S,P,T,D" (the demo harness's order) as a setup that can be stepped through, or
     * null; a missing value keeps {@code now}.
     */
    static Setup setupOf(String text, Setup now) {
        if (text == null) {
            return now;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 8) {
            return null;
        }
        int[] v;
        try {
            v = Arrays.stream(parts).mapToInt(t -> Integer.parseInt(t.trim())).toArray();
        } catch (NumberFormatException e) {
            return null;
        }
        Setup s = new Setup(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], now.activation(), now.mode());
        return s.valid() ? s : null;
    }

    /** The Draw pad's brush width, {@code min} to {@code max} pixels. */
    static Part brush(DoubleProperty width, double min, double max) {
        return new Part() {
            @Override public void apply(Settings.Reading r) {
                decimal(r, "draw.brush", min, max, width);
            }

            @Override public Settings capture(Settings s) {
                return s.with("draw.brush", width.get());
            }

            @Override public List<Observable> watched() {
                return List.of(width);
            }
        };
    }

    /** The studio's network (as its layer list) and every hyperparameter of a run. */
    static Part studio(DesignModel design, RunSettings run) {
        return new Part() {
            @Override public void apply(Settings.Reading r) {
                String net = r.text("studio.network", null);
                if (net != null) {
                    Optional<NetworkDesign> d = designOf(net);
                    if (d.isPresent()) {
                        design.apply(d.get());
                    } else {
                        r.refuse("studio.network");
                    }
                }
                // the optimiser first: choosing one resets the rate to its usual value
                run.optimizerProperty().set(r.choice("studio.optimizer", RunSettings.OptimizerChoice.class, run.optimizerProperty().get()));
                decimal(r, "studio.learningRate", 1e-7, 10, run.learningRateProperty());
                oneOf(r, "studio.batch", List.of(8, 16, 32, 64, 128), run.batchSizeProperty());
                integer(r, "studio.epochs", 1, 20, run.epochsProperty());
                flag(r, "studio.augment", run.augmentProperty());
                run.seedProperty().set(r.whole("studio.seed", 0, 9999, run.seedProperty().get()));
                flag(r, "studio.faintStart", run.faintStartProperty());
                oneOf(r, "studio.trainLimit", RunSettings.LIMITS, run.trainLimitProperty());
                integer(r, "studio.threads", 1, Runtime.getRuntime().availableProcessors(), run.threadsProperty());
            }

            @Override public Settings capture(Settings s) {
                Settings t = design.validProperty().get()
                        ? s.with("studio.network", design.designProperty().get().architecture().toString()) : s;
                return t.with("studio.optimizer", run.optimizerProperty().get())
                        .with("studio.learningRate", run.learningRateProperty().get())
                        .with("studio.batch", run.batchSizeProperty().get())
                        .with("studio.epochs", run.epochsProperty().get())
                        .with("studio.augment", run.augmentProperty().get())
                        .with("studio.seed", run.seedProperty().get())
                        .with("studio.faintStart", run.faintStartProperty().get())
                        .with("studio.trainLimit", run.trainLimitProperty().get())
                        .with("studio.threads", run.threadsProperty().get());
            }

            @Override public List<Observable> watched() {
                return List.of(design.designProperty(), run.optimizerProperty(), run.learningRateProperty(), run.batchSizeProperty(),
                        run.epochsProperty(), run.augmentProperty(), run.seedProperty(), run.faintStartProperty(),
                        run.trainLimitProperty(), run.threadsProperty());
            }
        };
    }

    /** A layer list the design editor can show, or empty (not a network, or not one of the editor's shapes). */
    static Optional<NetworkDesign> designOf(String text) {
        try {
            return DesignModel.designOf(Architecture.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A decimal the property keeps as it is (a model that clamps it says it is out of range). */
    private static void decimal(Settings.Reading r, String key, DoubleProperty p) {
        decimal(r, key, -Double.MAX_VALUE, Double.MAX_VALUE, p);
    }

    private static void decimal(Settings.Reading r, String key, double min, double max, DoubleProperty p) {
        double before = p.get();
        double v = r.decimal(key, min, max, before);
        p.set(v);
        if (p.get() != v) {
            p.set(before);
            r.refuse(key);
        }
    }

    private static void integer(Settings.Reading r, String key, int min, int max, IntegerProperty p) {
        p.set(r.integer(key, min, max, p.get()));
    }

    private static void oneOf(Settings.Reading r, String key, List<Integer> allowed, IntegerProperty p) {
        int v = r.integer(key, Integer.MIN_VALUE, Integer.MAX_VALUE, p.get());
        if (allowed.contains(v)) {
            p.set(v);
        } else {
            r.refuse(key);
        }
    }

    private static void flag(Settings.Reading r, String key, BooleanProperty p) {
        p.set(r.flag(key, p.get()));
    }
}
