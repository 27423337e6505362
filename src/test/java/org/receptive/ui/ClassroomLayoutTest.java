package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.draw.SampleDigits;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view at every zoom a teacher can choose, in a 1400×900 and a 1920×1080 window: no
 * labelled control or heading is cut (see {@link LayoutProblems}), none touches the window's right
 * edge, and at 100% nothing scrolls sideways (nor in the Lessons view at any zoom, where the view does not scroll up and
 * down either: its page scrolls inside it, the page buttons stay in sight; nor in the Network view, and the Draw
 * and Stepper views presenting, down to a 1920-pixel window at 250%), in every view and state laid out (see
 * {@link EdgeProblems}). Lays out, never animates.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomLayoutTest {

    static final List<String> VIEWS = List.of("stepper", "network", "draw", "train", "lessons", "cortex");
    private static final double[][] WINDOWS = {{1400, 900}, {1920, 1080}};
    private static final double[] ZOOMS = {1.0, 1.5, 2.0, 2.5};
    /** The views that reflow into the window at every zoom, scrolling neither sideways nor up and down (see ZoomPane). */
    private static final List<String> REFLOWING = List.of("lessons");
    /**
     * The Network and Draw views (the Draw view with its tools and "Teach it" too, since the
     * twelfth session) keep their three columns (the digit or the pad, the maps, the answer) in a space this wide,
     * drawing the digit or the pad smaller: a 1920-pixel projector at 250% gives 768, and the
     * answer must not be off the right edge. The Stepper, Cortex and Train views presenting fit
     * there too (the Stepper's playback position, "before step 1 of 25", was off the edge).
     */
    private static final double PROJECTOR_SPACE = 768;

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

    /**
     * The states a teacher opens, each at 100% and 200% in 1400×900 and at 100% and 250% in
     * 1920×1080 (a few zooms, not every one: the states are what is new): Draw with a digit and
     * Why? open, the Network view with Why? open and a neuron picked (its "What is this neuron
     * looking for?" panel filled), the studio's results tab, and lesson pages with a live stepper,
     * a studio, a Network and a Draw widget on them; Draw and the Stepper presenting; and every view in high contrast at 100% in
     * 1400×900.
     */
    @Test
    void noStateATeacherOpensCutsALabel() throws Exception {
        models = ClassroomWindow.models();
        List<String> problems = new ArrayList<>();
        try {
            // Both views' background work (the drawing's explanation; the digit's, and the
            // neuron's patches, the longest) is started first; the network is laid out last of
            // the three, so its search runs while the others are laid out.
            List<Labeled> answers = new ArrayList<>();
            Parent[] patches = new Parent[1];
            fx(() -> {
                shell.show("draw");
                SampleDigits.drawOn(models.draw(), 7);
                models.draw().classifyNow();
                answers.add(openWhy());
                shell.show("network");
                models.network().showDigit(0);
                answers.add(openWhy());
                models.network().select(1, 3, 14, 14);
                patches[0] = (Parent) shell.lookup("#neuronPatches");
            });
            waitUntil(() -> !answers.get(0).getText().isEmpty());
            problems.addAll(layOutInStateZooms("draw", " with Why? open"));
            fx(() -> {
                shell.show("train");
                shell.applyCss();
                TabPane tabs = (TabPane) shell.lookup(".tab-pane");
                tabs.getSelectionModel().select(
                        tabs.getTabs().stream().filter(t -> "resultsTab".equals(t.getId())).findFirst().orElseThrow());
            });
            problems.addAll(layOutInStateZooms("train", " on its results tab"));
            // High contrast draws thicker edges: every view at 100% in the smaller window.
            fx(() -> models.presentation().highContrastProperty().set(true));
            for (String view : VIEWS) {
                problems.addAll(layOut(view, 1.0, WINDOWS[0], " in high contrast"));
            }
            fx(() -> models.presentation().highContrastProperty().set(false));
            waitUntil(() -> !answers.get(1).getText().isEmpty() && patches[0].getChildrenUnmodifiable().size() == 9);
            problems.addAll(layOutInStateZooms("network", " with Why? open and a neuron picked"));
            for (WidgetKind kind : List.of(WidgetKind.TRAINING, WidgetKind.STEPPER, WidgetKind.NETWORK, WidgetKind.DRAW)) {
                int[] page = ClassroomWindow.firstPageWith(models, kind);
                fx(() -> {
                    shell.show("lessons");
                    models.lessons().open(page[0]);
                    while (models.lessons().sectionIndexProperty().get() < page[1] && models.lessons().nextSection()) {
                        // turning pages as the Next button does
                    }
                });
                problems.addAll(layOutInStateZooms("lessons", " on lesson " + (page[0] + 1) + "'s page " + (page[1] + 1)
                        + " (a " + kind.name().toLowerCase(Locale.ROOT) + " widget)"));
                if (kind == WidgetKind.TRAINING) {
                    problems.addAll(layOut("lessons", 1.0, WINDOWS[0], " (the studio)"));
                    double past = WaitForAsyncUtils.asyncFx(() -> {
                        ScrollPane sideways = (ScrollPane) shell.lookup(".widget-card .scroll-pane");
                        return sideways.getContent().getLayoutBounds().getWidth() - sideways.getViewportBounds().getWidth();
                    }).get(30, TimeUnit.SECONDS);
                    if (past > 1) {
                        problems.add("the studio in a lesson at 100% in 1400×900 is " + Math.round(past) + " px wider than its column");
                    }
                }
            }
            // Last: presenting takes the window full screen, and the states above are laid out in a window of their own size.
            fx(() -> models.presentation().presentingProperty().set(true));
            problems.addAll(layOutInStateZooms("draw", " with Why? open, presenting"));
            // The sweep as it opens (other tests leave it learning a kernel: the lab's 16 kernels scroll inside it).
            fx(() -> models.stepper().modeProperty().set(org.receptive.ui.stepper.StepperMode.FORWARD));
            problems.addAll(layOutInStateZooms("stepper", " presenting"));
            problems.addAll(layOutInStateZooms("cortex", " presenting"));
            problems.addAll(layOutInStateZooms("train", " presenting"));   // the run, its timeline and the charts, stacked
        } finally {
            fx(() -> {
                for (String view : List.of("draw", "network")) {
                    shell.show(view);
                    shell.applyCss();
                    if (shell.lookup("#whyButton") instanceof ToggleButton b) {
                        b.setSelected(false);
                    }
                }
                models.network().clearSelection();
                models.draw().clear();
                models.lessons().open(0);
                models.presentation().highContrastProperty().set(false);
                models.presentation().presentingProperty().set(false);
                models.presentation().resetZoom();
            });
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private List<String> layOutInStateZooms(String view, String state) throws Exception {
        List<String> problems = new ArrayList<>();
        problems.addAll(layOut(view, 1.0, WINDOWS[0], state));
        problems.addAll(layOut(view, 2.0, WINDOWS[0], state));
        problems.addAll(layOut(view, 1.0, WINDOWS[1], state));   // at 100% neither window may scroll sideways
        problems.addAll(layOut(view, 2.5, WINDOWS[1], state));
        return problems;
    }

    /** Opens the shown view's Why? panel as its button does; the label its answer will be written in. */
    private Labeled openWhy() {
        shell.applyCss();   // a scroll pane's content is among its children once it has a skin
        ((ToggleButton) shell.lookup("#whyButton")).setSelected(true);
        return (Labeled) shell.lookup("#whyAnswer");
    }

    /** Waits (for events, up to two minutes on a loaded machine) until {@code shown} holds on the FX thread. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> shown) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(shown).get());
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
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
        }).get(30, TimeUnit.SECONDS);
        // What a view changes once it knows its width (the Draw view folds or opens its
        // preprocessing strip) comes in the next event, as in the app; then it is laid out again.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            shell.resize(w[0], w[1]);
            shell.applyCss();
            shell.layout();
            shell.layout();   // wrapped texts settle their height on the second pass
            List<String> found = new ArrayList<>(LayoutProblems.of(shell));
            // At 100% every view fits either window; a lesson's text reflows at every zoom (a page with a live demo may scroll it).
            boolean fitsProjector = List.of("network", "draw").contains(view)
                    || List.of("stepper", "cortex", "train").contains(view) && models.presentation().presentingProperty().get();
            boolean fits = fitsProjector && w[0] / z >= PROJECTOR_SPACE;
            if (z == 1.0 || REFLOWING.contains(view) && state.isEmpty() || fits) {
                found.addAll(EdgeProblems.sidewaysScrolls(shell));
            }
            if (REFLOWING.contains(view) && state.isEmpty()) {
                found.addAll(EdgeProblems.zoomScrollsUpDown(shell));   // the page buttons stay in sight
            }
            found.addAll(EdgeProblems.touchingTheRightEdge(shell));
            for (String p : found) {
                problems.add(String.format(Locale.ROOT, "%s%s at %.0f%% in %.0f×%.0f: %s", view, state, 100 * z, w[0], w[1], p));
            }
        }).get(30, TimeUnit.SECONDS);
        return problems;
    }
}
