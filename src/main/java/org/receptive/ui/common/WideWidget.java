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
