package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard only: in every view, Tab reaches every enabled control a mouse could use (buttons,
 * fields, sliders, lists, and the grids whose cells are picked: maps, kernels, the confusion
 * matrix), and Space on a focused button presses that button rather than starting playback.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachTest {

    private AppModels models;
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ClassroomWindow.show(stage);
    }

    @Test
    void tabReachesEveryEnabledControlInEveryView(FxRobot robot) throws Exception {
        models = ClassroomWindow.models();
        List<String> missed = new ArrayList<>();
        for (String view : ClassroomLayoutTest.VIEWS) {
            List<Node> controls = WaitForAsyncUtils.asyncFx(() -> {
                shell.show(view);
                shell.applyCss();
                shell.layout();
                List<Node> found = new ArrayList<>();
                collect(shell.getCenter(), found);
                return found;
            }).get(30, TimeUnit.SECONDS);
            assertFalse(controls.isEmpty(), view + " has controls to reach");
            Set<Node> reached = new LinkedHashSet<>();
            // Tab as the keyboard delivers it (pressed and released at the focus owner, through the
            // scene's own traversal), all presses in one go on the FX thread: a robot push per press
            // waited for the FX queue each time and made this the suite's slowest test.
            WaitForAsyncUtils.asyncFx(() -> {
                for (int press = 0; press < 3 * controls.size() + 20 && !reached.containsAll(controls); press++) {
                    tab(shell.getScene());
                    Node owner = shell.getScene().getFocusOwner();
                    for (Node c : controls) {
                        if (inside(owner, c)) {
                            reached.add(c);
                        }
                    }
                }
            }).get(60, TimeUnit.SECONDS);
            walkToggleGroups(robot, controls, reached);
            for (Node c : controls) {
                if (!reached.contains(c)) {
                    missed.add(view + ": " + describe(c));
                }
            }
        }
        assertTrue(missed.isEmpty(), "not reached by Tab:\n" + String.join("\n", missed));
    }

    @Test
    void spaceOnAFocusedStepperButtonPressesItInsteadOfPlaying(FxRobot robot) throws Exception {
        models = ClassroomWindow.models();
        robot.interact(() -> shell.show("stepper"));
        int before = models.stepper().position();
        Node forward = robot.lookup("#forward").query();
        robot.interact(forward::requestFocus);
        robot.push(KeyCode.SPACE);
        assertFalse(models.stepper().playing(), "Space pressed the button, it did not start playback");
        assertEquals(before + 1, models.stepper().position(), "the button took its step");
    }

    @Test
    void f1ShowsEveryKeyOverTheViewAndAnyKeyClosesIt(FxRobot robot) {
        Node overlay = robot.lookup("#keysOverlay").query();
        assertFalse(overlay.isVisible());
        robot.push(KeyCode.F1);
        assertTrue(overlay.isVisible(), "F1 shows the keys");
        assertTrue(robot.lookup("Page Down").tryQuery().isPresent() || robot.lookup("→, Page Down / ←, Page Up").tryQuery().isPresent(),
                "the clicker's keys are listed");
        robot.push(KeyCode.ENTER);
        assertFalse(overlay.isVisible(), "any key closes it");
    }

    /**
     * Tab stops at the chosen toggle of a group (as at a group of radio buttons); from there the
     * arrows walk to the others, and Space chooses one. Marks those the arrows reach.
     */
    private void walkToggleGroups(FxRobot robot, List<Node> controls, Set<Node> reached) {
        for (Node c : controls) {
            if (reached.contains(c) || !(c instanceof ToggleButton t) || t.getToggleGroup() == null) {
                continue;
            }
            Node start = reached.stream().filter(r -> r instanceof ToggleButton o && o.getToggleGroup() == t.getToggleGroup())
                    .findFirst().orElse(null);
            if (start == null) {
                continue;
            }
            int size = t.getToggleGroup().getToggles().size();
            robot.interact(start::requestFocus);
            for (int i = 0; i < 2 * size && !reached.contains(c); i++) {
                robot.push(i < size ? KeyCode.RIGHT : KeyCode.LEFT);
                Node owner = shell.getScene().getFocusOwner();
                controls.stream().filter(n -> inside(owner, n)).forEach(reached::add);
            }
        }
    }

    private static void tab(Scene scene) {
        Node owner = scene.getFocusOwner();
        javafx.event.EventTarget target = owner != null ? owner : scene;
        for (var type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            Event.fireEvent(target, new KeyEvent(type, "", "", KeyCode.TAB, false, false, false, false));
        }
    }

    /** The controls a mouse could use under {@code n}: visible, enabled, and not parts of another control. */
    private static void collect(Node n, List<Node> out) {
        if (n == null || !n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n instanceof ButtonBase || n instanceof TextInputControl || n instanceof Slider || n instanceof Spinner
                || n instanceof ComboBoxBase || n instanceof ChoiceBox || n instanceof ListView || n instanceof TableView
                || n.getStyleClass().contains("key-grid") || n.getStyleClass().contains("key-grid-region")) {
            out.add(n);
            if (!n.getStyleClass().contains("key-grid-region")) {
                return;
            }
        }
        if (n instanceof Control c && !(c instanceof ScrollPane || c instanceof TabPane || c.getStyleClass().contains("segmented-button"))
                && !(c instanceof javafx.scene.control.SplitPane) && !(c instanceof javafx.scene.control.TitledPane)) {
            return;   // a label, a chart, a progress bar: its insides are its own
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static boolean inside(Node owner, Node control) {
        for (Node p = owner; p != null; p = p.getParent()) {
            if (p == control) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + text;
    }
}
