package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Drawing;
import org.receptive.data.Mnist;
import org.receptive.data.PersonalDigits;
import org.receptive.engine.DefaultModel;
import org.receptive.ui.WindowFixture;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.network.NetworkViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Draws on the real pad with mouse drags: a "1", a "0", clearing and undoing. */
@ExtendWith(ApplicationExtension.class)
class DrawViewTest {

    private DrawViewModel model;
    private DrawView view;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("receptive-draw-test");
        model = new DrawViewModel(new NetworkViewModel(DefaultModel.load().network(), Mnist.test()));
        TeachModel teach = new TeachModel(model, new PersonalDigits(folder), Mnist::train, Runnable::run, Runnable::run,
                FineTuning.Settings.DEFAULT);
        view = new DrawView(model, teach);
        WindowFixture.show(stage, view);
    }

    @AfterEach
    void removeFolder() throws Exception {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void forEveryDigitAndScribbleThePadShowsTheEnginesAnswerForTheInputItShows() throws Exception {
        org.receptive.monkey.ShownAnswers answers = new org.receptive.monkey.ShownAnswers();
        java.util.Random random = new java.util.Random(11);
        int sure = 0;
        for (int i = 0; i < 24; i++) {
            int k = i;
            String status = WaitForAsyncUtils.asyncFx(() -> {
                if (k < 10) {
                    SampleDigits.drawOn(model, k);
                } else {
                    model.clear();
                    for (int stroke = 0; stroke <= random.nextInt(3); stroke++) {
                        model.beginStroke(random.nextDouble() * 280, random.nextDouble() * 280);
                        for (int m = 0; m < 8; m++) {
                            model.extendStroke(random.nextDouble() * 280, random.nextDouble() * 280);
                        }
                        model.endStroke();
                    }
                }
                model.classifyNow();
                return ((javafx.scene.control.Label) view.lookup("#status")).getText();
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(java.util.List.of(), WaitForAsyncUtils.asyncFx(() -> answers.check(view)).get(), "drawing " + i + ": " + status);
            sure += status.startsWith("It is a ") && answers.checked() == 1 ? 1 : 0;
        }
        assertTrue(sure >= 5, "the sample digits are read with confidence, so the check saw real answers: " + sure);
    }

    @Test
    void drawingAOneAndAZeroWithTheMouseThenClearingAndUndoing(FxRobot robot) throws Exception {
        assertEquals("–", answer(robot));
        assertEquals(Answer.PROMPT, status(robot));

        // A "1": one vertical drag down the middle of the pad.
        // (TestFX moves the mouse in small steps between the points, so every move is a drag.)
        drag(robot, new double[] {142, 50, 138, 235});
        assertEquals("1", answer(robot), status(robot));
        assertTrue(status(robot).startsWith("It is a 1"), status(robot));
        assertEquals(1, model.strokes().size());
        assertTrue(inkAt(robot, 140, 150), "the stroke is painted on the pad");
        assertTrue(!inkAt(robot, 60, 150), "and nowhere else");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("–", answer(robot));
        assertEquals(Answer.PROMPT, status(robot));
        assertTrue(!inkAt(robot, 140, 150), "cleared");

        // A "0": one drag round an oval.
        double[] loop = new double[2 * 14];
        for (int i = 0; i < 14; i++) {
            double a = Math.toRadians(30 * i);
            loop[2 * i] = 140 + 70 * Math.sin(a);
            loop[2 * i + 1] = 140 - 95 * Math.cos(a);
        }
        drag(robot, loop);
        assertEquals("0", answer(robot), status(robot));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("–", answer(robot), "undoing the 0 leaves the cleared pad");
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", answer(robot), "undoing the clear brings the 1 back");
        assertTrue(inkAt(robot, 140, 150));

        robot.clickOn("#clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("–", answer(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("–", answer(robot), "nothing to redo after a new step");
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", answer(robot));
    }

    /**
     * Presenting in 770 px of its own (a 1920-pixel projector at 250% gives 768): the pad is drawn
     * smaller and the answer's column ends inside the view; a stroke on the small pad lands where
     * it would on the large one, in the pad's own 280 units, and is read as such.
     */
    @Test
    void presentingNarrowDrawsThePadSmallerKeepsTheAnswerInSightAndStillReadsTheStroke(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.setPresenting(true);
            view.getScene().getWindow().setWidth(770);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            double side = view.pad().side();
            assertTrue(side < DrawPad.USUAL_SIDE && side >= DrawPad.MIN_SIDE, "pad side " + side);
            double right = WaitForAsyncUtils.asyncFx(() -> view.getRight().getBoundsInParent().getMaxX()).get();
            assertTrue(right <= view.getWidth() + 0.5, "the answer ends at " + right + " of " + view.getWidth());
            drag(robot, new double[] {142, 50, 138, 235});
            assertEquals("1", answer(robot), status(robot));
            Drawing.Point first = model.strokes().get(0).points().get(0);
            assertEquals(142, first.x(), 2, "the stroke starts where it was drawn, in pad units");
            assertEquals(50, first.y(), 2);
            assertTrue(inkAt(robot, 140, 150), "the stroke is painted on the small pad");
        } finally {
            robot.interact(() -> {
                view.setPresenting(false);
                view.getScene().getWindow().setWidth(WindowFixture.WIDTH);
            });
        }
    }

    /**
     * Narrow (zoomed in: 1920×1080 at 150% lays the view out in 1280×696), the preprocessing strip
     * folds to its title below the maps, which then have most of the column; open, it took all but
     * ~100 px of it. "Show steps" opens it, by mouse or keys; wide again, it is open as before.
     */
    @Test
    void narrowThePreprocessingStripFoldsSoTheMapsHaveTheColumnAndOpensAgainOnAsking(FxRobot robot) throws Exception {
        robot.interact(() -> {
            SampleDigits.drawOn(model, 7);
            model.classifyNow();
            view.getScene().getWindow().setWidth(1280);
            view.getScene().getWindow().setHeight(696);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            javafx.scene.Node steps = robot.lookup(".preprocessing .steps").query();
            javafx.scene.Node maps = robot.lookup(".stages-scroll").query();
            assertTrue(!steps.isVisible() && !steps.isManaged(), "folded");
            assertEquals("Show steps", robot.lookup("#preprocessingOpen").queryAs(javafx.scene.control.ToggleButton.class).getText());
            double column = view.getCenter().getLayoutBounds().getHeight();
            double mapsHeight = maps.getLayoutBounds().getHeight();
            assertTrue(mapsHeight > 0.6 * column, "the maps take " + mapsHeight + " of " + column);

            robot.clickOn("#preprocessingOpen");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(steps.isVisible() && steps.isManaged(), "opened by a click");
            assertEquals("Hide steps", robot.lookup("#preprocessingOpen").queryAs(javafx.scene.control.ToggleButton.class).getText());
            robot.type(KeyCode.SPACE);   // the button keeps the focus: the keys fold it again
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!steps.isVisible(), "folded by Space");

            robot.interact(() -> view.getScene().getWindow().setWidth(WindowFixture.WIDTH));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(steps.isVisible(), "wide, there is room for both");
        } finally {
            robot.interact(() -> {
                view.getScene().getWindow().setWidth(WindowFixture.WIDTH);
                view.getScene().getWindow().setHeight(WindowFixture.HEIGHT);
            });
        }
    }

    @Test
    void clickingAFeatureMapCellOutlinesItsFieldOnTheInputAndOnTheDrawing(FxRobot robot) throws Exception {
        robot.interact(() -> SampleDigits.drawOn(model, 7));
        HeatmapView map = robot.lookup("#featureMap-1-0").queryAs(HeatmapView.class);
        // The maps scroll under the preprocessing steps: bring the first map into sight, as a person would.
        javafx.scene.control.ScrollPane maps = robot.lookup(".stages-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            javafx.scene.Node content = maps.getContent();
            double y = content.sceneToLocal(map.localToScene(0, 0)).getY();
            double room = content.getBoundsInLocal().getHeight() - maps.getViewportBounds().getHeight();
            maps.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D cell = WaitForAsyncUtils.asyncFx(() -> map.localToScreen(map.cellCentre(10, 12))).get();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new org.receptive.ui.common.Rect(8, 10, 5, 5), view.strip().input().highlight());
        assertNotNull(model.fieldOnSourceProperty().get());
        assertTrue(robot.lookup("#fieldText").queryAs(Label.class).getText().contains("5×5 patch"));
    }

    /** Presses at the first pad point, moves through the rest and releases. */
    private void drag(FxRobot robot, double[] points) throws Exception {
        robot.moveTo(screen(points[0], points[1])).press(MouseButton.PRIMARY);
        for (int i = 2; i < points.length; i += 2) {
            robot.moveTo(screen(points[i], points[i + 1]));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(double x, double y) throws Exception {
        DrawPad pad = view.pad();
        return WaitForAsyncUtils.asyncFx(() -> pad.localToScreen(pad.padToLocal(x, y))).get();
    }

    /** Whether the pad shows ink (dark) at pad pixel (x, y). */
    private boolean inkAt(FxRobot robot, double x, double y) throws Exception {
        DrawPad pad = view.pad();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> pad.snapshot(null, null)).get();
        Point2D p = WaitForAsyncUtils.asyncFx(() -> pad.padToLocal(x, y)).get();
        Color c = shot.getPixelReader().getColor((int) p.getX(), (int) p.getY());
        return c.getBrightness() < 0.5;
    }

    private static String answer(FxRobot robot) {
        return robot.lookup("#answer").queryAs(Label.class).getText();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }
}
