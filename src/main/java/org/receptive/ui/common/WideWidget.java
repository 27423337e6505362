package org.receptive.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A whole view shown inside a lesson's reading column: it keeps the size it was laid out for and
 * scrolls sideways when the column is narrower, rather than squeezing its captions into one
 * letter a line or drawing panels over each other.
 */
public final class WideWidget {

    private WideWidget() {
    }

    /** Key in a widget's properties for what stops its background work for good (see {@link #onClose}). */
    private static final String CLOSE = "receptive.widget.close";

    /**
     * Says what stops a widget's background work for good (a training run), for when the lesson
     * lets go of it; returns the widget.
     */
    public static Node onClose(Node widget, Runnable close) {
        widget.getProperties().put(CLOSE, close);
        return widget;
    }

    /** Runs the close hooks of {@code node} and of every node inside it. */
    public static void close(Node node) {
        if (node.getProperties().get(CLOSE) instanceof Runnable r) {
            r.run();
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                close(child);
            }
        }
    }

    public static Node of(Region view, double width, double height) {
        view.setMinSize(width, height);
        view.setPrefSize(width, height);
        ScrollPane sideways = new ScrollPane(view);
        sideways.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideways.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sideways.setFitToHeight(true);
        sideways.setMinHeight(height + 20);
        return sideways;
    }
}
