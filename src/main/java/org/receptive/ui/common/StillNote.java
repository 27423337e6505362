package org.receptive.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * A note as {@link Notices} shows it under reduced motion: the same words and action in the same
 * corner, but there at once and gone at once. ControlsFX's notes fade in, slide the older ones up
 * and fade out, and have no switch for it. One still note at a time: a new one replaces the last.
 */
final class StillNote {

    private static final double MARGIN = 14;

    private StillNote() {
    }

    /**
     * Shows {@code text} (with a button {@code actionText} running {@code action}, if given) at the
     * bottom right of {@code window}; {@code later} is handed what hides it, to run once the note
     * has been on screen for its time.
     */
    static Popup show(Window window, String text, String actionText, Runnable action, Consumer<Runnable> later) {
        if (window.getProperties().get(StillNote.class) instanceof Popup last) {
            last.hide();   // one note at a time per window
        }
        Popup popup = new Popup();
        Label words = new Label(text);
        words.setWrapText(true);
        words.setMaxWidth(420);
        words.setMinHeight(Region.USE_PREF_SIZE);
        Button close = Controls.button("closeNote", "×", "Close this note");
        close.setOnAction(e -> popup.hide());
        HBox bar = new HBox(10, words);
        if (action != null) {
            Button act = new Button(actionText);
            act.setOnAction(e -> {
                action.run();
                popup.hide();
            });
            bar.getChildren().add(act);
        }
        bar.getChildren().add(close);
        bar.setAlignment(Pos.CENTER_LEFT);
        // "notification-bar": what the app's tests and its screen reader look for in any note.
        bar.getStyleClass().addAll("still-note", "notification-bar", "receptive-notice");
        if (window.getScene() != null) {
            bar.getStylesheets().addAll(window.getScene().getStylesheets());   // the theme, high contrast included
        }
        popup.getContent().add(bar);
        popup.setAutoFix(true);
        popup.show(window);
        bar.applyCss();
        bar.layout();
        popup.setAnchorX(window.getX() + window.getWidth() - bar.prefWidth(-1) - MARGIN);
        popup.setAnchorY(window.getY() + window.getHeight() - bar.prefHeight(-1) - MARGIN);
        window.getProperties().put(StillNote.class, popup);
        later.accept(popup::hide);
        return popup;
    }
}
