package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kernel weight being typed is marked (ControlsFX ValidationSupport) while it is not a number, and only then; the
 * fields of a shape the kernel no longer has are let go.
 */
@ExtendWith(ApplicationExtension.class)
class KernelWeightCheckTest {

    private StepperViewModel model;

    @Start
    void start(Stage stage) {
        model = new StepperViewModel();
        WindowFixture.show(stage, new StepperView(model));
    }

    private static boolean marked(TextField f) {
        var d = Decorator.getDecorations(f);
        return d != null && !d.isEmpty();
    }

    @Test
    void textThatIsNotANumberIsMarkedAndEnterPutsTheOldWeightBack(FxRobot robot) throws Exception {
        TextField f = robot.lookup("#weight-0-1-1").queryAs(TextField.class);
        float before = model.kernels()[0][0][1][1];
        robot.interact(() -> f.setText("−0,16"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(marked(f), "a printed minus and a decimal comma are a number");
        robot.interact(() -> f.setText("0.1.6"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> marked(f));
        robot.interact(() -> f.fireEvent(new javafx.event.ActionEvent()));
        assertEquals(before, model.kernels()[0][0][1][1], 0);
        assertEquals(StepperText.cellNumber(before), f.getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !marked(f));
        robot.interact(() -> {
            f.setText("−0.16");
            f.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(-0.16f, model.kernels()[0][0][1][1], 1e-6);
        assertTrue(f.getWidth() >= 40, "wide enough for −0.16: " + f.getWidth());
    }

    /**
     * The long monkey's heap grew by a ValidationSupport at every reshape: the bias field stays and was registered with
     * each new support, so its text listeners held every old support and, through it, the old shape's fields. Each
     * change of the bias made every old support mark its fields again, and ControlsFX keeps a mark for a field out of
     * any scene (a label with its tooltip) until the field is shown: 58,629 tooltips after 6 minutes.
     */
    @Test
    void theFieldsOfAnOldShapeAreLetGoWhenTheKernelIsReshaped(FxRobot robot) {
        WeakReference<TextField> old = new WeakReference<>(robot.lookup("#weight-0-1-1").queryAs(TextField.class));
        robot.interact(() -> {
            model.setSetup(model.setup().withKernelSize(5));
            model.setSetup(model.setup().withKernelSize(3));
        });
        for (int i = 0; i < 10 && old.get() != null; i++) {
            System.gc();   // an object nothing holds is gone after a full collection; a few, in case one is cut short
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNull(old.get(), "a weight field of the first 3×3 kernel is still held after two reshapes");
    }

    /**
     * A field off screen (another view shown) is not marked until it is shown again: ControlsFX keeps a mark made for a
     * field out of any scene (a label with its tooltip, and a listener waiting for a scene) until the field is shown,
     * one more at every check of every field of the kernel, and the long monkey found thousands.
     */
    @Test
    void aFieldOffScreenIsMarkedOnlyOnceItIsShownAgain(FxRobot robot) throws Exception {
        TextField f = robot.lookup("#weight-0-1-1").queryAs(TextField.class);
        Scene scene = f.getScene();
        Parent view = scene.getRoot();
        robot.interact(() -> {
            scene.setRoot(new Pane());
            f.setText("0.1.6");
            f.setText("abc");
        });
        assertFalse(marked(f), "a mark was made for a field off screen");
        robot.interact(() -> scene.setRoot(view));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> marked(f));
    }
}
