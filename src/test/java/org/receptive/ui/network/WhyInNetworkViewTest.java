package org.receptive.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.explain.Question;
import org.receptive.ui.WindowFixture;
import org.receptive.ui.explain.Explanation;
import org.receptive.ui.explain.WhyModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Why?" on the Network view's test digit: it explains the digit on show, and follows it to the next one. */
@ExtendWith(ApplicationExtension.class)
class WhyInNetworkViewTest {

    private NetworkViewModel model;
    private WhyModel why;

    @Start
    void start(Stage stage) {
        model = new NetworkViewModel(DefaultModel.load().network(), Mnist.test().subset(0, 20));
        // Maps computed where the test sees them finish: at once, on the FX thread.
        why = new WhyModel(model.network(), Runnable::run, Runnable::run);
        WindowFixture.show(stage, new NetworkView(model, null, why));
    }

    @Test
    void whyExplainsTheTestDigitOnShowAndFollowsItWhenTheDigitChanges(FxRobot robot) {
        assertFalse(robot.lookup("#whyPanel").query().isVisible(), "closed until asked");
        robot.clickOn("#whyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#whyPanel").query().isVisible());
        assertExplainsDigitOnShow();

        robot.interact(() -> model.step(1));   // the next test digit, as → or Page Down gives it
        assertEquals(1, model.digitIndexProperty().get());
        assertExplainsDigitOnShow();
    }

    private void assertExplainsDigitOnShow() {
        Explanation e = why.shownProperty().get();
        float[] shown = model.inputProperty().get();
        assertArrayEquals(shown, e.image(), "the map explains the digit on show");
        Prediction p = model.predictionProperty().get();
        assertEquals(Question.why(p.digit()), e.map().question(), "'why?' asks about the network's own answer");
        assertEquals(p.digit(), SoftmaxCrossEntropy.argmax(e.probabilities()));
    }
}
