package org.receptive.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.receptive.ui.classroom.ClassroomBar;
import org.receptive.ui.classroom.PresentationModel;
import org.receptive.ui.classroom.Snapshots;
import org.receptive.ui.classroom.ZoomPane;
import org.receptive.data.Dataset;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.LessonProgress;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.cortex.CortexLabModel;
import org.receptive.ui.cortex.CortexLabView;
import org.receptive.ui.lesson.LessonsView;
import org.receptive.ui.lesson.LessonsViewModel;
import org.receptive.ui.lesson.LiveWidgets;
import org.receptive.ui.lesson.WidgetRegistry;
import org.receptive.ui.training.TrainingView;
import org.receptive.ui.training.TrainingViewModel;
import org.receptive.ui.draw.DrawView;
import org.receptive.ui.draw.DrawViewModel;
import org.receptive.ui.draw.TeachModel;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.stepper.StepperView;
import org.receptive.ui.stepper.StepperViewModel;

/**
 * The main window's frame: the app's name and its views along the top, the chosen view below.
 * Each view is built the first time it is chosen and then kept, so switching back finds it as it
 * was left (a half-finished sweep, a selected neuron).
 */
final class Shell extends BorderPane {

    private final NetworkViewModel network;
    private final StepperViewModel stepper = new StepperViewModel();
    /** The Draw view has its own copy of the model: fine-tuning it leaves the Network view's alone. */
    private final DrawViewModel draw;
    private final TeachModel teach;
    private final CortexLabModel cortex = new CortexLabModel();
    private final LessonsViewModel lessons = new LessonsViewModel(BundledLessons.all(), LessonProgress.inHome());
    private final ToggleGroup group = new ToggleGroup();
    private final HBox nav = new HBox(4);
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, Supplier<Node>> suppliers = new LinkedHashMap<>();
    private TrainingView training;
    private final PresentationModel presentation = new PresentationModel();
    private final ZoomPane zoom = new ZoomPane();
    private static final String HIGH_CONTRAST = Shell.class.getResource("/org/receptive/ui/classroom/high-contrast.css").toExternalForm();

    Shell() {
        Dataset digits = Mnist.test();
        network = new NetworkViewModel(DefaultModel.load().network(), digits);
        draw = new DrawViewModel(new NetworkViewModel(DefaultModel.load().network(), digits));
        teach = TeachModel.inApp(draw);
        WidgetRegistry widgets = LiveWidgets.register(new WidgetRegistry(), network.network(), digits)
                .register(WidgetKind.STEPPER, org.receptive.ui.stepper.StepperWidget::create)
                .register(WidgetKind.DRAW, (settings, problems) ->
                        org.receptive.ui.draw.DrawWidget.create(network.network(), digits, settings, problems))
                .openViewsWith(kind -> viewFor(kind) != null, kind -> show(viewFor(kind)));
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            }
        });
        view("stepper", "Stepper", "Slide a kernel over a grid, one multiplication at a time", () -> new StepperView(stepper));
        view("network", "Network", "The default model's layers, feature maps and receptive fields", () -> new NetworkView(network));
        view("draw", "Draw", "Draw a digit and watch the network read it, layer by layer", () -> new DrawView(draw, teach));
        view("train", "Train", "Design a network, train it live and watch its kernels learn", this::trainingView);
        view("lessons", "Lessons", "Lessons with questions, checked exercises and live demos", () -> new LessonsView(lessons, widgets));
        view("cortex", "Cortex", "The visual-cortex lab: oriented neurons, tuning curves, combining units", () -> new CortexLabView(cortex));
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label tagline = new Label("how a convolutional network sees");
        tagline.getStyleClass().add("tagline");
        tagline.setMinWidth(0);
        nav.getStyleClass().add("nav");
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        HBox.setHgrow(spring, javafx.scene.layout.Priority.ALWAYS);
        HBox header = new HBox(18, name, nav, tagline, spring, new ClassroomBar(presentation, this::savePicture));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        setTop(header);
        setCenter(zoom);
        zoom.zoomProperty().bind(presentation.zoomProperty());
        wireClassroom(header);
        show("stepper");
    }

    private void view(String id, String text, String tip, Supplier<Node> make) {
        ToggleButton b = new ToggleButton(text);
        b.setId("nav-" + id);
        b.setTooltip(new Tooltip(tip));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // the tagline gives way first
        b.setOnAction(e -> show(id));
        buttons.put(id, b);
        nav.getChildren().add(b);
        built.put(id, null);
        suppliers.put(id, make);
    }

    /** Shows a view by id ("stepper", "network", "draw", …); false, changing nothing, for an unknown id. */
    boolean show(String id) {
        if (!buttons.containsKey(id)) {
            return false;
        }
        Node v = built.get(id);
        if (v == null) {
            v = suppliers.get(id).get();
            built.put(id, v);
            if (v instanceof org.receptive.ui.common.Presentable p) {
                p.setPresenting(presentation.presentingProperty().get());
            }
        }
        buttons.get(id).setSelected(true);
        zoom.setContent(v);
        return true;
    }

    /** Presenting hides the header and fills the screen; the keys a teacher needs work everywhere. */
    private void wireClassroom(HBox header) {
        presentation.presentingProperty().addListener((o, was, now) -> {
            setTop(now ? null : header);
            built.values().forEach(v -> {
                if (v instanceof org.receptive.ui.common.Presentable p) {
                    p.setPresenting(now);
                }
            });
            if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
                stage.setFullScreenExitHint("F11 or Esc leaves presentation mode");
                stage.setFullScreen(now);
                stage.fullScreenProperty().addListener((ob, a, full) -> {
                    if (!full) {
                        presentation.presentingProperty().set(false);   // Esc left full screen
                    }
                });
            }
        });
        presentation.highContrastProperty().addListener((o, was, now) -> {
            if (getScene() != null) {
                getScene().getStylesheets().remove(HIGH_CONTRAST);
                if (now) {
                    getScene().getStylesheets().add(HIGH_CONTRAST);
                }
            }
        });
        presentation.reducedMotionProperty().addListener((o, was, now) -> {
            if (now) {
                stepper.setPlaying(false);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            boolean handled = true;
            if (k == KeyCode.F11 || (k == KeyCode.ESCAPE && presentation.presentingProperty().get())) {
                presentation.togglePresenting();
            } else if (e.isShortcutDown() && (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD)) {
                presentation.zoomIn();
            } else if (e.isShortcutDown() && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
                presentation.zoomOut();
            } else if (e.isShortcutDown() && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
                presentation.resetZoom();
            } else if (e.isShortcutDown() && k == KeyCode.H) {
                presentation.highContrastProperty().set(!presentation.highContrastProperty().get());
            } else if (e.isShortcutDown() && k == KeyCode.M) {
                presentation.reducedMotionProperty().set(!presentation.reducedMotionProperty().get());
            } else if (e.isShortcutDown() && k == KeyCode.P) {
                savePicture();
            } else if (e.isShortcutDown() && k.isDigitKey() && k != KeyCode.DIGIT0) {
                int i = Integer.parseInt(k.getChar()) - 1;   // Ctrl+1, Ctrl+2, …: the views in order
                if (i < buttons.size()) {
                    show(new java.util.ArrayList<>(buttons.keySet()).get(i));
                }
            } else {
                handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
    }

    /** A PNG of the current view at twice its size, sharp on a slide. */
    private void savePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a picture of this view");
        chooser.setInitialFileName("receptive-" + group.getSelectedToggle().toString().replaceAll(".*'(.*)'.*", "$1").toLowerCase() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        java.io.File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            Snapshots.savePng(zoom.content(), 2, f.toPath());
        } catch (java.io.IOException | RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, "The picture could not be saved to " + f + ": " + ex.getMessage());
            a.setHeaderText("Picture not saved");
            a.showAndWait();
        }
    }

    PresentationModel presentation() {
        return presentation;
    }

    /** The view a lesson widget's "open the view" button switches to, or null when there is none. */
    private static String viewFor(WidgetKind kind) {
        return switch (kind) {
            case STEPPER -> "stepper";
            case NETWORK -> "network";
            case DRAW -> "draw";
            case TRAINING -> "train";
            case CORTEX -> "cortex";
            default -> null;
        };
    }

    /** The training studio, built on first use (most lessons never train) and then kept. */
    TrainingView trainingView() {
        if (training == null) {
            // The studio may show the feature maps of the digit drawn in the Draw view.
            training = new TrainingView(new TrainingViewModel(javafx.application.Platform::runLater), () -> {
                var p = draw.preprocessedProperty().get();
                return p == null || p.isEmpty() ? null : p.pixels().clone();
            });
        }
        return training;
    }

    void showTraining() {
        show("train");
    }

    CortexLabModel cortexModel() {
        return cortex;
    }

    LessonsViewModel lessonsModel() {
        return lessons;
    }

    DrawViewModel drawModel() {
        return draw;
    }

    NetworkViewModel networkModel() {
        return network;
    }

    StepperViewModel stepperModel() {
        return stepper;
    }
}
