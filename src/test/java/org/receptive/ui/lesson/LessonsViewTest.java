package org.receptive.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.LessonProgress;
import org.receptive.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Lessons view: open a lesson, answer an exercise wrong then right, reveal a solution; open a bad file. */
@ExtendWith(ApplicationExtension.class)
class LessonsViewTest {

    @TempDir
    static Path home;

    private LessonsViewModel model;
    private LessonsView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new LessonsViewModel(BundledLessons.all(), new LessonProgress(home.resolve("progress-" + System.nanoTime())));
        view = new LessonsView(model, new WidgetRegistry());
        WindowFixture.show(stage, view);
    }

    @Test
    void openALessonAnswerAnExerciseAndRevealASolution(FxRobot robot) {
        robot.clickOn("The convolution: a kernel slides over a grid");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The convolution: a kernel slides over a grid", robot.lookup("#lessonTitle").queryAs(Label.class).getText());

        robot.type(KeyCode.PAGE_DOWN);                       // the intro, then "One output cell"
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("One output cell", robot.lookup("#sectionTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".md-strong").queryAllAs(Text.class).stream().anyMatch(t -> t.getText().equals("kernel")),
                "**kernel** is rendered bold");
        assertTrue(robot.lookup("#picture-pictures-kernel-over-grid-png").tryQuery().isPresent(), "the page's picture is drawn");
        assertTrue(robot.lookup("The Stepper view is not part of this build yet, so this demo cannot open here."
                + " Its settings: input 7x7, kernel sobel-x, pattern vertical-bar.").tryQuery().isPresent(),
                "a demo without a view says so instead of faking it");

        // The page is longer than the window now (picture, demo): focus the field rather than click where it may not be.
        javafx.scene.control.TextField answer = robot.lookup("#answer-e1").queryAs(javafx.scene.control.TextField.class);
        robot.interact(answer::requestFocus);
        robot.write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label verdict = robot.lookup("#verdict-e1").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("✗ Not quite. Hint:"), verdict.getText());
        robot.interact(answer::requestFocus);
        robot.eraseText(1).write("-4");
        robot.interact(() -> robot.lookup("#check-e1").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✓ Right: -4.", verdict.getText());

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sliding", robot.lookup("#sectionTitle").queryAs(Label.class).getText());
        Node solution = robot.lookup("#solution-q2").query();
        assertFalse(solution.isVisible(), "the answer starts hidden");
        robot.interact(() -> robot.lookup("#reveal-q2").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(solution.isVisible());
        assertTrue(robot.lookup(".md-text").queryAllAs(Text.class).stream().anyMatch(t -> t.getText().startsWith("25: it fits")));
        assertTrue(robot.lookup("2 of 12 answered").tryQuery().isPresent(), "the list shows the progress");
    }

    @Test
    void aMalformedLessonFileShowsItsErrorWithTheLine(FxRobot robot) throws Exception {
        Path file = home.resolve("broken.md");
        Files.writeString(file, "# Broken\n\n```widget telescope\n```\n");
        robot.interact(() -> view.open(file));
        // The file is read in the background: wait for its answer, not for a time.
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !model.readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#lessonError").queryAs(Label.class);
        Node bar = robot.lookup("#lessonErrorBar").query();
        assertTrue(bar.isVisible());
        assertEquals("broken.md, line 3: unknown widget 'telescope' (known: stepper, cortex, draw, network, training)", error.getText());
        assertEquals("How we see: receptive fields in the visual cortex", robot.lookup("#lessonTitle").queryAs(Label.class).getText(),
                "the lesson on screen stays");
        robot.clickOn("Dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible());
    }

    @Test
    void whileAFileIsReadTheViewSaysSoAndTheOpenButtonWaits(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService held = Executors.newSingleThreadExecutor();
        held.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        LessonsViewModel slow = new LessonsViewModel(BundledLessons.all(), new LessonProgress(home.resolve("p-slow")),
                held, Platform::runLater);
        LessonsView slowView = new LessonsView(slow, new WidgetRegistry());
        Path file = Files.writeString(home.resolve("mine.md"), "# Mine\n\nHello.\n");
        robot.interact(() -> {
            stage.getScene().setRoot(slowView);
            slow.open(1);
            slowView.open(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node working = robot.from(slowView).lookup("#lessonReading").query();
        assertTrue(working.isVisible());
        assertTrue(robot.from(slowView).lookup("Reading mine.md…").tryQuery().isPresent());
        assertTrue(robot.from(slowView).lookup("#openLessonFile").query().isDisabled(), "one file at a time");
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !slow.readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(working.isVisible());
        assertEquals("Mine", robot.from(slowView).lookup("#lessonTitle").queryAs(Label.class).getText());
        held.shutdownNow();
    }
}
