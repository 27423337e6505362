package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.ui.lesson.LessonsView;
import org.receptive.ui.stepper.StepperView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's frame: views built when first shown, a waiting line while the shared data loads,
 * and the classroom keys (views by number, zoom, high contrast, reduced motion, presenting).
 */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    /** Held shut until a test lets the loading finish, so "not read yet" lasts as long as it needs. */
    private final CountDownLatch reading = new CountDownLatch(1);
    private AppModels models;
    private Shell shell;

    @Start
    void start(Stage stage) {
        models = new AppModels(Platform::runLater, () -> {
            try {
                reading.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AppModels.Loaded(Mnist.test(), DefaultModel.load().network());
        });
        shell = new Shell(models);
        WindowFixture.show(stage, shell);
    }

    @AfterEach
    void finishReading() {
        reading.countDown();   // the loading thread of every test ends
    }

    /** Lets the shared data be read, and waits until the window has caught up with it. */
    private void loaded() throws Exception {
        reading.countDown();
        models.loaded().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void theStepperIsReadyBeforeTheDataIsReadAndNoOtherViewIsBuilt(FxRobot robot) {
        assertFalse(models.isLoaded());
        assertTrue(robot.lookup(".stepper-view").tryQuery().isPresent());
        robot.clickOn("#forward");
        assertEquals(0, models.stepper().position(), "usable: the first step was taken");
        assertTrue(robot.lookup(".network-view").tryQuery().isEmpty());
        assertTrue(robot.lookup(".lesson-view").tryQuery().isEmpty());
    }

    @Test
    void aViewThatNeedsTheDataWaitsBehindALineOfTextThenAppears(FxRobot robot) throws Exception {
        robot.clickOn("#nav-network");
        assertTrue(robot.lookup("#waiting").tryQuery().isPresent(), "the waiting line");
        assertTrue(robot.lookup(".network-view").tryQuery().isEmpty());
        loaded();
        assertTrue(robot.lookup(".network-view").tryQuery().isPresent());
        assertTrue(robot.lookup("#waiting").tryQuery().isEmpty());
    }

    @Test
    void aViewLeftBeforeTheDataArrivedDoesNotTakeTheWindowBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-draw");
        robot.clickOn("#nav-cortex");
        loaded();
        assertTrue(robot.lookup(".cortex-lab").tryQuery().isPresent());
        assertTrue(robot.lookup(".draw-view").tryQuery().isEmpty());
        assertTrue(robot.lookup("#nav-cortex").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void theZoomKeysScaleTheViewAndCtrlZeroResetsIt(FxRobot robot) {
        robot.clickOn("#where");   // focus in the window, not in a field
        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        assertEquals(1.5, models.presentation().zoomProperty().get(), 1e-9);
        assertEquals(1.5, shell.lookup("#inputColumn").getLocalToSceneTransform().getMxx(), 1e-9, "the view really is scaled");
        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(1.0, models.presentation().zoomProperty().get(), 1e-9);
    }

    @Test
    void ctrlHPutsTheHighContrastSheetOnAndTakesItOff(FxRobot robot) {
        robot.clickOn("#where");
        ctrl(robot, KeyCode.H);
        assertTrue(shell.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        ctrl(robot, KeyCode.H);
        assertFalse(shell.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
    }

    @Test
    void reducedMotionStopsAPlayingSweep(FxRobot robot) {
        robot.interact(() -> models.stepper().setPlaying(true));
        assertTrue(models.stepper().playing());
        robot.clickOn("#where");
        ctrl(robot, KeyCode.M);
        assertFalse(models.stepper().playing());
    }

    @Test
    void presentingHidesTheHeaderAndTheSettingsOfEveryViewEvenOnesBuiltMeanwhile(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#where");
        robot.type(KeyCode.F11);
        assertFalse(shell.getTop().isVisible() || shell.getTop().isManaged(), "presenting hides the header");
        assertEquals(0, shell.getCenter().getBoundsInParent().getMinY(), "and the view takes its room");
        StepperView stepper = (StepperView) shell.lookup(".stepper-view");
        assertNull(stepper.getLeft(), "presenting hides the stepper's settings");
        ctrl(robot, KeyCode.DIGIT5);
        LessonsView lessons = (LessonsView) shell.lookup(".lesson-view");
        assertNotNull(lessons);
        assertNull(lessons.getLeft(), "a view built while presenting starts without its side list");
        robot.type(KeyCode.F11);
        assertTrue(shell.getTop().isVisible() && shell.getTop().isManaged());
        assertNotNull(lessons.getLeft());
        ctrl(robot, KeyCode.DIGIT1);
        assertNotNull(stepper.getLeft());
    }

    @Test
    void leavingFullScreenIsHeardOnceHoweverOftenPresentingWasToggled(FxRobot robot) {
        var presenting = models.presentation().presentingProperty();
        Stage stage = (Stage) shell.getScene().getWindow();
        int[] heard = {0};
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                presenting.set(true);
                presenting.set(false);
            }
            presenting.set(true);
            assertTrue(stage.isFullScreen(), "presenting fills the screen");
            // What hears full screen end sets presenting off: while presenting is bound, each such
            // listener throws once, and the FX thread hands each throw to its handler, so the
            // throws count the listeners (a second one would also be a second shell's worth of work).
            Thread fx = Thread.currentThread();
            var handler = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((t, e) -> heard[0]++);
            presenting.bind(new javafx.beans.property.SimpleBooleanProperty(true));
            try {
                stage.setFullScreen(false);   // as Esc does
            } finally {
                presenting.unbind();
                fx.setUncaughtExceptionHandler(handler);
            }
            presenting.set(false);
        });
        assertEquals(1, heard[0], "one listener hears full screen end, however often presenting was switched on and off before");
    }

    @Test
    void ctrlAndANumberSwitchToThatView(FxRobot robot) {
        robot.clickOn("#where");
        ctrl(robot, KeyCode.DIGIT6);
        assertTrue(robot.lookup("#nav-cortex").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup(".cortex-lab").tryQuery().isPresent());
        ctrl(robot, KeyCode.DIGIT1);
        assertTrue(shell.lookup(".stepper-view") instanceof StepperView);
        assertTrue(robot.lookup("#nav-stepper").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void dataThatCannotBeReadLeavesOneSentenceWhereTheViewWouldBe(FxRobot robot) throws Exception {
        Stage stage = (Stage) shell.getScene().getWindow();
        AppModels broken = new AppModels(Platform::runLater, () -> {
            throw new IllegalStateException("the default model is damaged");
        });
        robot.interact(() -> WindowFixture.show(stage, new Shell(broken)));
        robot.clickOn("#nav-network");
        assertThrows(ExecutionException.class, () -> broken.loaded().get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup(".waiting").queryLabeled().getText();
        assertEquals("This view cannot open: the app's built-in data could not be read (the default model is damaged).", said);
        robot.clickOn("#nav-stepper");
        assertTrue(robot.lookup(".stepper-view").tryQuery().isPresent(), "the rest of the app still works");
    }

    @Test
    void aHeaderButtonSaysWhatItDoesWhenThePointerComesOverIt(FxRobot robot) {
        ToggleButton contrast = robot.lookup("#highContrast").queryAs(ToggleButton.class);
        assertEquals("High contrast: black on white, for bright rooms (Ctrl+H)", contrast.getAccessibleHelp(), "read out at once");
        robot.moveTo(contrast);
        assertEquals("High contrast: black on white, for bright rooms (Ctrl+H)", contrast.getTooltip().getText());
    }
}
