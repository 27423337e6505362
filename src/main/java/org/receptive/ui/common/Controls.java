package org.receptive.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The small controls every view builds the same way (after atlantafx's {@code Styles} and
 * {@code Spacer}): a button with an id, its words and a tooltip saying what it does (and its key),
 * the tooltip made when first needed;
 * a message line that takes no room while it has nothing to say; a spring that pushes what
 * follows it to the far end of a row.
 */
public final class Controls {

    private Controls() {
    }

    /** A button found by {@code #id} (tests, the demo harness, CSS), showing {@code text}, explained by {@code tooltip}. */
    public static Button button(String id, String text, String tooltip) {
        Button b = new Button(text);
        b.setId(id);
        tooltip(b, tooltip);
        return b;
    }

    /** The same, doing {@code action} when pressed. */
    public static Button button(String id, String text, String tooltip, Runnable action) {
        Button b = button(id, text, tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** An on/off button, as {@link #button(String, String, String)}. */
    public static ToggleButton toggle(String id, String text, String tooltip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        tooltip(b, tooltip);
        return b;
    }

    /**
     * Gives {@code control} a tooltip saying {@code text}, made the first time the pointer comes
     * over it: each tooltip is a small window with a scene of its own, and the first frame need
     * not build dozens nobody points at (about 5 ms each before HotSpot has compiled them).
     * Screen readers have the text at once, as the control's help.
     */
    public static void tooltip(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }

    /**
     * A wrapping label showing {@code text}, styled {@code message}, hidden and taking no room
     * while the text is empty: the line under a control that says what went wrong or what was done.
     */
    public static Label message(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("message");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    /**
     * Keeps every one-line label, button and check box under {@code root} at least as wide as its
     * words, so that zooming in never shrinks "Start" to "…": a row that no longer fits makes its
     * view wider, and the zoom's scroll pane scrolls to it. Wrapping texts and nodes that chose a
     * minimum of their own are left alone. Walks into scroll panes, tab panes and split panes
     * whose skins are not made yet.
     */
    public static void keepLabelsWhole(javafx.scene.Node root) {
        if (root instanceof javafx.scene.control.Labeled l && !l.isWrapText() && l.getMinWidth() == Region.USE_COMPUTED_SIZE
                && !(l instanceof javafx.scene.control.Cell)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (root instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            keepLabelsWhole(s.getContent());
        } else if (root instanceof javafx.scene.control.TabPane t) {
            t.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    keepLabelsWhole(tab.getContent());
                }
            });
        } else if (root instanceof javafx.scene.control.SplitPane s) {
            s.getItems().forEach(Controls::keepLabelsWhole);
        } else if (root instanceof javafx.scene.control.TitledPane t && t.getContent() != null) {
            keepLabelsWhole(t.getContent());
        }
        if (root instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(Controls::keepLabelsWhole);
        }
    }

    /** An empty region that grows to fill the rest of an {@link HBox}. */
    public static Region spring() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
