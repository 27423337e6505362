package org.receptive.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Mnist;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;
import org.receptive.engine.ReceptiveField;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Network view: pick a digit, click a neuron, check the outlined field. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

    private final Network net = Network.create(Architecture.named("default"), 5);
    private NetworkViewModel model;
    private NetworkView view;

    @Start
    void start(Stage stage) {
        model = new NetworkViewModel(net, Mnist.test());
        view = new NetworkView(model);
        Scene scene = new Scene(view, 1300, 900);
        scene.getStylesheets().add(NetworkView.class.getResource("/org/receptive/ui/common/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void clickingANeuronOutlinesItsReceptiveFieldOnTheInput(FxRobot robot) throws Exception {
        robot.clickOn("#digitIndex .text-field").eraseText(4).write("42").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(42, model.digitIndexProperty().get());
        assertEquals(Mnist.test().label(42), model.trueLabelProperty().get());

        HeatmapView input = robot.lookup("#featureMap-0-0").queryAs(HeatmapView.class);
        assertNull(input.highlight());

        // Stage 2 is the first pooling output (16×14×14); click map 3 at row 9, column 4.
        HeatmapView target = robot.lookup("#featureMap-2-3").queryAs(HeatmapView.class);
        robot.interact(() -> scrollIntoView(target));
        Point2D screen = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> target.localToScreen(target.cellCentre(9, 4))).get();
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new Neuron(3, 3, 9, 4), model.selectedProperty().get());
        ReceptiveField f = ReceptiveField.of(net, 2, 9, 4);
        assertEquals(new Rect(f.top(), f.left(), f.height(), f.width()), input.highlight());
        assertEquals(new Rect(16, 6, 6, 6), input.highlight());   // worked by hand: pool 2×2 then conv 5×5 pad 2
    }

    /** Scrolls the view's scroll pane so the node is on screen. */
    private static void scrollIntoView(javafx.scene.Node node) {
        javafx.scene.Node n = node;
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) n;
        javafx.scene.Node content = pane.getContent();
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        double range = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        pane.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
        pane.layout();
    }
}
