package org.receptive.ui.lesson;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.receptive.lesson.Block;
import org.receptive.lesson.WidgetKind;

/**
 * Which live demo a lesson's {@code ```widget KIND} block opens inline. Views register a factory
 * per kind; a kind nobody registered says so plainly and offers to open the app's own view of it
 * when the app has one. It never shows a pretend widget.
 */
public final class WidgetRegistry {

    /** Builds a live widget from a lesson's settings, adding to {@code problems} what it could not use. */
    @FunctionalInterface
    public interface WidgetFactory {
        Node create(Map<String, String> settings, List<String> problems);
    }

    private final Map<WidgetKind, WidgetFactory> factories = new EnumMap<>(WidgetKind.class);
    private Predicate<WidgetKind> hasView = kind -> false;
    private Consumer<WidgetKind> openView = kind -> { };

    public WidgetRegistry register(WidgetKind kind, WidgetFactory factory) {
        factories.put(kind, factory);
        return this;
    }

    /** Which kinds the app has a view of its own for, and how to switch to it. */
    public WidgetRegistry openViewsWith(Predicate<WidgetKind> hasView, Consumer<WidgetKind> openView) {
        this.hasView = hasView;
        this.openView = openView;
        return this;
    }

    /** What builds a {@code kind} widget, if a view registered one: the card below uses it, and so may anyone placing a demo. */
    public Optional<WidgetFactory> factory(WidgetKind kind) {
        return Optional.ofNullable(factories.get(kind));
    }

    /** A card holding the live widget, or saying honestly why it cannot open here. */
    Node card(Block.Widget w) {
        VBox card = new VBox(10);
        card.getStyleClass().addAll("card", "lesson-card", "widget-card");
        card.setId("widget-" + w.kind().name().toLowerCase(Locale.ROOT) + "-" + w.line());
        Label title = new Label("Live demo: " + name(w.kind()));
        title.getStyleClass().add("card-kind");
        card.getChildren().add(title);
        WidgetFactory factory = factory(w.kind()).orElse(null);
        if (factory != null) {
            List<String> problems = new ArrayList<>();
            Node widget = factory.create(w.settings(), problems);
            if (!problems.isEmpty()) {
                Label note = new Label("This lesson asks for settings the demo does not know (line " + w.line() + "): "
                        + String.join("; ", problems) + ".");
                note.getStyleClass().add("card-warning");
                note.setWrapText(true);
                card.getChildren().add(note);
            }
            card.getChildren().add(widget);
            return card;
        }
        String settings = w.settings().isEmpty() ? "" : " Its settings: " + describe(w.settings()) + ".";
        Label missing = new Label();
        missing.getStyleClass().add("card-note");
        missing.setWrapText(true);
        card.getChildren().add(missing);
        if (hasView.test(w.kind())) {
            missing.setText("This demo does not open inside the lesson yet: open the " + name(w.kind()) + " for it." + settings);
            Button open = new Button("Open the " + name(w.kind()) + " for this");
            open.setId("open-view-" + w.kind().name().toLowerCase(Locale.ROOT));
            open.setOnAction(e -> openView.accept(w.kind()));
            card.getChildren().add(open);
        } else {
            missing.setText("The " + name(w.kind()) + " is not part of this build yet, so this demo cannot open here."
                    + settings);
        }
        return card;
    }

    static String name(WidgetKind kind) {
        return switch (kind) {
            case STEPPER -> "Stepper view";
            case CORTEX -> "visual-cortex lab";
            case DRAW -> "Draw pad";
            case NETWORK -> "Network view";
            case TRAINING -> "Training studio";
        };
    }

    private static String describe(Map<String, String> settings) {
        return settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
