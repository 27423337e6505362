package org.receptive.ui.cortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.WindowFixture;
import org.receptive.ui.common.HeatmapView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real lab: pick a 45° neuron on the sheet, then show a cross to the cross detector. */
@ExtendWith(ApplicationExtension.class)
class CortexLabViewTest {

    private CortexLabModel model;

    @Start
    void start(Stage stage) {
        model = new CortexLabModel();
        WindowFixture.show(stage, new CortexLabView(model));
    }

    @Test
    void pickingANeuronPlotsItsTuningAndACrossExcitesTheCrossUnit(FxRobot robot) throws Exception {
        HeatmapView sheet45 = robot.lookup("#sheet-1").queryAs(HeatmapView.class);
        Point2D cell = WaitForAsyncUtils.asyncFx(() -> sheet45.localToScreen(sheet45.cellCentre(2, 4))).get();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new CortexLabModel.NeuronPick(1, 2, 4), model.selectedProperty().get());
        String title = robot.lookup("#tuningTitle").queryAs(Label.class).getText();
        assertTrue(title.startsWith("The 45° neuron at row 2, column 4 peaks at 45°."), title);

        robot.clickOn("#stimulus-bar");
        robot.interact(() -> model.angleProperty().set(0));
        Label plus = robot.lookup("#unit-value-0").queryAs(Label.class);
        assertTrue(plus.getText().endsWith("barely"), "a single bar: " + plus.getText());
        robot.clickOn("#stimulus-cross");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(plus.getText().endsWith("fires"), "a cross: " + plus.getText());
    }

    /**
     * In a window narrower than the field and the sheet side by side (a projector zoomed in), both
     * stay side by side, drawn smaller, whole inside the window: the sheet does not wrap below the
     * field, out of sight while the bar moves. A click on a neuron still picks that neuron.
     */
    @Test
    void narrowTheFieldAndTheSheetStaySideBySideDrawnSmallerAndStillPick(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#visualField").query().getScene().getWindow().setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            javafx.geometry.Bounds field = WaitForAsyncUtils.asyncFx(
                    () -> robot.lookup("#visualField").query().localToScene(robot.lookup("#visualField").query().getLayoutBounds())).get();
            javafx.geometry.Bounds sheet = WaitForAsyncUtils.asyncFx(
                    () -> robot.lookup("#sheet-1").query().localToScene(robot.lookup("#sheet-1").query().getLayoutBounds())).get();
            double window = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#visualField").query().getScene().getWidth()).get();
            assertTrue(sheet.getMinX() > field.getMaxX() && sheet.getMinY() < field.getMaxY(),
                    "the sheet " + sheet + " is beside the field " + field);
            assertTrue(sheet.getMaxX() <= window, "the sheet ends at " + sheet.getMaxX() + " in a " + window + " px window");
            HeatmapView sheet45 = robot.lookup("#sheet-1").queryAs(HeatmapView.class);
            robot.clickOn(WaitForAsyncUtils.asyncFx(() -> sheet45.localToScreen(sheet45.cellCentre(2, 4))).get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(new CortexLabModel.NeuronPick(1, 2, 4), model.selectedProperty().get());
        } finally {
            robot.interact(() -> robot.lookup("#visualField").query().getScene().getWindow().setWidth(WindowFixture.WIDTH));
        }
    }

    @Test
    void learnedKernelsPressedWithThe135DegreeNeuronAndTheLastUnitPickedRedrawWithoutError(FxRobot robot) {
        // The monkey (seed 20261202) found the view redrawing in the middle of the swap: the preset
        // set's 135° pick (kind 3) over the learned set's three kinds threw on the FX thread.
        java.util.List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        robot.interact(() -> {
            model.select(3, 3, 3);
            model.selectedUnitProperty().set(model.unitStatesProperty().get().size() - 1);
        });
        robot.clickOn("#kernels-learned");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(), thrown);
        assertTrue(model.selectedProperty().get().kind() < model.kinds());
        assertEquals(model.kinds(), robot.lookup(".neuron-sheet").queryAll().size(), "one sheet per learned kind");
    }
}
