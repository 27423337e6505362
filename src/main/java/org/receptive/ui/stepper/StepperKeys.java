package org.receptive.ui.stepper;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The stepper's keys: Space plays or pauses, ←/→ (or Page Up/Down, as a presentation clicker
 * sends) step, Home/End, +/− for speed, Ctrl+Z/Ctrl+Y undo and redo, Ctrl+G saves the GIF, and
 * F, B, L switch between Forward, Backward and the learning lab. A key a focused control uses
 * itself is left to it: Space presses a focused button, arrows move a focused slider, and typing
 * in a field is typing.
 */
final class StepperKeys {

    private final StepperViewModel model;
    private final Runnable saveGif;

    StepperKeys(StepperViewModel model, Runnable saveGif) {
        this.model = model;
        this.saveGif = saveGif;
    }

    /** Whether {@code n} is, or is inside, a control that takes keys of its own (a button, a field, a slider …). */
    static boolean inControl(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ButtonBase || p instanceof TextInputControl || p instanceof ChoiceBox || p instanceof ComboBoxBase
                    || p instanceof Spinner || p instanceof Slider || p instanceof javafx.scene.control.ScrollBar) {
                return true;
            }
        }
        return false;
    }

    void handle(KeyEvent e) {
        Object target = e.getTarget();
        if (target instanceof TextInputControl) {
            return;   // typing a number: the keys belong to the field
        }
        KeyCode k = e.getCode();
        boolean control = target instanceof ButtonBase || target instanceof ChoiceBox || target instanceof ComboBoxBase
                || target instanceof Spinner;
        if (k == KeyCode.SPACE && control) {
            return;   // Space presses the focused button, opens the focused choice
        }
        if ((k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.DOWN) && target instanceof Slider s
                && !"scrub".equals(((Node) s).getId())) {
            return;   // the speed slider takes its own arrows
        }
        if ((k == KeyCode.LEFT || k == KeyCode.RIGHT)
                && target instanceof javafx.scene.control.ToggleButton t && t.getToggleGroup() != null) {
            return;   // Tab reaches a group's chosen toggle; the arrows walk to the others (Space chooses)
        }
        boolean shortcut = e.isShortcutDown();
        boolean learning = model.mode() == StepperMode.LEARN;
        boolean handled = true;
        if (shortcut && k == KeyCode.Z && !e.isShiftDown()) {
            model.undo();
        } else if (shortcut && (k == KeyCode.Y || k == KeyCode.Z)) {
            model.redo();
        } else if (shortcut && k == KeyCode.G) {
            saveGif.run();
        } else if (shortcut || e.isAltDown()) {
            handled = false;   // the window's own shortcuts (zoom, views) pass through
        } else if (k == KeyCode.F) {
            model.modeProperty().set(StepperMode.FORWARD);
        } else if (k == KeyCode.B) {
            model.modeProperty().set(StepperMode.BACKWARD);
        } else if (k == KeyCode.L) {
            model.modeProperty().set(StepperMode.LEARN);
        } else if (k == KeyCode.SPACE) {
            if (learning) {
                model.lab().setRunning(!model.lab().running());
            } else {
                model.togglePlaying();
            }
        } else if (learning) {
            handled = false;   // the lab has no sweep to step
        } else if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
            model.forward();
        } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) {
            model.back();
        } else if (k == KeyCode.HOME) {
            model.toStart();
        } else if (k == KeyCode.END) {
            model.toEnd();
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            model.faster(true);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            model.faster(false);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
