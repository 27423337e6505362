package org.receptive.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.cortex.KernelSet;
import org.receptive.ui.AppModels;
import org.receptive.ui.ReceptiveApp;
import org.receptive.ui.Shell;
import org.receptive.ui.common.FrameStats;
import org.receptive.ui.cortex.CortexLabModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The harness plays scripts on the real window, opened the way the app opens it. */
@ExtendWith(ApplicationExtension.class)
class DemoTest {

    private AppModels models;
    private Shell shell;
    private final List<String> said = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        models = new AppModels(Platform::runLater);
        shell = ReceptiveApp.open(stage, models);
    }

    private void play(FxRobot robot, String spec) throws Exception {
        var done = WaitForAsyncUtils.asyncFx(() -> new DemoRun(DemoScript.parse(spec), models, shell, new FrameStats(10),
                said::add).start());
        done.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCortexScriptOpensTheLabAndSetsItUp(FxRobot robot) throws Exception {
        play(robot, "view=cortex;kernels=learned;angle=105;move=14,13;neuron=2,3,4;zoom=1.5");
        assertTrue(robot.lookup("#nav-cortex").queryAs(ToggleButton.class).isSelected(), "its button was pressed");
        assertTrue(robot.lookup(".cortex-lab").tryQuery().isPresent());
        CortexLabModel lab = models.cortex();
        assertEquals(KernelSet.LEARNED, lab.kernelsProperty().get());
        assertEquals(105, lab.angleProperty().get(), 1e-9);
        assertEquals(new CortexLabModel.NeuronPick(2, 3, 4), lab.selectedProperty().get());
        assertEquals(1.5, models.presentation().zoomProperty().get(), 1e-9);
        assertEquals(List.of(), said);
    }

    @Test
    void aNetworkScriptShowsTheDigitAndSelectsTheNeuronOnceTheModelIsRead(FxRobot robot) throws Exception {
        play(robot, "view=network;digit=3;select=3,10,6,8");
        assertTrue(robot.lookup(".network-view").tryQuery().isPresent());
        assertEquals(3, models.network().digitIndexProperty().get());
        String field = models.network().fieldDescriptionProperty().get();
        assertTrue(field.startsWith("This neuron (map 11 of 32, row 6, column 8)"), field);
    }

    @Test
    void mistakesInAScriptAreSaidAndTheRestStillPlays(FxRobot robot) throws Exception {
        play(robot, "view=nowhere;angel=3;view=cortex;stimulus=triangle;angle=30");
        assertEquals(List.of("RECEPTIVE_DEMO: unknown key 'angel' (Demo --keys lists them)",
                "RECEPTIVE_DEMO: cannot read 'stimulus=triangle' (java.lang.IllegalArgumentException: "
                        + "No enum constant org.receptive.cortex.StimulusKind.TRIANGLE)"), said);
        assertEquals(30, models.cortex().angleProperty().get(), 1e-9);
    }

    @Test
    void aLessonScriptPagesToTheQuestionAndTheExerciseAndAnswersThemThroughTheWindow(FxRobot robot) throws Exception {
        play(robot, "view=lessons;lesson=2;reveal=1;answer=1,-4");
        var lessons = models.lessons();
        var lesson = lessons.lessonProperty().get();
        assertEquals(1, lessons.lessonIndexProperty().get());
        assertTrue(lessons.revealedProperty(lesson.questions().get(0)).get());
        var exercise = lesson.exercises().get(0);
        assertTrue(lesson.sections().get(lessons.sectionIndexProperty().get()).blocks().contains(exercise), "turned to the exercise");
        assertTrue(lessons.attemptProperty(exercise).get().check().correct(), "1·1 + 5·(−1) = −4");
        assertEquals("-4", robot.lookup("#answer-" + exercise.id()).queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals(List.of(), said);
    }
}
