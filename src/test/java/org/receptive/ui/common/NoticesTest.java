package org.receptive.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.WindowFixture;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Under reduced motion a note is on screen, whole, in the event that asked for it, and gone in the
 * event its time runs out: nothing fades or slides. Its time is handed to the test, not waited for.
 */
@ExtendWith(ApplicationExtension.class)
class NoticesTest {

    private VBox shell;
    private Label near;

    @Start
    void start(Stage stage) {
        near = new Label("a view");
        shell = new VBox(near);
        shell.getStyleClass().add("reduced-motion");   // as the Shell marks its root
        WindowFixture.show(stage, shell);
    }

    /** The note on screen holding {@code words}: its bar, or null. */
    private static Node noteSaying(String words) {
        for (Window w : Window.getWindows()) {
            Node bar = w.isShowing() && w.getScene() != null ? w.getScene().getRoot().lookup(".still-note") : null;
            if (bar != null && bar.lookupAll(".label").stream().anyMatch(l -> l instanceof Label t && t.getText().contains(words))) {
                return bar;
            }
        }
        return null;
    }

    @Test
    void underReducedMotionANoteAppearsWholeAtOnceAndGoesAtOnceWhenItsTimeIsUp() throws Exception {
        List<Runnable> timeUp = new ArrayList<>();
        List<String> pressed = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Notices.show(near, "Model saved to a.receptive.", "Undo", () -> pressed.add("undo"), timeUp::add);
            Node bar = noteSaying("Model saved to a.receptive.");
            assertNotNull(bar, "on screen in the same event");
            assertEquals(1.0, bar.getOpacity(), "whole at once, not fading in");
            assertEquals(1.0, bar.getScene().getWindow().getOpacity());
            assertEquals(1, timeUp.size(), "its time is set once");
            timeUp.get(0).run();
            assertNull(noteSaying("Model saved to a.receptive."), "gone in the same event its time is up, not fading out");
        }).get();

        WaitForAsyncUtils.asyncFx(() -> {
            Notices.show(near, "First note.", null, null, timeUp::add);
            Notices.show(near, "Settings reset.", "Undo", () -> pressed.add("undo"), timeUp::add);
            assertNull(noteSaying("First note."), "a new note takes the last one's place, nothing slides");
            Node bar = noteSaying("Settings reset.");
            Button undo = (Button) bar.lookupAll(".button").stream().filter(b -> "Undo".equals(((Button) b).getText())).findFirst()
                    .orElseThrow();
            undo.fire();
            assertEquals(List.of("undo"), pressed, "its action runs");
            assertNull(noteSaying("Settings reset."), "and the note closes");
        }).get();
    }

    @Test
    void withMotionTheNoteIsControlsFxsOwn() throws Exception {
        List<Runnable> timeUp = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            shell.getStyleClass().remove("reduced-motion");
            Notices.show(near, "GIF saved.", null, null, timeUp::add);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeUp.isEmpty(), "ControlsFX keeps its own time");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> noteSaying("GIF saved.") != null).get(), "no still note");
    }
}
