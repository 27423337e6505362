package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.ui.WindowFixture;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.training.kernels.ConvKernels;
import org.receptive.ui.training.kernels.KernelGridView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real studio: start a tiny run, watch charts and kernels change, pause, scrub back, stop, save and load. */
@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {

    private TrainingViewModel model;
    private TrainingView view;

    @Start
    void start(Stage stage) {
        model = new TrainingViewModel(Platform::runLater);
        DataSource small = UiQueue.small(1600, 300);
        model.dataSources().add(small);
        model.dataProperty().set(small);
        model.settings().batchSizeProperty().set(16);
        model.settings().epochsProperty().set(40);
        float[] drawing = org.receptive.data.Mnist.test().image(7).clone();   // stands in for the Draw view's pad
        view = new TrainingView(model, () -> drawing);
        WindowFixture.show(stage, view);
    }

    @Test
    void aTinyRunStartsPausesScrubsBackAndStops(FxRobot robot, @TempDir Path dir) throws Exception {
        float[] untrained = weights(grid(robot, 1));
        robot.clickOn("#start");
        // Three snapshots at least, so the one before the last is a later one than step 0 (with two,
        // a quick pause left "a later snapshot" at step 0 and the test failed with the window narrowed).
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> points(robot, "#lossChart") >= 3 && points(robot, "#accuracyChart") >= 1
                && model.shown().snapshotsProperty().get() >= 3);
        assertEquals(RunState.RUNNING, model.stateProperty().get());
        assertTrue(model.progressProperty().get() > 0);
        assertTrue(robot.lookup("#speed").queryLabeled().getText().endsWith("images/s"));
        assertFalse(java.util.Arrays.equals(untrained, weights(grid(robot, 1))), "the first layer's kernels moved");

        robot.clickOn("#pause");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RunState.PAUSED, model.stateProperty().get());
        assertEquals("Resume", robot.lookup("#pause").queryAs(Button.class).getText());

        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        assertTrue(timeline.getMax() >= 1, "snapshots were kept");
        robot.interact(() -> timeline.setValue(0));
        assertFalse(model.shown().liveProperty().get());
        assertArrayEquals(untrained, weights(grid(robot, 1)), "scrubbed back to the random kernels");
        assertTrue(robot.lookup("#timelineCaption").queryLabeled().getText().contains("Step 0"));
        // A later snapshot: the caption is whole (wrapped, never "…") even in a narrow window,
        // and both charts mark its step where the curve has it.
        double width = view.getScene().getWindow().getWidth();
        robot.interact(() -> {
            timeline.setValue(timeline.getMax() - 1);
            view.getScene().getWindow().setWidth(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label caption = robot.lookup("#timelineCaption").queryAs(Label.class);
        assertTrue(caption.getText().contains("accuracy"), caption.getText());
        assertEquals(caption.getText(), ((javafx.scene.text.Text) caption.lookup(".text")).getText(), "shown whole");
        long step = model.shown().scrubbedStepProperty().get();
        for (String id : new String[] {"#lossChart", "#accuracyChart"}) {
            StepChart chart = robot.lookup(id).queryAs(StepChart.class);
            assertTrue(chart.marker().isVisible(), id + " marks the step");
            double x = ((javafx.scene.chart.NumberAxis) chart.getXAxis()).getDisplayPosition(step);
            assertEquals(x, chart.marker().getStartX(), 0.5, id);
        }
        robot.interact(() -> view.getScene().getWindow().setWidth(width));
        robot.clickOn("#live");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#lossChart").queryAs(StepChart.class).marker().isVisible(), "live: no marker");

        // Each kernel on its own scale (the default): the legend runs ±1 of each kernel's largest weight.
        java.util.List<String> ends = robot.lookup("#kernelsLegend-1").lookup(".legend-value").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertEquals("1.00", ends.get(2), ends.toString());
        robot.clickOn("#ownScale");
        WaitForAsyncUtils.waitForFxEvents();
        float range = grid(robot, 1).kernels().maxAbs();
        String high = robot.lookup("#kernelsLegend-1").lookup(".legend-value").queryAllAs(Label.class)
                .stream().map(Label::getText).toList().get(2);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", range), high, "one scale: the layer's range");
        robot.clickOn("#ownScale");
        WaitForAsyncUtils.waitForFxEvents();

        // Step 0 beside the kernels now: the untrained kernels, on the same scale, in the window.
        robot.clickOn("#besideStart");
        WaitForAsyncUtils.waitForFxEvents();
        KernelGridView start = robot.lookup("#kernels-start").queryAs(KernelGridView.class);
        assertNotNull(start.getScene(), "the step-0 grid is shown");
        assertArrayEquals(untrained, weights(start), "beside: the weights of step 0");
        assertFalse(java.util.Arrays.equals(untrained, weights(grid(robot, 1))), "next to the trained ones");
        robot.clickOn("#besideStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, start.getScene(), "unticked: gone again");
        assertTrue(model.shown().liveProperty().get());

        robot.clickOn("#mapsTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#featureMap-1-0").tryQuery().orElse(null), "feature maps of the first convolution");
        robot.clickOn("#useDrawing");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, model.shown().mapsProperty().get().digitIndexProperty().get(), "the drawing, not a test digit");
        assertTrue(robot.lookup("#drawnMessage").queryLabeled().getText().startsWith("Your drawing"));
        // The maps' answer is the engine's for the drawing, with the weights on show, live and scrubbed back.
        org.receptive.monkey.ShownAnswers answers = new org.receptive.monkey.ShownAnswers();
        assertEquals(java.util.List.of(), WaitForAsyncUtils.asyncFx(() -> answers.check(view)).get());
        assertEquals(1, answers.checked(), "the maps' answer was compared");
        robot.interact(() -> timeline.setValue(1));
        assertEquals(java.util.List.of(), WaitForAsyncUtils.asyncFx(() -> answers.check(view)).get(), "scrubbed back");
        robot.interact(() -> model.shown().mapsProperty().get().showDigit(5));
        assertEquals(java.util.List.of(), WaitForAsyncUtils.asyncFx(() -> answers.check(view)).get(), "a test digit");
        robot.interact(model::goLive);
        whatANeuronLooksFor(robot, timeline);

        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Continue", robot.lookup("#start").queryAs(Button.class).getText());
        // The Network view's kernels follow the training too, not only its maps.
        HeatmapView kernel = robot.lookup("#kernel-2").queryAs(HeatmapView.class);
        ConvKernels now = model.shown().kernelsProperty().get().get(0);
        assertEquals(now.kernel(2, 0)[0][4], kernel.value(0, 4));
        robot.clickOn("#learningTab");

        // Kernel surgery: click the third kernel, zero it, and the accuracy is re-scored at once.
        KernelGridView first = grid(robot, 1);
        robot.clickOn(WaitForAsyncUtils.asyncFx(() -> first.localToScreen(first.kernelCentre(2))).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.surgery().selectedProperty().get());
        robot.clickOn("#surgeryZero");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.surgery().scoringProperty().get());   // scored in the background
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#surgeryVerdict").queryLabeled().getText().contains("before surgery"));
        assertEquals(0f, grid(robot, 1).kernels().maxAbs(2, 0));
        // …and one weight typed into its grid of values.
        javafx.scene.control.TextField cell = robot.lookup("#weight-1-2").queryAs(javafx.scene.control.TextField.class);
        assertEquals("0.000", cell.getText());
        robot.clickOn(cell);
        robot.interact(cell::selectAll);
        robot.write("0.5").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ConvKernels edited = grid(robot, 1).kernels();
        assertEquals(0.5f, edited.kernel(2, 0)[1][2]);
        assertEquals(0.5f, edited.maxAbs(2, 0), "the rest of the kernel stays zero");

        float[] trained = model.shown().params().clone();
        Path file = dir.resolve("studio.rcpt");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> model.models().save(file)).get());
        robot.clickOn("#reset");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.makingProperty().get());   // made in the background
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(java.util.Arrays.equals(trained, model.shown().params()));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> model.models().load(file)).get());
        assertArrayEquals(trained, model.shown().params());

        // A new design redraws the kernel grids with their new shapes and captions.
        robot.clickOn("#preset-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, grid(robot, 1).kernels().filters());
        assertTrue(robot.lookup("#kernelsTitle-2").queryLabeled().getText().startsWith("Convolution 2: 16 kernels × 6 input maps"),
                robot.lookup("#kernelsTitle-2").queryLabeled().getText());
    }

    /**
     * "What is this neuron looking for?" in the maps tab: a click shows the nine patches found for the
     * weights on show, named by their step; scrubbed back, the answer says it is not current; live
     * again (the same weights), it is current again.
     */
    private void whatANeuronLooksFor(FxRobot robot, Slider timeline) throws Exception {
        HeatmapView map = robot.lookup("#featureMap-1-0").queryAs(HeatmapView.class);
        robot.clickOn(WaitForAsyncUtils.asyncFx(() -> map.localToScreen(map.cellCentre(6, 6))).get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> patches(robot) == 9 && !robot.lookup("#neuronProgress").query().isVisible()).get());
        String step = String.format(java.util.Locale.ROOT, "%,d", model.shown().stepProperty().get());
        String said = robot.lookup("#neuronStatus").queryLabeled().getText();
        assertTrue(said.startsWith("Map 1:") && said.endsWith("(Weights at step " + step + ".)"), said);
        robot.interact(() -> timeline.setValue(0));
        said = robot.lookup("#neuronStatus").queryLabeled().getText();
        assertTrue(said.startsWith("Not current: found for the weights at step " + step), said);
        assertTrue(robot.lookup("#neuronAskAgain").query().isVisible(), "offers to ask the weights on show");
        robot.interact(model::goLive);
        assertFalse(robot.lookup("#neuronStatus").queryLabeled().getText().startsWith("Not current"));
    }

    private static int patches(FxRobot robot) {
        return robot.lookup("#neuronPatches").queryAs(javafx.scene.layout.TilePane.class).getChildren().size();
    }

    /** The kernel grid of convolution n (from 1), found in the window as a student would see it. */
    private static KernelGridView grid(FxRobot robot, int n) {
        return robot.lookup("#kernels-" + n).queryAs(KernelGridView.class);
    }

    /** Every weight the grid draws, kernel after kernel (a copy). */
    private static float[] weights(KernelGridView grid) {
        ConvKernels k = grid.kernels();
        float[] all = new float[k.filters() * k.channels() * k.size() * k.size()];
        int i = 0;
        for (int f = 0; f < k.filters(); f++) {
            for (int c = 0; c < k.channels(); c++) {
                for (float[] row : k.kernel(f, c)) {
                    System.arraycopy(row, 0, all, i, row.length);
                    i += row.length;
                }
            }
        }
        return all;
    }

    /** Points drawn in the chart's line, read off the chart in the window. */
    private static int points(FxRobot robot, String chart) {
        return robot.lookup(chart).queryAs(javafx.scene.chart.LineChart.class).getData().stream()
                .mapToInt(series -> ((javafx.scene.chart.XYChart.Series<?, ?>) series).getData().size()).sum();
    }
}
