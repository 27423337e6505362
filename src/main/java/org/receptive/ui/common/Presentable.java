package org.receptive.ui.common;

import javafx.scene.Node;

/**
 * A view that can drop its editing controls while a teacher presents, leaving the picture and
 * the few controls that drive it; everything hidden comes back when presenting ends.
 */
public interface Presentable {

    void setPresenting(boolean presenting);

    /**
     * Takes {@code editing} out of the layout while presenting (not just out of sight, so what
     * the class looks at gets their room) and puts them back after. Not for nodes whose
     * visibility is bound to something else, such as a {@link Controls#message} line.
     */
    static void dropWhilePresenting(boolean presenting, Node... editing) {
        for (Node n : editing) {
            n.setVisible(!presenting);
            n.setManaged(!presenting);
        }
    }
}
