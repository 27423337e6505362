package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A weight field shows its weight rounded (0.0313 as "0.031"); leaving a field the student did not
 * change must leave the weight as it was. The long monkey (seed 20261205, action 41375) found the
 * Stepper's output 0.0002 away from the engine's after "abc" in one field and a click into another:
 * "abc" put the rounded text back, and losing focus then wrote it as the weight.
 */
@ExtendWith(ApplicationExtension.class)
class KernelFieldFocusTest {

    private static final float EXACT = 0.031273f;
    private StepperViewModel model;

    @Start
    void start(Stage stage) {
        model = new StepperViewModel();
        WindowFixture.show(stage, new StepperView(model));
    }

    @Test
    void leavingAFieldThatShowsTheOldWeightKeepsItExact(FxRobot robot) {
        robot.interact(() -> {
            float[][][][] k = model.kernels();
            k[0][0][0][0] = EXACT;
            k[0][0][1][1] = EXACT;
            float[] b = model.bias();
            b[0] = EXACT;
            model.edits().setKernels(k, b);
        });
        TextField first = robot.lookup("#weight-0-0-0").queryAs(TextField.class);
        robot.clickOn(first);
        robot.interact(() -> first.setText("abc"));
        robot.type(KeyCode.ENTER);                               // not a number: the old weight's text comes back
        robot.clickOn("#weight-0-2-2");                            // the first field loses focus
        robot.clickOn("#weight-0-1-1").clickOn("#bias").clickOn("#weight-0-2-2");   // passing through, changing nothing
        assertEquals(EXACT, model.kernels()[0][0][0][0], 0, "put back, then left");
        assertEquals(EXACT, model.kernels()[0][0][1][1], 0, "only passed through");
        assertEquals(EXACT, model.bias()[0], 0, "the bias, only passed through");
    }
}
