package org.receptive.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Short notes that something was done ("Model saved to …", "GIF written …"), shown as ControlsFX
 * {@link Notifications} in the corner of the window a node is in, and gone after a few seconds;
 * a note may carry one action ("Undo"). A node not yet in a showing window gets its note once it
 * is. Under reduced motion (style class {@code reduced-motion} on an ancestor, which the Shell
 * sets) the note is a {@link StillNote}: there at once and gone at once, nothing fading or sliding.
 * What a note says also stays in the view-model's message, so tests and screen readers have it
 * without the popup.
 */
public final class Notices {

    /** Long enough to read two lines from the back of a room. */
    static final Duration SHOWN_FOR = Duration.seconds(6);

    private Notices() {
    }

    /** Shows {@code text} near the bottom right of {@code near}'s window. */
    public static void show(Node near, String text) {
        show(near, text, null, null);
    }

    /** The same with a button ({@code actionText}) that runs {@code action} and closes the note. */
    public static void show(Node near, String text, String actionText, Runnable action) {
        show(near, text, actionText, action, hide -> {
            PauseTransition wait = new PauseTransition(SHOWN_FOR);   // a delay, nothing moves
            wait.setOnFinished(e -> hide.run());
            wait.play();
        });
    }

    /** The same; under reduced motion {@code later} is given what hides the note once its time is up. */
    static void show(Node near, String text, String actionText, Runnable action, Consumer<Runnable> later) {
        if (text == null || text.isBlank()) {
            return;
        }
        whenShowing(near, window -> {
            if (still(near)) {
                StillNote.show(window, text, actionText, action, later);
                return;
            }
            Notifications n = Notifications.create().text(text).owner(window).position(Pos.BOTTOM_RIGHT)
                    .hideAfter(SHOWN_FOR).styleClass("receptive-notice");
            if (action != null) {
                n.action(new Action(actionText, e -> action.run()));
            }
            n.show();
        });
    }

    /** Whether reduced motion is on where {@code node} is (the Shell marks its root). */
    private static boolean still(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("reduced-motion")) {
                return true;
            }
        }
        return node.getScene() != null && node.getScene().getRoot().getStyleClass().contains("reduced-motion");
    }

    /** Shows each new non-empty value of {@code text} as a note from {@code near}. */
    public static void follow(Node near, ObservableValue<String> text) {
        text.addListener((o, was, now) -> show(near, now));
    }

    /** Runs {@code then} once with the window {@code node} is in, now or as soon as that window is showing. */
    private static void whenShowing(Node node, Consumer<Window> then) {
        AtomicBoolean done = new AtomicBoolean();
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                Window w = node.getScene() == null ? null : node.getScene().getWindow();
                if (w == null) {
                    return;
                }
                if (!w.isShowing()) {
                    w.showingProperty().removeListener(this);   // added once, whichever way we came here
                    w.showingProperty().addListener(this);
                } else if (done.compareAndSet(false, true)) {
                    node.sceneProperty().removeListener(this);
                    w.showingProperty().removeListener(this);
                    then.accept(w);
                }
            }
        };
        check.invalidated(null);
        if (!done.get()) {
            // Not on screen yet (a message from start-up): the node's scene and window come later.
            node.sceneProperty().addListener(check);
            node.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null && !done.get()) {
                    scene.windowProperty().addListener(check);
                    check.invalidated(null);
                }
            });
            if (node.getScene() != null) {
                node.getScene().windowProperty().addListener(check);
            }
        }
    }
}
