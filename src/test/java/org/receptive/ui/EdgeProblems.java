package org.receptive.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TabPane;

/**
 * What {@link LayoutProblems} lets through because it can still be scrolled to: a view that
 * scrolls sideways where it should fit (at 100% every view fits both windows; a vertical scroll
 * is fine), and a text or control pressed against the right edge of its column (the window's, or
 * a scroll bar) with no margin.
 */
final class EdgeProblems {

    /** Less than this (in screen px) between a control and its column's right edge reads as touching it. */
    static final double MARGIN = 6;
    private static final double SLACK = 1.5;

    private EdgeProblems() {
    }

    /** One sentence per scroll pane (or list) under {@code root} that scrolls sideways. */
    static List<String> sidewaysScrolls(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof ScrollPane s && s.getContent() != null && s.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER) {
                double past = s.getContent().getBoundsInParent().getWidth() - s.getViewportBounds().getWidth();
                if (past > SLACK) {
                    out.add(describe(s) + " scrolls sideways: its content is " + Math.round(past) + " px wider than it");
                }
            } else if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL
                    && !(b.getParent() instanceof Control)) {
                // A list's or table's own bar (a scroll pane's bar is judged with its pane just above).
                out.add(describe(b.getParent()) + " shows a sideways scroll bar");
            }
        });
        return out;
    }

    /**
     * A sentence if the zoom's scroll pane scrolls up and down: the view is taller than the window
     * shows, so what sits at its foot (a reader's page buttons) is out of sight until scrolled to.
     */
    static List<String> zoomScrollsUpDown(Parent root) {
        ScrollPane zoom = (ScrollPane) root.lookup(".zoom-scroll");
        double past = zoom.getContent().getBoundsInParent().getHeight() - zoom.getViewportBounds().getHeight();
        return past > SLACK ? List.of("the view is " + Math.round(past) + " px taller than the window shows: its foot is out of sight")
                : List.of();
    }

    /**
     * One sentence per visible labelled control (or other control that is not a scroll pane or
     * bar) whose right edge (a label's: where its words may end, inside its padding) comes within
     * {@link #MARGIN} of the right edge of what its column shows: the viewport of the scroll pane
     * that holds it (the zoom's, or a column's own: a vertical scroll bar is an edge too); where
     * that pane scrolls sideways, the end of its scroll.
     */
    static List<String> touchingTheRightEdge(Parent root) {
        List<String> out = new ArrayList<>();
        ScrollPane zoom = (ScrollPane) root.lookup(".zoom-scroll");
        walk(zoom.getContent(), n -> {
            if (!(n instanceof Labeled || n instanceof Control) || n instanceof ScrollPane || n instanceof ScrollBar
                    || n instanceof TabPane || n instanceof Separator || n.getParent() instanceof Labeled || !n.isManaged()) {
                return;   // containers and rules may run to the edge; what they hold may not
            }
            Parent column = n.getParent();
            while (!(column instanceof ScrollPane)) {
                column = column.getParent();
            }
            double edge = reach((ScrollPane) column);   // its column's viewport: a vertical scroll bar is an edge too
            Bounds b = n.localToScene(n.getLayoutBounds());
            // A plain label's words end where its padding begins (a button's edge is its box).
            double end = n instanceof Label l
                    ? l.localToScene(l.getLayoutBounds().getMaxX() - l.snappedRightInset(), 0).getX() : b.getMaxX();
            if (b.getWidth() > 0 && end > edge - MARGIN) {
                out.add(String.format(Locale.ROOT, "%s ends %.0f px from the right edge of what its column shows",
                        describe(n), edge - end));
            }
        });
        return out;
    }

    /** The right edge, in the scene, of what a scroll pane shows at the end of its sideways scroll. */
    private static double reach(ScrollPane s) {
        Node v = s.lookup(".viewport");
        double shown = (v == null ? s.localToScene(s.getLayoutBounds()) : v.localToScene(v.getLayoutBounds())).getMaxX();
        if (s.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
            return shown;
        }
        return Math.max(shown, s.getContent().localToScene(s.getContent().getLayoutBounds()).getMaxX());
    }

    /** Visits every visible node under {@code n}, parents before their children. */
    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }

    /** The node's class and id, and the first text inside it, to find it by. */
    private static String describe(Node n) {
        String text = n instanceof Labeled l ? l.getText() : n instanceof Parent p ? firstText(p) : null;
        String one = text == null ? "" : text.replaceAll("\\s+", " ");
        return (one.isEmpty() ? "" : "'" + (one.length() > 40 ? one.substring(0, 39) + "…" : one) + "' ")
                + "(" + n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId())
                + (n.getStyleClass().isEmpty() ? "" : " ." + String.join(".", n.getStyleClass())) + ")";
    }

    private static String firstText(Parent p) {
        for (Node c : p.getChildrenUnmodifiable()) {
            String t = c instanceof Labeled l && l.getText() != null && !l.getText().isBlank() ? l.getText()
                    : c instanceof Parent q ? firstText(q) : null;
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
