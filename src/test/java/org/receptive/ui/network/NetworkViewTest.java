package org.receptive.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Mnist;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;
import org.receptive.engine.ReceptiveField;
import org.receptive.ui.WindowFixture;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Network view: pick a digit, click a neuron deep in the net, check the outlined field. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

    private final Network net = Network.create(Architecture.named("default"), 5);
    private NetworkViewModel model;
    private NetworkView view;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        model = new NetworkViewModel(net, Mnist.test());
        view = new NetworkView(model);
        WindowFixture.show(stage, view);
    }

    /**
     * Narrow as a projector's 250% leaves it, the view draws the digit smaller (its legend as
     * wide) and keeps the answer's column whole inside it; wide again, the digit is as before.
     */
    @Test
    void aNarrowViewDrawsTheDigitSmallerAndKeepsTheAnswerInSight(FxRobot robot) throws Exception {
        HeatmapView input = robot.lookup("#featureMap-0-0").queryAs(HeatmapView.class);
        assertEquals(InputPanel.CELL, input.cellSize());
        robot.interact(() -> stage.setWidth(770));
        WaitForAsyncUtils.waitForFxEvents();
        double cell = input.cellSize();
        assertTrue(cell < InputPanel.CELL && cell >= InputPanel.MIN_CELL, "cell " + cell);
        assertEquals(28 * cell, input.getWidth());
        Node answer = view.getRight();
        double right = WaitForAsyncUtils.asyncFx(() -> answer.getBoundsInParent().getMaxX()).get();
        assertTrue(right <= view.getWidth() + 0.5, "the answer ends at " + right + " of " + view.getWidth());
        robot.interact(() -> stage.setWidth(WindowFixture.WIDTH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(InputPanel.CELL, input.cellSize());
    }

    @Test
    void clickingADeepNeuronOutlinesItsReceptiveFieldOnTheInput(FxRobot robot) throws Exception {
        robot.clickOn("#digitIndex").eraseText(4).write("42").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(42, model.digitIndexProperty().get());
        assertEquals(Mnist.test().label(42), model.trueLabelProperty().get());

        HeatmapView input = robot.lookup("#featureMap-0-0").queryAs(HeatmapView.class);
        assertNull(input.highlight());

        // Stage 4 is the second pooling output (32×7×7); click map 5 at row 3, column 2.
        HeatmapView target = robot.lookup("#featureMap-4-5").queryAs(HeatmapView.class);
        robot.interact(() -> scrollIntoView(target));
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> target.localToScreen(target.cellCentre(3, 2))).get();
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new Neuron(6, 5, 3, 2), model.selectedProperty().get());
        ReceptiveField f = ReceptiveField.of(net, 5, 3, 2);
        assertEquals(new Rect(f.top(), f.left(), f.height(), f.width()), input.highlight());
        ReceptiveField onPool1 = ReceptiveField.in(net.layers(), 5, 3, 2, 3);
        HeatmapView pool1 = robot.lookup("#featureMap-2-0").queryAs(HeatmapView.class);
        assertEquals(new Rect(onPool1.top(), onPool1.left(), onPool1.height(), onPool1.width()), pool1.highlight());

        // The arrow keys step through digits once the focus is off the text field; the field stays.
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(43, model.digitIndexProperty().get());
        assertEquals(new Rect(f.top(), f.left(), f.height(), f.width()), input.highlight());
    }

    /** Scrolls the enclosing scroll pane so the node's top is in view. */
    private static void scrollIntoView(Node node) {
        Node n = node;
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        ScrollPane pane = (ScrollPane) n;
        Node content = pane.getContent();
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        double range = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        pane.setVvalue(range <= 0 ? 0 : Math.min(1, (y - 40) / range));
        pane.layout();
    }
}
