package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.data.Mnist;
import org.receptive.data.PersonalDigits;
import org.receptive.engine.DefaultModel;
import org.receptive.explain.Method;
import org.receptive.explain.Question;
import org.receptive.ui.WindowFixture;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.explain.WhyModel;
import org.receptive.ui.network.NetworkViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Why?" on the real Draw view: a drawn 7, its maps by each method, and "why 7 and not 1?". */
@ExtendWith(ApplicationExtension.class)
class WhyInDrawViewTest {

    private DrawViewModel model;
    private WhyModel why;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("receptive-why-test");
        folder.toFile().deleteOnExit();
        model = new DrawViewModel(new NetworkViewModel(DefaultModel.load().network(), Mnist.test()));
        TeachModel teach = new TeachModel(model, new PersonalDigits(folder), Mnist::train, Runnable::run, Runnable::run,
                FineTuning.Settings.DEFAULT);
        // The maps are computed where the test can see them finish: right away, on the FX thread.
        why = new WhyModel(model.networkModel().network(), Runnable::run, Runnable::run);
        WindowFixture.show(stage, new DrawView(model, teach, why));
        this.stage = stage;
    }

    @Test
    void theViewLeavingTheWindowLetsTheExplanationsWorkingMemoryGo(FxRobot robot) {
        robot.interact(() -> SampleDigits.drawOn(model, 7));
        robot.clickOn("#whyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(why.keepsWorkingMemory(), "the map was computed");
        // As a lesson's page turning away from a Draw demo, or another view chosen, takes it out.
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.Region()));
        assertFalse(why.keepsWorkingMemory(), "off screen, open or not, it keeps none");
    }

    @Test
    void drawingASevenThenAskingWhyShowsEachMethodsMapWithItsLegendAndWhyNotOne(FxRobot robot) throws Exception {
        robot.interact(() -> SampleDigits.drawOn(model, 7));
        assertFalse(robot.lookup("#whyPanel").query().isVisible(), "closed until asked");
        assertFalse(tinted(robot.lookup("#pad").query()), "no map over the drawing until asked");
        robot.clickOn("#whyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#whyPanel").query().isVisible());
        assertTrue(tinted(robot.lookup("#pad").query()), "the map laid over the drawing itself");
        assertEquals(Question.why(7), why.shownProperty().get().map().question());
        assertMapAndLegendShown(robot, Method.OCCLUSION);

        robot.clickOn("#whyGradient");
        WaitForAsyncUtils.waitForFxEvents();
        assertMapAndLegendShown(robot, Method.GRADIENT_TIMES_INPUT);
        robot.clickOn("#whyGradCam");
        WaitForAsyncUtils.waitForFxEvents();
        assertMapAndLegendShown(robot, Method.GRAD_CAM);
        robot.clickOn("#whyOcclusion");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ComboBox<String> versus = robot.lookup("#whyVersus").queryAs(ComboBox.class);
        robot.clickOn(versus);
        robot.clickOn(cell(robot, "1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Question.whyNot(7, 1), why.shownProperty().get().map().question());
        assertMapAndLegendShown(robot, Method.OCCLUSION);
        assertTrue(robot.lookup("#whyAnswer").queryAs(Label.class).getText().startsWith("Why 7 and not 1?"));
    }

    /** The list cell of an open combo box showing {@code text}. */
    private static Node cell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> text.equals(c.getText())).query();
    }

    private void assertMapAndLegendShown(FxRobot robot, Method method) throws Exception {
        assertEquals(method, why.shownProperty().get().map().method());
        assertEquals(method.caption(), robot.lookup("#whyCaption").queryAs(Label.class).getText());
        ColorLegend legend = robot.lookup("#whyLegend").queryAs(ColorLegend.class);
        assertTrue(legend.isVisible());
        String[] values = legend.valueTexts();
        assertFalse(values[2].equals("0"), "the legend's scale ends at the map's largest value: " + String.join(" ", values));
        assertTrue(tinted(robot.lookup("#whyMap").query()), method + ": the map is drawn over the input");
    }

    /** Somewhere on the node the overlay is tinted (red or blue), not just the grey of the digit. */
    private static boolean tinted(Node node) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                Color c = image.getPixelReader().getColor(x, y);
                if (Math.abs(c.getRed() - c.getBlue()) > 0.3) {
                    return true;
                }
            }
        }
        return false;
    }
}
