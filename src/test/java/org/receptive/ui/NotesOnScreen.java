package org.receptive.ui;

import javafx.scene.control.Label;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** What the ControlsFX notes ({@code ui.common.Notices}) on screen say: each note is a popup window of its own. */
public final class NotesOnScreen {

    private NotesOnScreen() {
    }

    /** Whether a note on screen holds {@code words}. */
    public static boolean saying(FxRobot robot, String words) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && robot.from(w.getScene().getRoot()).lookup(".notification-bar .label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText() != null && l.getText().contains(words)));
    }

    /** The text of the first note on screen that holds {@code words}, or null. */
    public static String text(FxRobot robot, String words) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".notification-bar .label").queryAllAs(Label.class).stream())
                .map(Label::getText).filter(t -> t != null && t.contains(words)).findFirst().orElse(null);
    }
}
