package org.receptive.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.ui.WindowFixture;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.explain.NeuronModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking a neuron of the Network view shows the nine patches that excite its map most and its most exciting input. */
@ExtendWith(ApplicationExtension.class)
class NeuronPanelTest {

    private NetworkView view;
    private NeuronModel neuron;

    @Start
    void start(Stage stage) {
        NetworkViewModel model = new NetworkViewModel(DefaultModel.load().network(), Mnist.test().subset(0, 300));
        // Computed where the test sees it finish: at once, on the FX thread (300 digits keep it short).
        neuron = new NeuronModel(model.network(), model.digits(), Runnable::run, Runnable::run);
        view = new NetworkView(model, neuron, null);
        WindowFixture.show(stage, view);
    }

    @Test
    void clickingANeuronShowsItsNinePatchesAndTheInputThatExcitesItMost(FxRobot robot) throws Exception {
        HeatmapView map = view.map(1, 3);
        Point2D cell = WaitForAsyncUtils.asyncFx(() -> map.localToScreen(map.cellCentre(14, 14))).get();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        TilePane patches = robot.lookup("#neuronPatches").queryAs(TilePane.class);
        assertEquals(9, patches.getChildren().size(), "nine patches");
        assertEquals(9, neuron.patchesProperty().get().size());
        assertEquals(5, neuron.patchesProperty().get().get(0).height(), "a first-layer neuron's 5×5 receptive field");
        assertNotNull(neuron.bestInputProperty().get(), "the most exciting input");
        assertTrue(robot.lookup("#neuronStatus").queryLabeled().getText().startsWith("Map 4:"));
        assertEquals(1.0, neuron.progressProperty().get());
    }
}
