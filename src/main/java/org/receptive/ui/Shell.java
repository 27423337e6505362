package org.receptive.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.classroom.ClassroomBar;
import org.receptive.ui.classroom.FullScreen;
import org.receptive.ui.classroom.PresentationModel;
import org.receptive.ui.classroom.Snapshots;
import org.receptive.ui.classroom.ZoomPane;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.Presentable;
import org.receptive.ui.common.Theme;
import org.receptive.ui.cortex.CortexLabView;
import org.receptive.ui.draw.DrawView;
import org.receptive.ui.draw.DrawWidget;
import org.receptive.ui.lesson.LessonsView;
import org.receptive.ui.lesson.LiveWidgets;
import org.receptive.ui.lesson.WidgetRegistry;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.stepper.StepperView;
import org.receptive.ui.stepper.StepperWidget;
import org.receptive.ui.training.TrainingView;
import org.receptive.ui.training.TrainingWidget;

/**
 * The main window's frame: the app's name and its views along the top, the chosen view below.
 * Each view is built the first time it is chosen and then kept, so switching back finds it as it
 * was left (a half-finished sweep, a selected neuron). A view that needs the test digits and the
 * default model shows a calm line of text until they are read.
 */
public final class Shell extends BorderPane {

    /** One view of the app: its button along the top, how to build it, and the view once built. */
    private static final class View {
        final ToggleButton button;
        final boolean needsData;
        final Supplier<Node> make;
        Node built;

        View(ToggleButton button, boolean needsData, Supplier<Node> make) {
            this.button = button;
            this.needsData = needsData;
            this.make = make;
        }
    }

    private final AppModels models;
    private final PresentationModel presentation;
    private final ToggleGroup group = new ToggleGroup();
    private final HBox nav = new HBox(4);
    private final Map<String, View> views = new LinkedHashMap<>();
    private final ZoomPane zoom = new ZoomPane();
    private final org.receptive.ui.classroom.KeysOverlay keys = new org.receptive.ui.classroom.KeysOverlay();
    private final HBox header;
    private final Label waiting = new Label("Reading the trained network and the MNIST test digits…");
    private final FullScreen fullScreen;
    private String shown;

    public Shell(AppModels models) {
        this.models = models;
        this.presentation = models.presentation();
        this.fullScreen = new FullScreen(presentation.presentingProperty());
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            }
        });
        view("stepper", "Stepper", "Slide a kernel over a grid, one multiplication at a time", false,
                () -> new StepperView(models.stepper()));
        view("network", "Network", "The default model's layers, feature maps and receptive fields", true,
                () -> NetworkView.withExplanations(models.network()));
        view("draw", "Draw", "Draw a digit and watch the network read it, layer by layer", true,
                () -> new DrawView(models.draw(), models.teach()));
        view("train", "Train", "Design a network, train it live and watch its kernels learn", true, this::trainingView);
        view("lessons", "Lessons", "Lessons with questions, checked exercises and live demos", true,
                () -> new LessonsView(models.lessons(), widgets()));
        view("cortex", "Cortex", "The visual-cortex lab: oriented neurons, tuning curves, combining units", false,
                () -> new CortexLabView(models.cortex()));
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label tagline = new Label("how a convolutional network sees");
        tagline.getStyleClass().add("tagline");
        tagline.setMinWidth(0);
        nav.getStyleClass().add("nav");
        header = new HBox(14, name, nav, tagline, Controls.spring(), new ClassroomBar(presentation, this::savePicture, keys::open),
                new SettingsMenu(models.remembered()));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        // The tagline steps out of a header too narrow for it, rather than show "how a conv…".
        header.widthProperty().addListener((o, was, now) -> {
            double others = header.getChildren().stream().filter(n -> n != tagline)
                    .mapToDouble(n -> n.prefWidth(-1)).sum() + header.getSpacing() * header.getChildren().size()
                    + header.snappedLeftInset() + header.snappedRightInset();
            boolean fits = now.doubleValue() >= others + tagline.prefWidth(-1);
            tagline.setVisible(fits);
            tagline.setManaged(fits);
        });
        waiting.setId("waiting");
        waiting.getStyleClass().add("waiting");
        setTop(header);
        setCenter(new StackPane(zoom, keys));
        zoom.zoomProperty().bind(presentation.zoomProperty());
        wireClassroom();
        show(models.remembered().lastView(views::containsKey, "stepper"));
    }

    private void view(String id, String text, String tip, boolean needsData, Supplier<Node> make) {
        ToggleButton b = Controls.toggle("nav-" + id, text, tip);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);   // the tagline gives way first
        b.setOnAction(e -> show(id));
        nav.getChildren().add(b);
        views.put(id, new View(b, needsData, make));
    }

    /**
     * Shows a view by id ("stepper", "network", "draw", …), building it the first time; a view
     * that needs the loaded data shows the waiting line until it is read. False, changing
     * nothing, for an unknown id.
     */
    boolean show(String id) {
        View v = views.get(id);
        if (v == null) {
            return false;
        }
        shown = id;
        models.remembered().viewShown(id);
        v.button.setSelected(true);
        if (v.built == null && v.needsData && !models.isLoaded()) {
            zoom.setContent(new StackPane(waiting));
            models.loaded().whenComplete((l, e) -> models.ui().execute(() -> {
                if (id.equals(shown)) {
                    show(id);
                }
            }));
            return true;
        }
        if (v.built == null) {
            v.built = build(v);
            Controls.keepLabelsWhole(v.built);
            if (v.built instanceof Presentable p) {
                p.setPresenting(presentation.presentingProperty().get());
            }
        }
        zoom.setContent(v.built);
        // The keys go to the view; no control inside takes the focus by itself (a control given
        // the first focus would also scroll a zoomed view down to it). Tab goes on from here.
        v.built.requestFocus();
        return true;
    }

    /** The view, or one plain sentence where it would be when what it needs could not be read. */
    private Node build(View v) {
        try {
            return v.make.get();
        } catch (CompletionException e) {
            Throwable why = e.getCause() == null ? e : e.getCause();
            Label problem = new Label("This view cannot open: the app's built-in data could not be read ("
                    + (why.getMessage() == null ? why : why.getMessage()) + ").");
            problem.getStyleClass().add("waiting");
            problem.setWrapText(true);
            return new StackPane(problem);
        }
    }

    /** Presenting hides the header and fills the screen; the keys a teacher needs work everywhere. */
    private void wireClassroom() {
        presentation.presentingProperty().addListener((o, was, now) -> {
            // Hidden, not taken out: put back into the scene, the header was restyled from the styles
            // it left with, and JavaFX read modena's looked-up colours as names (the monkey, seed
            // 20261211: 9 CSS errors, the first as Esc ended presenting, after contrast, reduced
            // motion, zoom and views had changed while the header was out).
            Presentable.dropWhilePresenting(now, header);
            views.values().forEach(v -> {
                if (v.built instanceof Presentable p) {
                    p.setPresenting(now);
                }
            });
            if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
                fullScreen.show(stage, now);
            }
        });
        presentation.highContrastProperty().addListener((o, was, now) -> Theme.highContrast(getScene(), now));
        presentation.reducedMotionProperty().addListener((o, was, now) -> {
            if (now) {
                models.stepper().setPlaying(false);   // the lesson steppers listen for themselves
            }
            // The style sheet turns off the controls' own transitions (tab panes, titled panes).
            getStyleClass().remove("reduced-motion");
            if (now) {
                getStyleClass().add("reduced-motion");
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // "?" is a typed character (Shift+/ on one keyboard, something else on another).
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                keys.open();
                e.consume();
            }
        });
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean handled = true;
        if (keys.isOpen() && k != KeyCode.TAB && k != KeyCode.F11 && !k.isModifierKey()) {
            keys.close();   // any key closes the list of keys, and does nothing else
        } else if (k == KeyCode.F1) {
            keys.open();
        } else if (k == KeyCode.F11 || (k == KeyCode.ESCAPE && presentation.presentingProperty().get())) {
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
            List<String> ids = new ArrayList<>(views.keySet());
            if (i < ids.size()) {
                show(ids.get(i));
            }
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Ctrl+P: a PNG of the view on screen, for slides. */
    private void savePicture() {
        Snapshots.choose(zoom.content(), shown, getScene() == null ? null : getScene().getWindow());
    }

    /** The live demos a lesson can hold; a widget's "open the view" button switches to the app's own view. */
    private WidgetRegistry widgets() {
        AppModels.Loaded l = models.loaded().join();
        return LiveWidgets.register(new WidgetRegistry(), l.model(), l.testDigits())
                .register(WidgetKind.STEPPER, (settings, problems) ->
                        StepperWidget.create(settings, problems, presentation.reducedMotionProperty()))
                .register(WidgetKind.DRAW, new DrawWidget(l.defaultModel(), l.testDigits())::create)
                .register(WidgetKind.TRAINING, TrainingWidget::create)
                .openViewsWith(kind -> viewFor(kind) != null, kind -> show(viewFor(kind)));
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

    /** The training studio; it may show the feature maps of the digit drawn in the Draw view. */
    private TrainingView trainingView() {
        return new TrainingView(models.training(), () -> {
            var p = models.draw().preprocessedProperty().get();
            return p == null || p.isEmpty() ? null : p.pixels().clone();
        });
    }
}
