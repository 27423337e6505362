package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.settings.SettingsFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The header's Settings menu on screen: a change reaches the file, Reset says so with an Undo that works, and the menu
 * opened right after a change of contrast is styled without errors.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsMenuTest {

    @TempDir
    static Path dir;
    private AppModels models;
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void letTheReaderEnd() {
        never.countDown();
    }

    @Start
    void start(Stage stage) throws IOException {
        Path file = dir.resolve("settings-" + System.nanoTime() + ".properties");
        Files.writeString(file, "version=1\nclassroom.zoom=1.5\nclassroom.reducedMotion=maybe\n");
        // The shared data is never read: these tests stay on the Stepper, which needs none.
        models = new AppModels(Platform::runLater, () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("not read in this test");
        }, new RememberedSettings(new SettingsFile(file)));
        ReceptiveApp.open(stage, models);
    }

    @Test
    void aChangeIsWrittenToTheFileOnceThingsSettle(FxRobot robot) throws Exception {
        assertEquals(1.5, models.presentation().zoomProperty().get(), 0);
        robot.interact(() -> models.presentation().highContrastProperty().set(true));
        Path written = models.remembered().file().path();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> Files.readString(written).contains("classroom.highContrast=true"));
    }

    @Test
    void resetTellsInANoteWhoseUndoBringsTheSettingsBack(FxRobot robot) throws Exception {
        MenuButton menu = robot.lookup("#settingsMenu").queryAs(MenuButton.class);
        MenuItem reset = menu.getItems().stream().filter(i -> "resetSettings".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(reset::fire);
        assertEquals(1.0, models.presentation().zoomProperty().get(), 0);
        // The note is a ControlsFX popup window of its own; its Undo is a button in it.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> undoButton(robot) != null);
        robot.interact(() -> undoButton(robot).fire());
        assertEquals(1.5, models.presentation().zoomProperty().get(), 0);
    }

    @Test
    void aValueThatCannotBeUsedIsSaidInANote(FxRobot robot) throws Exception {
        assertEquals("Some saved settings could not be used (reduced motion) and are back to the usual.",
                models.remembered().messageProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> NotesOnScreen.saying(robot, "reduced motion"));
    }

    /**
     * Opened in the same turn as a change of contrast, before the window has drawn a frame (the
     * monkey's Ctrl+H, then ⚙), the menu is styled without a CSS error. JavaFX's CSS engine only
     * logs what it cannot look up, so its log is what is checked.
     */
    @Test
    void theMenuOpenedRightAfterAContrastChangeIsStyledWithoutErrors(FxRobot robot) {
        MenuButton menu = robot.lookup("#settingsMenu").queryAs(MenuButton.class);
        List<String> logged = cssLoggedDuring(Level.WARNING, () -> {
            for (boolean on : new boolean[] {true, false, true}) {
                robot.interact(() -> {
                    models.presentation().highContrastProperty().set(on);
                    menu.show();
                });
                robot.interact(menu::hide);
            }
        });
        assertEquals(List.of(), logged);
    }

    /**
     * The Settings menu left open, an item of it focused, while the contrast changes (Ctrl+H), as
     * the long monkey did it (seed 20261205, actions 123–148): the open menu was restyled through
     * its owner and modena's `.menu-item:focused` read a name where a colour belongs. A change of
     * contrast closes the window's open menus.
     */
    @Test
    void aMenuLeftOpenWhileTheContrastChangesIsClosedWithoutErrors(FxRobot robot) {
        MenuButton menu = robot.lookup("#settingsMenu").queryAs(MenuButton.class);
        List<String> logged = cssLoggedDuring(Level.ALL, () -> {
            for (boolean on : new boolean[] {true, false, true, false}) {
                robot.interact(menu::show);
                robot.type(javafx.scene.input.KeyCode.DOWN);
                robot.interact(() -> models.presentation().highContrastProperty().set(on));
                robot.interact(() -> { });
                assertFalse(menu.isShowing(), "the menu is closed by the change");
            }
        });
        assertEquals(List.of(), logged);
    }

    /** What JavaFX's CSS engine logged at {@code least} or above while {@code steps} ran (it only logs what it cannot look up). */
    private static List<String> cssLoggedDuring(Level least, Runnable steps) {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler errors = new Handler() {
            @Override public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= least.intValue()) {
                    logged.add(r.getMessage());
                }
            }

            @Override public void flush() {
            }

            @Override public void close() {
            }
        };
        Logger css = Logger.getLogger("javafx.css");
        css.addHandler(errors);
        try {
            steps.run();
        } finally {
            css.removeHandler(errors);
        }
        return logged;
    }

    private static Button undoButton(FxRobot robot) {
        return robot.lookup(".notification-bar .button").match((Button b) -> "Undo".equals(b.getText()))
                .tryQueryAs(Button.class).orElse(null);
    }
}
