package org.receptive.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import javafx.animation.Animation;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.skin.ProgressIndicatorSkin;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.ui.WindowFixture;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "working…" sign turns while motion is allowed and stands still under reduced motion. */
@ExtendWith(ApplicationExtension.class)
class WorkingSignTest {

    private VBox shell;
    private WorkingSign sign;

    @Start
    void start(Stage stage) {
        sign = new WorkingSign();
        shell = new VBox(sign);
        WindowFixture.show(stage, shell);
    }

    /** The spinner's own animation, as its skin plays or pauses it (read, never changed). */
    private static Animation.Status spinning(ProgressIndicator p) throws Exception {
        Field f = ProgressIndicatorSkin.class.getDeclaredField("indeterminateTransition");
        f.setAccessible(true);
        Animation a = (Animation) f.get(p.getSkin());
        return a == null ? Animation.Status.STOPPED : a.getStatus();
    }

    @Test
    void theSpinnerTurnsUntilReducedMotionThenAStillHourglassTakesItsPlace() throws Exception {
        ProgressIndicator spinner = (ProgressIndicator) sign.lookup(".progress-indicator");
        Node still = sign.lookup(".working-still");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Animation.Status.RUNNING, WaitForAsyncUtils.asyncFx(() -> spinning(spinner)).get(), "turns by default");
        assertFalse(still.isVisible(), "no hourglass while the spinner turns");

        WaitForAsyncUtils.asyncFx(() -> shell.getStyleClass().add("reduced-motion")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(spinner.isVisible(), "the spinner is hidden under reduced motion");
        assertTrue(still.isVisible(), "the hourglass shows instead");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> spinning(spinner)).get() != Animation.Status.RUNNING, "and nothing turns");

        WaitForAsyncUtils.asyncFx(() -> shell.getStyleClass().remove("reduced-motion")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Animation.Status.RUNNING, WaitForAsyncUtils.asyncFx(() -> spinning(spinner)).get(), "turns again");
    }
}
