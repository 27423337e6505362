package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.stepper.StepperView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's classroom keys: views by number, zoom, high contrast, presenting, reduced motion. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = new Shell();
        Scene scene = new Scene(shell, 1400, 900);
        scene.getStylesheets().add(Shell.class.getResource("/org/receptive/ui/common/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aTeacherDrivesTheClassroomSettingsFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#where");   // focus in the window, not in a field
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertEquals(1.5, shell.presentation().zoomProperty().get(), 1e-9);
        assertEquals(1.5, shell.lookup("#inputColumn").getLocalToSceneTransform().getMxx(), 1e-9);   // the view really is scaled
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(1.0, shell.presentation().zoomProperty().get(), 1e-9);

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        assertTrue(shell.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        assertFalse(shell.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));

        robot.interact(() -> shell.stepperModel().setPlaying(true));
        assertTrue(shell.stepperModel().playing());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        assertFalse(shell.stepperModel().playing(), "reduced motion stops the sweep");

        robot.type(KeyCode.F11);
        assertNull(shell.getTop(), "presenting hides the header");
        StepperView stepper = (StepperView) shell.lookup(".stepper-view");
        assertNull(stepper.getLeft(), "presenting hides the stepper's settings");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        var lessons = (org.receptive.ui.lesson.LessonsView) shell.lookup(".lesson-view");
        assertNull(lessons.getLeft(), "a view built while presenting starts without its side list");
        robot.type(KeyCode.F11);
        assertTrue(shell.getTop() != null);
        assertTrue(lessons.getLeft() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertTrue(stepper.getLeft() != null);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertTrue(shell.lookup("#nav-network").getStyleClass() != null
                && ((javafx.scene.control.ToggleButton) shell.lookup("#nav-network")).isSelected());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertTrue(shell.lookup(".stepper-view") instanceof StepperView);
    }
}
