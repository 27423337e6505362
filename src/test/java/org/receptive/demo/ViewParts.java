package org.receptive.demo;

import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.util.Duration;
import org.receptive.cortex.KernelSet;
import org.receptive.cortex.StimulusKind;
import org.receptive.stepper.InputPattern;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.Setup;
import org.receptive.ui.AppModels;
import org.receptive.ui.draw.DrawViewModel;
import org.receptive.ui.draw.SampleDigits;
import org.receptive.ui.stepper.StepperViewModel;

/**
 * The demo parts that put a view in a state (Stepper, Network, Draw, Lessons, Cortex lab, the
 * classroom settings), through the same view-models the app's views are built over, and the
 * Lessons view through its nodes, as a student works it.
 */
final class ViewParts {

    private final AppModels models;
    private final Parent window;

    /** {@code window}: the app's root node, where the Lessons view is driven through its buttons and fields. */
    ViewParts(AppModels models, Parent window) {
        this.models = models;
        this.window = window;
    }

    /** Applies one part; false for a key of another area. */
    boolean apply(DemoScript.Part p) {
        return switch (p.key().area()) {
            case WINDOW -> window(p);
            case STEPPER -> stepper(p);
            case NETWORK, DRAW -> network(p);
            case LESSONS -> lessons(p);
            case CORTEX -> cortex(p);
            case STUDIO -> false;
        };
    }

    private boolean window(DemoScript.Part p) {
        switch (p.key()) {
            case ZOOM -> models.presentation().zoomProperty().set(p.number());
            case PRESENT -> models.presentation().presentingProperty().set(true);
            case CONTRAST -> models.presentation().highContrastProperty().set(true);
            case RESETSETTINGS -> ((javafx.scene.control.MenuButton) window.lookup("#settingsMenu")).getItems().stream()
                    .filter(i -> "resetSettings".equals(i.getId())).findFirst().orElseThrow().fire();
            case SCROLLTO -> scrollTo(node("#" + p.value()));
            case WINDOW -> {
                javafx.stage.Window w = window.getScene().getWindow();
                w.setX(0);   // the window was centred for its first size: it would hang off the screen
                w.setY(0);
                w.setWidth(p.ints()[0]);
                w.setHeight(p.ints()[1]);
            }
            case KEYS -> ((org.receptive.ui.classroom.KeysOverlay) window.lookup("#keysOverlay")).open();
            case FOCUS -> {
                javafx.scene.Node n = window.lookup("#" + p.value());
                if (n == null) {
                    throw new IllegalArgumentException("no node with id " + p.value() + " to focus");
                }
                // After the view has taken the keys itself on being shown.
                javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(n::requestFocus));
            }
            default -> {
                return false;   // the view, and what measures the window, belong to DemoRun
            }
        }
        return true;
    }

    private boolean stepper(DemoScript.Part p) {
        StepperViewModel m = models.stepper();
        switch (p.key()) {
            case SETUP -> {
                int[] n = p.ints();
                m.setSetup(new Setup(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], m.setup().activation(), m.setup().mode()));
            }
            case INPUT -> {
                String[] parts = p.value().split(",");
                for (int c = 0; c < parts.length; c++) {
                    if (parts[c].startsWith("digit:")) {
                        m.edits().digit(Integer.parseInt(parts[c].substring(6)));
                    } else {
                        m.edits().pattern(c, InputPattern.valueOf(parts[c].trim()));
                    }
                }
            }
            case TYPEWEIGHT -> {
                String[] at = p.value().split(":", 2);
                var f = (javafx.scene.control.TextField) window.lookup("#weight-" + at[0].trim().replace(',', '-'));
                f.requestFocus();
                f.setText(at[1]);
            }
            case KERNEL -> {
                String[] kv = p.value().split(":");
                m.edits().preset(Integer.parseInt(kv[0].trim()), KernelPreset.valueOf(kv[1].trim()));
            }
            case AT -> m.jump(p.integer());
            case PLAY -> {
                m.setSpeed(p.number());
                m.setPlaying(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean network(DemoScript.Part p) {
        switch (p.key()) {
            case DIGIT -> models.network().showDigit(p.integer());
            case SELECT -> {
                int[] n = p.ints();
                models.network().select(n[0], n[1], n[2], n[3]);
            }
            case CLASSIMAGES -> ((javafx.scene.control.Button) node("#classImages")).fire();
            case DRAW -> SampleDigits.drawOn(models.draw(), p.integer());
            case DRAWSELECT -> {
                int[] n = p.ints();
                models.draw().networkModel().select(n[0], n[1], n[2], n[3]);
            }
            case PICTURE -> models.draw().openPicture(Path.of(p.value()));
            case SCRIBBLE -> later(5, () -> scribble(models.draw(), p.number()));
            case STROKES -> SampleDigits.drawOn(models.draw(), java.util.Arrays.stream(p.value().split("\\|"))
                    .map(s -> java.util.Arrays.stream(s.split(",")).mapToDouble(v -> Double.parseDouble(v.trim())).toArray())
                    .toArray(double[][]::new));
            case WHY -> {
                javafx.scene.control.ToggleButton open = (javafx.scene.control.ToggleButton) node("#whyButton");
                open.setSelected(true);
                String id = switch (p.value().toLowerCase(Locale.ROOT)) {
                    case "gradient" -> "#whyGradient";
                    case "gradcam" -> "#whyGradCam";
                    default -> "#whyOcclusion";
                };
                ((javafx.scene.control.ToggleButton) node(id)).setSelected(true);
            }
            case WHYFOR -> ((javafx.scene.control.ComboBox<?>) node("#whyTarget")).getSelectionModel().select(p.integer() + 1);
            case WHYNOT -> ((javafx.scene.control.ComboBox<?>) node("#whyVersus")).getSelectionModel().select(p.integer() + 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean lessons(DemoScript.Part p) {
        LessonDriver student = new LessonDriver(models.lessons(), window);
        switch (p.key()) {
            case LESSON -> student.open(p.integer());
            case LESSONFILE -> models.lessons().openFile(Path.of(p.value()));
            case SECTION -> student.section(p.integer());
            case REVEAL -> student.reveal(p.integer());
            case DEMO -> {
                String[] d = p.value().split(",", 2);
                student.demoInSight(Integer.parseInt(d[0].trim()), d.length == 2 ? Double.parseDouble(d[1].trim()) : 0.45);
            }
            case ANSWER -> {
                String[] a = p.value().split(",", 2);
                student.answer(Integer.parseInt(a[0].trim()), a.length == 2 ? a[1] : "");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean cortex(DemoScript.Part p) {
        var m = models.cortex();
        switch (p.key()) {
            case ANGLE -> m.angleProperty().set(p.number());
            case STIMULUS -> m.stimulusProperty().set(StimulusKind.valueOf(p.value().toUpperCase(Locale.ROOT)));
            case NEURON -> {
                int[] n = p.ints();
                m.select(n[0], n[1], n[2]);
            }
            case UNIT -> m.selectedUnitProperty().set(p.integer());
            case MOVE -> {
                int[] n = p.ints();
                m.moveTo(n[0], n[1]);
            }
            case FIELDS -> m.showNeighboursProperty().set(p.integer() != 0);
            case ALLFIELDS -> m.showAllFieldsProperty().set(p.integer() != 0);
            case KERNELS -> m.kernelsProperty().set(KernelSet.valueOf(p.value().toUpperCase(Locale.ROOT)));
            case CORTEXDIGIT -> m.digitProperty().set(p.integer());
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The node of the window with this selector; a view just opened gets its skins first
     * (a scroll pane's content joins the scene then).
     */
    private javafx.scene.Node node(String selector) {
        javafx.scene.Node n = window.lookup(selector);
        if (n == null) {
            window.applyCss();
            window.layout();
            n = window.lookup(selector);
        }
        if (n == null) {
            throw new IllegalStateException("no " + selector + " on screen");
        }
        return n;
    }

    /**
     * Scrolls the nearest scroll pane above {@code target} so the target's top is at the top of the
     * viewport, and again whenever the content's size changes (results that arrive later).
     */
    static void scrollTo(javafx.scene.Node target) {
        for (javafx.scene.Node n = target.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane) {
                javafx.scene.Node content = pane.getContent();
                Runnable scroll = () -> {
                    double y = content.sceneToLocal(target.localToScene(0, 0)).getY();
                    double room = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
                };
                content.layoutBoundsProperty().addListener((o, was, now) -> scroll.run());
                scroll.run();
                return;
            }
        }
    }

    /** Runs {@code action} on the UI thread {@code seconds} from now. */
    static void later(double seconds, Runnable action) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> action.run());
        wait.play();
    }

    /**
     * Draws loops on the Draw view's pad as a hand would, one point per frame for {@code seconds},
     * a new stroke every second: with {@code frames=N} this measures how smooth the pad stays
     * while the network reads the drawing live.
     */
    private static void scribble(DrawViewModel m, double seconds) {
        new AnimationTimer() {
            private long start;
            private int stroke = -1;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                double t = (now - start) / 1e9;
                double x = 140 + 70 * Math.cos(t * 5), y = 140 + 90 * Math.sin(t * 5);
                if ((int) t != stroke) {
                    if (stroke >= 0) {
                        m.endStroke();
                        m.clear();
                    }
                    stroke = (int) t;
                    m.beginStroke(x, y);
                } else {
                    m.extendStroke(x, y);
                }
                if (t > seconds) {
                    m.endStroke();
                    stop();
                }
            }
        }.start();
    }
}
