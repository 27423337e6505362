package org.receptive.ui.stepper;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Runs a canvas's drawing now if any of it is on screen, else as soon as it comes into sight
 * (scrolled to, the window made larger, its view shown again). A canvas keeps what it was told to
 * draw, so JavaFX replays the drawing of a canvas scrolled out of sight at every change: with the
 * Stepper playing Backward in a classroom-sized window, the dL/dX, dL/dW and dL/dY grids and the
 * backward products below the fold were about half of the renderer's time. While one is out of
 * sight its drawing waits, checked once per pulse after layout (before the frame is drawn), so a
 * grid scrolled into view shows its latest numbers in that same frame.
 */
final class DrawnWhenSeen {

    private final Node node;
    private final Runnable draw;
    private final Runnable check = this::check;
    private Scene listening;
    private boolean stale;

    DrawnWhenSeen(Node node, Runnable draw) {
        this.node = node;
        this.draw = draw;
    }

    /** Draws now when in sight (or not in a window at all: a test, a snapshot), else when it comes into sight. */
    void request() {
        if (inSight()) {
            stale = false;
            stopListening();
            draw.run();
        } else {
            stale = true;
            Scene s = node.getScene();
            if (listening != s) {
                stopListening();
                listening = s;
                s.addPostLayoutPulseListener(check);
            }
        }
    }

    /** True while a drawing waits for the canvas to come into sight. */
    boolean waiting() {
        return stale;
    }

    private void check() {
        if (stale && (node.getScene() != listening || inSight())) {
            stale = false;
            draw.run();
        }
        if (!stale) {
            stopListening();
        }
    }

    private void stopListening() {
        if (listening != null) {
            listening.removePostLayoutPulseListener(check);
            listening = null;
        }
    }

    /** Some of the node inside the window and inside every scroll pane around it, and no hidden ancestor. */
    boolean inSight() {
        Scene s = node.getScene();
        if (s == null) {
            return true;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (!b.intersects(0, 0, s.getWidth(), s.getHeight())) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n != node && n instanceof ScrollPane sp && !b.intersects(sp.localToScene(sp.getLayoutBounds()))) {
                return false;
            }
        }
        return true;
    }
}
