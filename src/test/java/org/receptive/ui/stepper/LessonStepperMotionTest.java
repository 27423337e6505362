package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Reduced motion reaches the steppers inside lessons, not only the Stepper view: a playing lesson
 * stepper stops when it is switched on, nothing starts by itself, and Play still plays when pressed.
 */
@ExtendWith(ApplicationExtension.class)
class LessonStepperMotionTest {

    private final SimpleBooleanProperty reducedMotion = new SimpleBooleanProperty(false);
    private StepperViewModel model;

    @Start
    void start(Stage stage) {
        Node widget = StepperWidget.create(Map.of("input", "7x7", "pattern", "cross"), new ArrayList<>(), reducedMotion);
        javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(widget), 1100, 760);
        org.receptive.ui.common.Theme.apply(scene);   // as in a lesson: the stepper's sheet names the theme's colours
        stage.setScene(scene);
        stage.show();
        model = ((StepperView) widget.lookup(".stepper-view")).model();
    }

    @Test
    void reducedMotionStopsALessonStepperAndPlayStillPlaysWhenPressed(FxRobot robot) {
        assertFalse(model.playing(), "a lesson stepper does not start by itself");
        robot.interact(() -> model.setPlaying(true));
        robot.interact(() -> reducedMotion.set(true));
        assertFalse(model.playing(), "switching reduced motion on stopped the sweep");
        robot.clickOn("#play");
        assertTrue(model.playing(), "Play, pressed, still plays");
        robot.interact(() -> model.setPlaying(false));
    }
}
