package org.receptive.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A whole view shown inside a lesson's reading column: as wide as the column, but never narrower
 * than the least width it was made for; in a narrower column (zoomed in) it keeps that width and
 * scrolls sideways, rather than squeezing its captions into one letter a line or drawing panels
 * over each other.
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

    /** {@code view} in the column, at least {@code leastWidth} wide, {@code height} tall. */
    public static Node of(Region view, double leastWidth, double height) {
        view.setMinSize(leastWidth, height);
        view.setPrefSize(leastWidth, height);
        ScrollPane sideways = new LiveScrollPane(view);
        sideways.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideways.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sideways.setFitToWidth(true);   // the column's width, bounded below by the view's least width
        sideways.setFitToHeight(true);
        sideways.setMinHeight(height + 20);
        return sideways;
    }
}
