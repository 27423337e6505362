package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view at every zoom a teacher can choose, in a 1400×900 and a 1920×1080 window: no
 * labelled control or heading is cut (see {@link LayoutProblems}). Lays out, never animates.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomLayoutTest {

    static final List<String> VIEWS = List.of("stepper", "network", "draw", "train", "lessons", "cortex");
    private static final double[][] WINDOWS = {{1400, 900}, {1920, 1080}};
    private static final double[] ZOOMS = {1.0, 1.5, 2.0, 2.5};

    private AppModels models;
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = ClassroomWindow.show(stage);
        stage.setWidth(WINDOWS[1][0]);
        stage.setHeight(WINDOWS[1][1]);
        // On the headless screen (1920×1200): grown where it stood, centred for 1400×900, the
        // window ran past the screen's right edge and Monocle's upload of each frame overflowed.
        stage.setX(0);
        stage.setY(0);
    }

    @Test
    void noViewCutsALabelAtAnyZoomInEitherWindow() throws Exception {
        models = ClassroomWindow.models();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        for (double[] w : WINDOWS) {
            for (String view : VIEWS) {
                for (double z : ZOOMS) {
                    problems.addAll(layOut(view, z, w, ""));
                }
            }
        }
        WaitForAsyncUtils.asyncFx(() -> models.presentation().resetZoom()).get(30, TimeUnit.SECONDS);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Lays {@code view} out at zoom {@code z} in a window of {@code w}, now, in one event; the cut labels it finds. */
    private List<String> layOut(String view, double z, double[] w, String state) throws Exception {
        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            shell.show(view);
            models.presentation().zoomProperty().set(z);
            // The window's content as large as the window asked for (the stage is as
            // large as the largest): laid out now, in this one event, never animated.
            shell.resize(w[0], w[1]);
            shell.applyCss();
            shell.layout();
            shell.layout();   // wrapped texts settle their height on the second pass
            for (String p : LayoutProblems.of(shell)) {
                problems.add(String.format(Locale.ROOT, "%s%s at %.0f%% in %.0f×%.0f: %s", view, state, 100 * z, w[0], w[1], p));
            }
        }).get(30, TimeUnit.SECONDS);
        return problems;
    }
}
