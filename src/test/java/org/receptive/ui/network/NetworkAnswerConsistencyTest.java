package org.receptive.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the Network view says is what the engine computed for the digit on show, after every step
 * of a random walk through the test set (arrow keys, Random, typed numbers): the big digit, the
 * percentage, the verdict and the highlighted bar, each checked against an independent forward pass.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkAnswerConsistencyTest {

    private final Dataset digits = Mnist.test();
    /** The trained default model: its answer changes from digit to digit, so a stale one shows. */
    private final Network shown = DefaultModel.load().network();
    private final Network reference = shown.copy();
    private NetworkViewModel model;

    @Start
    void start(Stage stage) {
        model = new NetworkViewModel(shown, digits);
        WindowFixture.show(stage, new NetworkView(model));
    }

    @Test
    void aRandomWalkThroughTheDigitsAlwaysShowsTheEnginesAnswerForTheDigitOnShow(FxRobot robot) {
        Random random = new Random(2026);
        for (int i = 0; i < 24; i++) {
            switch (random.nextInt(4)) {
                case 0 -> robot.type(KeyCode.RIGHT);
                case 1 -> robot.type(KeyCode.LEFT);
                case 2 -> robot.clickOn("#random");
                default -> {
                    // Typed over the selected number, with no pause between keys: the keys still go
                    // through the field, and the mouse stays where it was (each long move costs ~0.3 s).
                    int index = random.nextInt(digits.size());
                    TextField field = robot.lookup("#digitIndex").queryAs(TextField.class);
                    robot.interact(() -> {
                        field.requestFocus();
                        field.selectAll();
                    });
                    robot.write(Integer.toString(index), 0).type(KeyCode.ENTER);
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertShowsTheEnginesAnswer(robot, "after step " + i);
        }
    }

    private void assertShowsTheEnginesAnswer(FxRobot robot, String when) {
        int index = model.digitIndexProperty().get();
        assertTrue(index >= 0, when);
        float[] p = reference.forward(digits.image(index));
        int best = SoftmaxCrossEntropy.argmax(p);
        int label = digits.label(index);
        assertEquals(Integer.toString(best), text(robot, "#predicted"), when);
        assertEquals(String.format(Locale.ROOT, "%.1f%% sure", 100 * p[best]), text(robot, "#confidence"), when);
        assertEquals(best == label ? "✓ right (label " + label + ")" : "✗ wrong: the label is " + label,
                text(robot, "#verdict"), when);
        for (int d = 0; d < p.length; d++) {
            Node row = robot.lookup("#prob-" + d).query();
            boolean highlighted = !row.lookupAll(".bar-best").isEmpty();
            assertEquals(d == best, highlighted, when + ": bar " + d);
            String value = String.format(Locale.ROOT, "%.1f%%", 100 * p[d]);
            assertTrue(row.lookupAll(".bar-value").stream().anyMatch(n -> value.equals(((Label) n).getText())),
                    when + ": bar " + d + " shows " + value);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
