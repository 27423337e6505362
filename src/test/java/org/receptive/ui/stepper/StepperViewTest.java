package org.receptive.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Step;
import org.receptive.ui.NotesOnScreen;
import org.receptive.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real stepper: step, change stride, padding and dilation, click an output cell, paint, undo. */
@ExtendWith(ApplicationExtension.class)
class StepperViewTest {

    private StepperViewModel model;
    private StepperView view;

    @Start
    void start(Stage stage) {
        model = new StepperViewModel();
        view = new StepperView(model);
        WindowFixture.show(stage, view);
    }

    /**
     * The app's first view, as a student first sees it in a 1400-px window: the sweep and its
     * opening sentence fit without a sideways scroll (a long sentence once set the width).
     */
    @Test
    void theFirstViewFitsTheWindowWithoutScrollingSideways(FxRobot robot) {
        javafx.scene.control.ScrollPane sweep = robot.lookup(".sweep-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> { });
        double content = sweep.getContent().getLayoutBounds().getWidth(), viewport = sweep.getViewportBounds().getWidth();
        assertTrue(content <= viewport + 1, "the sweep is " + content + " px wide in a " + viewport + " px viewport");
    }

    /**
     * Backward at 100% in a 1400-px window, on the 14×14 digit of docs/stepper-backward.png: its
     * gradient controls once made the row wider than the window, so it scrolled sideways and the
     * sentence under them (and, in a lesson, "Take one step") was cut at the window's edge.
     */
    @Test
    void backwardFitsTheWindowWithoutScrollingSideways(FxRobot robot) {
        robot.interact(() -> model.setSetup(model.setup().withInput(1, 14, 14).withPadding(1)));
        robot.clickOn("#mode-backward");
        javafx.scene.control.ScrollPane sweep = robot.lookup(".sweep-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> { });
        double content = sweep.getContent().getLayoutBounds().getWidth(), viewport = sweep.getViewportBounds().getWidth();
        assertTrue(content <= viewport + 1, "Backward's sweep is " + content + " px wide in a " + viewport + " px viewport");
        Label delta = robot.lookup("#delta").queryAs(Label.class);
        assertTrue(delta.getWidth() <= viewport, "the sentence under the controls is " + delta.getWidth() + " px wide");
    }

    @Test
    void steppingMovesTheRedWindowAndFillsTheOutput(FxRobot robot) {
        robot.clickOn("#forward").clickOn("#forward");
        assertEquals(1, model.position());
        assertEquals(window(0, 1, 3), view.inputGrid(0).windowCells());
        assertFalse(Float.isNaN(view.outputGrid(0).value(0, 1)));
        assertTrue(Float.isNaN(view.outputGrid(0).value(0, 2)));
        assertEquals("step 2 of 25", robot.lookup("#where").queryAs(Label.class).getText());

        // The keys drive it once the focus is not in a text field.
        robot.clickOn("#where");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.LEFT);
        assertEquals(2, model.position());
        robot.type(KeyCode.END);
        assertEquals(24, model.position());
        robot.type(KeyCode.HOME);
        assertEquals(-1, model.position());
        assertTrue(view.inputGrid(0).windowCells().isEmpty());
    }

    @Test
    void clickingAnOutputCellOutlinesTheWindowThatWroteIt(FxRobot robot) throws Exception {
        setSpinner(robot, "#padding", 1);
        setSpinner(robot, "#stride", 2);
        assertEquals(4, model.setup().outputHeight());       // ⌊(7 + 2 − 2 − 1)/2⌋ + 1
        ValueGrid out = view.outputGrid(0);
        Point2D p = WaitForAsyncUtils.asyncFx(() -> out.localToScreen(out.centre(2, 3))).get();
        robot.clickOn(p);
        Step s = model.current();
        assertEquals(2, s.outRow());
        assertEquals(3, s.outCol());
        // Output (2, 3) at stride 2, padding 1 reads input rows 3..5, columns 5..7 (column 7 is padding).
        assertEquals(window(3, 5, 3), view.inputGrid(0).windowCells());
        assertEquals(Set.of(new Cell(0, 2, 3)), view.outputGrid(0).windowCells());
    }

    @Test
    void anImpossibleDilationIsExplainedAndPaddingFixesIt(FxRobot robot) {
        setSpinner(robot, "#kernelSize", 5);
        setSpinner(robot, "#dilation", 2);                   // a 9×9 footprint on a 7×7 input
        Label problem = robot.lookup("#problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().contains("dilated kernel (9×9) is larger than the padded input (7×7)"), problem.getText());
        robot.clickOn("#forward");                            // nothing to step, nothing thrown
        assertEquals(-1, model.position());
        setSpinner(robot, "#padding", 1);
        assertTrue(model.runnable());
        assertFalse(problem.isVisible());
        assertEquals(1, model.positions());                   // ⌊(7 + 2 − 8 − 1)/1⌋ + 1 = 1
        robot.clickOn("#forward");
        assertEquals(25, view.inputGrid(0).windowCells().size());   // 5×5 cells, spread over 9×9
    }

    @Test
    void paintingTypingAWeightAndUndo(FxRobot robot) throws Exception {
        robot.clickOn("#clearInput");
        ValueGrid in = view.inputGrid(0);
        Point2D a = WaitForAsyncUtils.asyncFx(() -> in.localToScreen(in.centre(1, 1))).get();
        Point2D b = WaitForAsyncUtils.asyncFx(() -> in.localToScreen(in.centre(1, 4))).get();
        robot.drag(a).moveTo(b).release(javafx.scene.input.MouseButton.PRIMARY);
        for (int c = 1; c <= 4; c++) {
            assertEquals(1f, model.input()[0][1][c], "column " + c);
        }
        robot.clickOn("#weight-0-0-0").write("3").type(KeyCode.ENTER);
        assertEquals(3f, model.kernels()[0][0][0][0]);
        ConvolutionStepper expected = new ConvolutionStepper(model.setup(), model.input(), model.kernels(), model.bias());
        assertEquals(expected.output()[0][0][0], model.output()[0][0][0]);

        robot.clickOn("#undo");
        assertEquals(-1f, model.kernels()[0][0][0][0]);       // Sobel x's corner
        robot.clickOn("#undo");                                // the whole stroke at once
        assertEquals(0f, model.input()[0][1][2]);
        robot.clickOn("#redo");
        assertEquals(1f, model.input()[0][1][3]);
        assertEquals("2", ((TextField) robot.lookup("#weight-0-1-2").query()).getText());
    }

    @Test
    void backwardStepsFillDlDwAsTheModelSaysAndOneStepLowersTheLoss(FxRobot robot) {
        robot.clickOn("#mode-backward");
        assertEquals(org.receptive.ui.stepper.StepperMode.BACKWARD, model.mode());
        robot.clickOn("#forward").clickOn("#forward").clickOn("#forward");
        assertEquals(2, model.position());
        ConvolutionStepper forward = new ConvolutionStepper(model.setup(), model.input(), model.kernels(), model.bias());
        org.receptive.stepper.TargetLoss loss = org.receptive.stepper.TargetLoss.ofPreset(forward,
                model.backward().preset(), 1f);
        org.receptive.stepper.Gradients expected = new org.receptive.stepper.BackwardStepper(forward, loss.gradient(forward)).after(3);
        ValueGrid dw = view.backwardGrids().weightGrid(0);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(expected.weights()[0][0][y][x], dw.value(y, x), 1e-5, "dL/dW at " + y + "," + x);
            }
        }
        float before = loss.loss(forward);
        assertTrue(before > 0);
        robot.clickOn("#takeStep");
        Label result = robot.lookup("#stepLoss").queryAs(Label.class);
        assertTrue(result.isVisible());
        assertTrue(result.getText().contains("(down)"), result.getText());
        assertTrue(model.backward().loss() < before, before + " → " + model.backward().loss());
    }

    @Test
    void spaceOnAFocusedButtonPressesThatButtonAndElsewherePlays(FxRobot robot) {
        javafx.scene.control.Button step = robot.lookup("#forward").queryButton();
        assertTrue(step.isFocusTraversable(), "Tab reaches the playback buttons");
        robot.interact(step::requestFocus);
        robot.type(KeyCode.SPACE);
        assertEquals(0, model.position(), "Space pressed 'Step ▶'");
        assertFalse(model.playing());
        robot.clickOn("#where");
        robot.type(KeyCode.SPACE);
        assertTrue(model.playing(), "Space elsewhere plays");
        robot.interact(() -> model.setPlaying(false));
    }

    @Test
    void theOutputLegendIsHiddenWhenTheSettingsAreImpossible(FxRobot robot) {
        javafx.scene.Node legend = robot.lookup("#outputLegend").query();
        assertTrue(legend.isVisible());
        setSpinner(robot, "#kernelSize", 5);
        setSpinner(robot, "#dilation", 2);
        assertFalse(model.runnable());
        assertFalse(legend.isVisible(), "no colour scale beside 'No output'");
        setSpinner(robot, "#padding", 1);
        assertTrue(legend.isVisible());
    }

    @Test
    void atTwentyEightAComputedZeroAndACellNotComputedYetLookDifferent(FxRobot robot) throws Exception {
        setSpinner(robot, "#height", 28);
        robot.clickOn("#clearInput");                        // every output is 0
        robot.interact(() -> model.jump(40));
        ValueGrid out = view.outputGrid(0);
        assertTrue(out.cellSize() < 24, "no numbers in cells this small");
        assertEquals(0f, out.value(0, 3));
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(() -> out.snapshot(null, null)).get();
        javafx.geometry.Point2D done = out.centre(0, 3), pending = out.centre(20, 20);
        javafx.scene.paint.Color a = shot.getPixelReader().getColor((int) done.getX(), (int) done.getY());
        javafx.scene.paint.Color b = shot.getPixelReader().getColor((int) pending.getX(), (int) pending.getY());
        double distance = Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
        assertTrue(distance > 0.3, "computed 0 " + a + " against not computed " + b);
        assertTrue(robot.lookup("#notComputedKey").query().isVisible(), "the grey is explained beside the legend");
    }

    @Test
    void theGifIsSavedFromTheKeyboard(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertTrue(robot.lookup("#saveGif").queryButton().isFocusTraversable());
        java.io.File file = dir.resolve("sweep.gif").toFile();
        robot.interact(() -> view.askGifDestinationWith(w -> file));
        robot.clickOn("#where");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        // The progress line goes and a ControlsFX note says where the GIF is.
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> NotesOnScreen.saying(robot, "GIF saved to"));
        assertTrue(file.length() > 0);
        String note = NotesOnScreen.text(robot, "GIF saved to");
        assertTrue(note.contains("25 frames"), note);
        assertEquals("", robot.lookup("#gifStatus").queryAs(Label.class).getText());
    }

    @Test
    void presentingHidesTheEditingControlsOfBackwardAndTheLabAndKeepsTheGrids(FxRobot robot) {
        robot.clickOn("#mode-backward");
        double cell = view.backwardGrids().weightGrid(0).cellSize();
        robot.interact(() -> view.setPresenting(true));
        assertFalse(shown(robot, "#learningRate"), "the typed learning rate is an editing control");
        assertFalse(shown(robot, "#clearInput"));
        assertTrue(shown(robot, "#takeStep"), "the step drives the demo");
        assertTrue(shown(robot, "#gradientSource"));
        assertEquals(cell, view.backwardGrids().weightGrid(0).cellSize(), "the grids keep their size");
        robot.clickOn("#mode-learn");
        assertFalse(shown(robot, "#labRate"));
        assertFalse(shown(robot, "#labOpenPicture"));
        assertTrue(shown(robot, "#labLearn"));
        robot.interact(() -> view.setPresenting(false));
        assertTrue(shown(robot, "#labRate"));
    }

    @Test
    void theLabLearnsFromTheKeyboardAndHandsAnUpdateToBackward(FxRobot robot) {
        robot.clickOn("#where");
        robot.type(KeyCode.L);
        assertEquals(org.receptive.ui.stepper.StepperMode.LEARN, model.mode());
        robot.clickOn("#labOnce").clickOn("#labOnce");
        assertEquals(2, model.lab().lab().updates());
        assertTrue(robot.lookup("#labProgress").queryAs(Label.class).getText().startsWith("2 updates"));
        javafx.scene.control.Button through = robot.lookup("#labStepThrough").queryButton();
        robot.interact(through::requestFocus);
        robot.type(KeyCode.SPACE);                                 // Space presses the focused button
        assertEquals(org.receptive.ui.stepper.StepperMode.BACKWARD, model.mode());
        assertEquals(28, model.setup().height());
        assertTrue(robot.lookup("#mode-backward").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    /** Whether the node and everything around it is visible: what a student sees. */
    private static boolean shown(FxRobot robot, String id) {
        for (javafx.scene.Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The k×k cells at (top, left), step 1 — the footprint without dilation. */
    private static Set<Cell> window(int top, int left, int k) {
        Set<Cell> cells = new HashSet<>();
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                cells.add(new Cell(0, top + y, left + x));
            }
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static void setSpinner(FxRobot robot, String id, int value) {
        Spinner<Integer> sp = robot.lookup(id).queryAs(Spinner.class);
        robot.interact(() -> sp.getValueFactory().setValue(value));
    }
}
