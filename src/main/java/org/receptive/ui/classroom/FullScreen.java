package org.receptive.ui.classroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;

/**
 * Presenting fills the screen, and full screen ending by other means (Esc, the system) ends
 * presenting. The window is listened to once, however often one presents: a listener added on
 * every toggle piled up, each one setting presenting off again.
 */
public final class FullScreen {

    private final ChangeListener<Boolean> left;
    private Stage watched;

    /** Follows {@code presenting}: set off when the window leaves full screen. */
    public FullScreen(BooleanProperty presenting) {
        left = (o, was, full) -> {
            if (!full) {
                presenting.set(false);
            }
        };
    }

    /** Puts {@code stage} in or out of full screen, listening to it from now on (and to no earlier window). */
    public void show(Stage stage, boolean full) {
        if (stage != watched) {
            if (watched != null) {
                watched.fullScreenProperty().removeListener(left);
            }
            stage.setFullScreenExitHint("F11 or Esc leaves presentation mode");
            stage.fullScreenProperty().addListener(left);
            watched = stage;
        }
        stage.setFullScreen(full);
    }
}
