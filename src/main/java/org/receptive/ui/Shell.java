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
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.LessonProgress;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.cortex.CortexLabModel;
import org.receptive.ui.cortex.CortexLabView;
import org.receptive.ui.lesson.LessonsView;
import org.receptive.ui.lesson.LessonsViewModel;
import org.receptive.ui.lesson.LiveWidgets;
import org.receptive.ui.lesson.WidgetRegistry;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;

/** The main window's frame: the app's name and its views along the top, the chosen view below. */
final class Shell extends BorderPane {

    private final NetworkViewModel network;
    private final CortexLabModel cortex = new CortexLabModel();
    private final LessonsViewModel lessons = new LessonsViewModel(BundledLessons.all(), LessonProgress.inHome());
    private final ToggleGroup group = new ToggleGroup();
    private final HBox nav = new HBox(4);
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    // Views are built the first time they are shown, then kept with their state.
    private final Map<String, Supplier<Node>> makers = new LinkedHashMap<>();
    private final Map<String, Node> views = new LinkedHashMap<>();

    Shell() {
        Dataset digits = Mnist.test();
        network = new NetworkViewModel(DefaultModel.load().network(), digits);
        WidgetRegistry widgets = LiveWidgets.register(new WidgetRegistry(), network.network(), digits)
                .openViewsWith(kind -> viewFor(kind) != null, kind -> show(viewFor(kind)));
        addView("network", "Network", "The default model's layers, feature maps and receptive fields", () -> new NetworkView(network));
        addView("lessons", "Lessons", "Lessons with questions, checked exercises and live demos", () -> new LessonsView(lessons, widgets));
        addView("cortex", "Cortex", "The visual-cortex lab: oriented neurons, tuning curves, combining units", () -> new CortexLabView(cortex));
        // A selected view stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                setCenter(views.computeIfAbsent((String) now.getUserData(), id -> makers.get(id).get()));
            }
        });
        Label name = new Label("Receptive");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("how a convolutional network sees a digit");
        tagline.getStyleClass().add("tagline");
        nav.getStyleClass().add("nav");
        HBox header = new HBox(18, name, nav, tagline);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        setTop(header);
        show("network");
    }

    private void addView(String id, String text, String tip, Supplier<Node> view) {
        ToggleButton b = new ToggleButton(text);
        b.setId("nav-" + id);
        b.setTooltip(new Tooltip(tip));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setUserData(id);
        makers.put(id, view);
        buttons.put(id, b);
        nav.getChildren().add(b);
    }

    /** Switches to a view by id (network, lessons, cortex). */
    void show(String id) {
        if (id != null && buttons.containsKey(id)) {
            buttons.get(id).setSelected(true);
        }
    }

    /** The view a lesson widget's "open the view" button switches to, or null when there is none. */
    private static String viewFor(WidgetKind kind) {
        return switch (kind) {
            case NETWORK -> "network";
            case CORTEX -> "cortex";
            default -> null;
        };
    }

    NetworkViewModel networkModel() {
        return network;
    }

    CortexLabModel cortexModel() {
        return cortex;
    }

    LessonsViewModel lessonsModel() {
        return lessons;
    }
}
