package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presenting (F11) in the Network, Draw, Cortex and Train views: the editing controls leave the
 * screen, what the class looks at stays, and Esc brings the controls back. (The header, the
 * stepper and the lessons are checked in ShellTest and StepperViewTest.)
 */
@ExtendWith(ApplicationExtension.class)
class PresentingTest {

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ClassroomWindow.show(stage);   // the classroom tests' one window: the views are built once
    }

    @AfterEach
    void stopPresenting() throws Exception {
        // The window is shared with the other classroom tests: a failed check must not leave it presenting.
        ClassroomWindow.models().presentation().presentingProperty().set(false);
    }

    @Test
    void presentingTheNetworkDropsTheDigitPickerAndKeepsTheDigitTheMapsAndTheAnswer(FxRobot robot) throws Exception {
        check(robot, "network",
                List.of("#digitIndex", "#previous", "#next", "#random", "Keys: ← → or Page Up/Down step through digits, R random"),
                List.of("#featureMap-0-0", "#featureMap-1-0", "#featureMap-2-0", "#predicted", "#probabilities", "#whyButton"));
    }

    @Test
    void presentingDrawDropsThePadToolsAndTeachItAndKeepsThePadTheStripAndTheAnswer(FxRobot robot) throws Exception {
        check(robot, "draw",
                List.of("#brush", "#eraser", "#undo", "#redo", "#clear", "#openPicture", "#teach-7", "#fineTune", "#saveModel",
                        "#defaultModel", "Keys: Ctrl+Z undo, Ctrl+Y redo, Delete clear, Esc unselect a neuron"),
                List.of("#pad", ".preprocessing", "#fieldText", "#answer", "#probabilities", "#whyButton"));
    }

    @Test
    void presentingCortexDropsTheSwitchesAndHintsAndKeepsTheFieldTheSheetsAndTheTuningCurve(FxRobot robot) throws Exception {
        check(robot, "cortex",
                List.of("#showNeighbours", "#showAllFields", "#kernels-learned", "#kernels-preset"),
                List.of("#visualField", "#angle", "#tuningPlot", "#sheet-0", ".sheet-caption"));
    }

    @Test
    void presentingTheStudioDropsTheDesignFilesAndSurgeryAndKeepsTheRunButtonsChartsAndKernels(FxRobot robot) throws Exception {
        AppModels models = ClassroomWindow.models();
        robot.interact(() -> models.training().surgery().select(0));   // a kernel picked: its weights can be typed
        check(robot, "train",
                List.of("#blockCount", "#filters-0", "#designTotals", "#save", "#load", "#loadDefaultModel",
                        "#surgeryZero", "#surgeryReplace", "#surgeryRestore", "#weight-0-0"),
                List.of("#start", "#pause", "#stop", "#progress", "#lossChart", "#accuracyChart", "#kernels-1"));
    }

    @Test
    void presentingTheStudiosMapsDropsTheirDigitPickerAndTheDrawingButtonAndKeepsTheMaps(FxRobot robot) throws Exception {
        robot.interact(() -> {
            assertTrue(shell.show("train"));
            tabs().getSelectionModel().select(1);   // "Feature maps & receptive fields": a Network view of its own
        });
        try {
            check(robot, "train", List.of("#useDrawing", "#digitIndex", "#random"), List.of("#featureMap-1-0", "#predicted"));
        } finally {
            robot.interact(() -> tabs().getSelectionModel().select(0));   // the shared window as the other tests expect it
        }
    }

    @Test
    void presentingDrawAt200PercentGivesTheMapsMostOfTheScreen(FxRobot robot) throws Exception {
        AppModels models = ClassroomWindow.models();
        robot.interact(() -> {
            assertTrue(shell.show("draw"));
            org.receptive.ui.draw.SampleDigits.drawOn(models.draw(), 7);
            models.draw().classifyNow();
            models.presentation().zoomProperty().set(2);
        });
        try {
            robot.type(KeyCode.F11);
            robot.interact(() -> {
                shell.applyCss();
                shell.layout();
            });
            Node maps = shell.lookup(".draw-view .stages-scroll");
            double onScreen = maps.getLayoutBounds().getHeight() * 2;
            // Presenting fills the headless screen (1920×1200): the view is laid out 960×600 and
            // scaled up, as narrow as in 1400×900, where the strip left the maps ~90 px; here 96.
            assertTrue(onScreen >= 0.5 * shell.getHeight(),
                    "the maps are " + onScreen + " px tall on a " + shell.getHeight() + " px screen");
        } finally {
            robot.interact(() -> {
                models.presentation().presentingProperty().set(false);
                models.presentation().resetZoom();
                models.draw().clear();
            });
        }
    }

    private javafx.scene.control.TabPane tabs() {
        return (javafx.scene.control.TabPane) shell.lookup(".tab-pane");
    }

    /**
     * Shows {@code view}, presses F11, then Esc: {@code editing} is on screen before, off while
     * presenting and back after; {@code watched} is on screen throughout. A selector starting
     * with '#' or '.' is a CSS lookup, any other is a label's whole text.
     */
    private void check(FxRobot robot, String view, List<String> editing, List<String> watched) throws Exception {
        var presenting = ClassroomWindow.models().presentation().presentingProperty();
        robot.interact(() -> {
            assertTrue(shell.show(view));
            shell.applyCss();
            shell.layout();
        });
        // Looked up before presenting: a column that steps aside leaves the scene with its controls.
        List<Node> edit = nodes(editing), look = nodes(watched);
        assertEquals(List.of(), hidden(edit), "the " + view + " view's editing controls are on screen before presenting");
        assertEquals(List.of(), hidden(look), "what the class looks at is on screen before presenting");

        robot.type(KeyCode.F11);
        assertTrue(presenting.get(), "F11 presents");
        robot.interact(shell::layout);
        List<String> left = new ArrayList<>();
        for (int i = 0; i < edit.size(); i++) {
            if (!hidden(List.of(edit.get(i))).isEmpty()) {
                left.add(editing.get(i));
            }
        }
        assertEquals(editing, left, "presenting takes every editing control of the " + view + " view off the screen");
        assertEquals(List.of(), hidden(look), "presenting keeps what the class looks at");

        robot.type(KeyCode.ESCAPE);
        assertFalse(presenting.get(), "Esc leaves presenting");
        robot.interact(shell::layout);
        assertEquals(List.of(), hidden(edit), "leaving presenting brings the " + view + " view's editing controls back");
        assertEquals(List.of(), hidden(look));
    }

    private List<Node> nodes(List<String> selectors) {
        List<Node> found = new ArrayList<>();
        for (String s : selectors) {
            Node n = s.startsWith("#") || s.startsWith(".") ? shell.lookup(s) : shell.lookupAll(".label").stream()
                    .filter(l -> l instanceof Labeled b && s.equals(b.getText())).findFirst().orElse(null);
            assertNotNull(n, s + " is in the view");
            found.add(n);
        }
        return found;
    }

    /** The nodes not on screen: out of the scene, or they or a parent invisible or out of the layout. */
    private List<Node> hidden(List<Node> nodes) {
        List<Node> off = new ArrayList<>();
        for (Node n : nodes) {
            boolean shown = n.getScene() == shell.getScene() && n.getLayoutBounds().getWidth() > 0;
            for (Node p = n; shown && p != null; p = p.getParent()) {
                // A control's skin lays its own parts out (a scroll pane's viewport is not "managed").
                shown = p.isVisible() && (p.isManaged() || p == shell || p.getParent() instanceof Control);
            }
            if (!shown) {
                off.add(n);
            }
        }
        return off;
    }
}
