package org.receptive.monkey;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A seeded monkey for the whole window: each {@link #act()} picks one thing a restless class
 * might do — switch views (Ctrl+1…6), press a button, tick a box, drag a slider, step a spinner,
 * pick from a list, type into a field (junk included) and press Enter, press, drag and release the
 * mouse on a canvas (the pad, a grid, a feature map), hover, press keys (arrows, digits, letters,
 * zoom, contrast, presenting, F3) — on a node that is on screen and enabled, by firing the same
 * events a person's input would. It runs on the FX thread. Never pressed: buttons whose text ends
 * in "…" and Ctrl+P/Ctrl+G, which open file dialogs (a modal dialog would wait for a person).
 */
final class Monkey {

    private static final String[] JUNK = {"", " ", "0", "1", "-1", "7", "3", "12", "0.5", "0,25", "-0.75", "1e9", "-1e30", "NaN",
        "Infinity", "abc", "٣", "2147483648", "99999999999999999999", "5x5", "%d", "\u0000", "🙂", "1 2", "28", "-0", "0x1F"};
    private static final KeyCode[] KEYS = {KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.SPACE, KeyCode.ENTER,
        KeyCode.ESCAPE, KeyCode.TAB, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.BACK_SPACE,
        KeyCode.DELETE, KeyCode.F3, KeyCode.F11, KeyCode.R, KeyCode.C, KeyCode.Z, KeyCode.Y, KeyCode.S, KeyCode.A,
        KeyCode.DIGIT1, KeyCode.DIGIT5, KeyCode.DIGIT9, KeyCode.PLUS, KeyCode.MINUS, KeyCode.EQUALS};
    /** Shortcut keys that do something harmless: zoom, contrast, reduced motion, undo/redo, views. */
    private static final KeyCode[] SHORTCUTS = {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.MINUS, KeyCode.DIGIT0, KeyCode.H, KeyCode.M,
        KeyCode.Z, KeyCode.Y, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};

    private final Scene scene;
    private final Random random;
    /** Ids of buttons left alone: the suite's short run skips long work (a training run, scoring the test set). */
    private final java.util.Set<String> untouched;
    /** Actions in a hundred that are shortcut keys (zoom and contrast restyle the whole window: the costliest actions). */
    private final int shortcuts;
    private final List<String> recent = new ArrayList<>();
    private long actions;

    Monkey(Scene scene, long seed, java.util.Set<String> untouched, int shortcuts) {
        this.scene = scene;
        this.random = new Random(seed);
        this.untouched = untouched;
        this.shortcuts = shortcuts;
    }

    /** One random action; returns what it did (for the log). */
    String act() {
        actions++;
        if (recent.size() >= 40) {
            recent.remove(0);
        }
        int kind = random.nextInt(100);
        Node target = null;
        if (kind >= shortcuts + 6) {
            List<Node> nodes = new ArrayList<>();
            collect(scene.getRoot(), nodes);
            target = nodes.isEmpty() ? null : nodes.get(random.nextInt(nodes.size()));
        }
        // Logged before it is done: an action that throws is the last line of the log.
        recent.add(actions + ": on " + (target == null ? "the focused node" : describe(target)) + "…");
        String did = kind < shortcuts ? key(SHORTCUTS[random.nextInt(SHORTCUTS.length)], true)
                : kind < shortcuts + 6 ? key(KEYS[random.nextInt(KEYS.length)], false)
                : target == null ? "nothing on screen" : on(target);
        recent.set(recent.size() - 1, actions + ": " + did);
        return did;
    }

    /** The last 40 actions, for a failure's message. */
    String recent() {
        return String.join("\n", recent);
    }

    long actions() {
        return actions;
    }

    /** Every node a person could work now: on screen, visible, enabled, of a kind the monkey knows. */
    private void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled() || n.getScene() == null) {
            return;
        }
        if (n instanceof ButtonBase b && !(b.getText() != null && (b.getText().endsWith("…") || b.getText().endsWith("...")))
                && (b.getId() == null || !untouched.contains(b.getId()))
                || n instanceof Slider || n instanceof Spinner || n instanceof ChoiceBox || n instanceof ComboBox
                || n instanceof TextInputControl || n instanceof Canvas || n instanceof TabPane || n instanceof ListView
                || n instanceof ScrollPane) {
            out.add(n);
        }
        if (n instanceof Parent p && !(n instanceof Spinner) && !(n instanceof ComboBox)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private String on(Node n) {
        String name = describe(n);
        if (n instanceof ButtonBase b) {
            b.fire();
            return "pressed " + name;
        }
        if (n instanceof Slider s) {
            double v = s.getMin() + random.nextDouble() * (s.getMax() - s.getMin());
            s.setValue(v);
            return "slid " + name + " to " + v;
        }
        if (n instanceof Spinner<?> s) {
            int steps = random.nextInt(7) - 3;
            if (random.nextInt(4) == 0 && s.isEditable()) {
                String t = JUNK[random.nextInt(JUNK.length)];
                s.getEditor().setText(t);
                Event.fireEvent(s.getEditor(), keyEvent(KeyEvent.KEY_PRESSED, KeyCode.ENTER, false));
                return "typed '" + t + "' into " + name;
            }
            if (steps >= 0) {
                s.increment(steps);
            } else {
                s.decrement(-steps);
            }
            return "stepped " + name + " by " + steps;
        }
        if (n instanceof ChoiceBox<?> c && !c.getItems().isEmpty()) {
            int i = random.nextInt(c.getItems().size());
            c.getSelectionModel().select(i);
            return "chose item " + i + " of " + name;
        }
        if (n instanceof ComboBox<?> c) {
            if (c.isEditable() && random.nextBoolean()) {
                String t = JUNK[random.nextInt(JUNK.length)];
                c.getEditor().setText(t);
                c.getEditor().fireEvent(new ActionEvent());
                return "typed '" + t + "' into " + name;
            }
            if (!c.getItems().isEmpty()) {
                int i = random.nextInt(c.getItems().size());
                c.getSelectionModel().select(i);
                return "chose item " + i + " of " + name;
            }
            return "looked at empty " + name;
        }
        if (n instanceof TextInputControl t) {
            String typed = random.nextInt(3) == 0 ? Integer.toString(random.nextInt(12000) - 1000) : JUNK[random.nextInt(JUNK.length)];
            if (!t.isEditable()) {
                return "looked at read-only " + name;
            }
            t.setText(typed);
            t.fireEvent(new ActionEvent());
            Event.fireEvent(t, keyEvent(KeyEvent.KEY_PRESSED, KeyCode.ENTER, false));
            return "typed '" + typed + "' into " + name + " and pressed Enter";
        }
        if (n instanceof Canvas c) {
            return drag(c, name);
        }
        if (n instanceof TabPane tabs && !tabs.getTabs().isEmpty()) {
            int i = random.nextInt(tabs.getTabs().size());
            tabs.getSelectionModel().select(i);
            return "opened tab " + i + " of " + name;
        }
        if (n instanceof ListView<?> l && !l.getItems().isEmpty()) {
            int i = random.nextInt(l.getItems().size());
            l.getSelectionModel().select(i);
            return "picked row " + i + " of " + name;
        }
        if (n instanceof ScrollPane s) {
            s.setVvalue(random.nextDouble());
            return "scrolled " + name;
        }
        return "looked at " + name;
    }

    /** Press, a few drags, release (a click or a stroke), or only a hover, at random points of the canvas. */
    private String drag(Canvas c, String name) {
        double w = Math.max(1, c.getWidth()), h = Math.max(1, c.getHeight());
        if (random.nextInt(4) == 0) {
            double x = random.nextDouble() * w, y = random.nextDouble() * h;
            Event.fireEvent(c, mouse(MouseEvent.MOUSE_MOVED, c, x, y, false));
            Event.fireEvent(c, mouse(MouseEvent.MOUSE_EXITED, c, x, y, false));
            return "hovered " + name;
        }
        double x = random.nextDouble() * w, y = random.nextDouble() * h;
        Event.fireEvent(c, mouse(MouseEvent.MOUSE_PRESSED, c, x, y, true));
        int moves = random.nextInt(6);
        for (int i = 0; i < moves; i++) {
            x = Math.max(-5, Math.min(w + 5, x + random.nextGaussian() * w / 6));   // now and then off the edge
            y = Math.max(-5, Math.min(h + 5, y + random.nextGaussian() * h / 6));
            Event.fireEvent(c, mouse(MouseEvent.MOUSE_DRAGGED, c, x, y, true));
        }
        Event.fireEvent(c, mouse(MouseEvent.MOUSE_RELEASED, c, x, y, false));
        Event.fireEvent(c, mouse(MouseEvent.MOUSE_CLICKED, c, x, y, false));
        return "dragged " + moves + " times on " + name;
    }

    /**
     * A key goes where the window sends a real one ({@code Scene.processKeyEvent}): to the focus
     * owner while it is in this scene, otherwise to the scene. Between two of the monkey's actions
     * no pulse runs, so the focus owner may be a node the last action took off the screen (a
     * ChoiceBox of a mode just left); a person's next key always comes after a pulse has moved the
     * focus on, and even before it the window would not deliver the key to that node.
     */
    private String key(KeyCode code, boolean shortcut) {
        Node owner = scene.getFocusOwner();
        javafx.event.EventTarget target = owner != null && owner.getScene() == scene ? owner : scene;
        Event.fireEvent(target, keyEvent(KeyEvent.KEY_PRESSED, code, shortcut));
        Event.fireEvent(target, keyEvent(KeyEvent.KEY_RELEASED, code, shortcut));
        return (shortcut ? "Ctrl+" : "") + code + " on " + (target == scene ? "the window" : describe(owner));
    }

    private static KeyEvent keyEvent(javafx.event.EventType<KeyEvent> type, KeyCode code, boolean shortcut) {
        String ch = code.isLetterKey() || code.isDigitKey() ? code.getChar() : "";
        return new KeyEvent(type, ch, ch, code, false, shortcut, false, false);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Node n, double x, double y, boolean down) {
        // This constructor takes scene coordinates: firing it at n works out n's own (and each parent's) from them.
        javafx.geometry.Point2D in = n.localToScene(x, y);
        javafx.geometry.Point2D s = n.localToScreen(x, y);
        double sx = s == null ? in.getX() : s.getX(), sy = s == null ? in.getY() : s.getY();
        MouseButton button = type == MouseEvent.MOUSE_MOVED || type == MouseEvent.MOUSE_EXITED ? MouseButton.NONE : MouseButton.PRIMARY;
        return new MouseEvent(type, in.getX(), in.getY(), sx, sy, button, type == MouseEvent.MOUSE_CLICKED ? 1 : 0,
                false, false, false, false, down, false, false, true, false, true, null);
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        String text = n instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + id + text;
    }
}
