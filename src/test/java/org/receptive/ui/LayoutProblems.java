package org.receptive.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a student at the back would call "cut": every visible labelled control or heading under a
 * root is checked for a truncated text (an ellipsis in place of words), no room at all, a wrapped
 * text broken inside a word (one letter per line), or a place outside what can be seen or
 * scrolled to (past a clip, or past a scroll pane's viewport on an axis it does not scroll).
 */
final class LayoutProblems {

    private static final double SLACK = 1.5;   // rounding of snapped layouts

    private LayoutProblems() {
    }

    /** One sentence per problem found under {@code root}, naming the text that is cut. */
    static List<String> of(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.isManaged()) {
            check(l, out);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, out);
            }
        }
    }

    private static void check(Labeled l, List<String> out) {
        String name = "'" + shorten(l.getText()) + "' (" + l.getClass().getSimpleName()
                + (l.getId() == null ? "" : " #" + l.getId()) + ")";
        if (l.getWidth() < 1 || l.getHeight() < 1) {
            out.add(name + " has no room (" + (int) l.getWidth() + "×" + (int) l.getHeight() + ")");
            return;
        }
        Node shown = l.lookup(".text");
        if (shown instanceof Text t && t.getParent() == l && !sameWords(t.getText(), l.getText())) {
            out.add(name + " is cut to '" + shorten(t.getText()) + "'");
            return;
        }
        if (l.isWrapText()) {
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset()
                    - (l.getGraphic() == null ? 0 : l.getGraphic().prefWidth(-1) + l.getGraphicTextGap());
            String word = longestWord(l.getText(), l);
            if (widthOf(word, l) > room + SLACK) {
                out.add(name + " is wrapped inside the word '" + word + "' (" + (int) room + " px of room)");
                return;
            }
        }
        String where = unreachable(l);
        if (where != null) {
            out.add(name + " " + where);
        }
    }

    /** Null when every part of {@code n} can be seen, possibly after scrolling; else where it is lost. */
    private static String unreachable(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        // A pixel of rounding in the view's own units is a few on screen, zoomed in.
        var t = n.getLocalToSceneTransform();
        double slack = SLACK * Math.max(1, Math.hypot(t.getMxx(), t.getMyx()));   // rotated axis labels too
        for (Parent a = n.getParent(); a != null; a = a.getParent()) {
            if (a.getStyleClass().contains("tab-header-area") || a instanceof javafx.scene.control.skin.VirtualFlow<?>) {
                // Tabs that do not fit are offered in the tab pane's own menu; a list scrolls its rows.
                b = a.localToScene(a.getLayoutBounds());
            } else if (a.getParent() != null && (a.getParent().getStyleClass().contains("tab-header-area")
                    || a.getParent() instanceof javafx.scene.control.skin.VirtualFlow<?>)) {
                continue;   // their own clips, checked with them just above
            } else if (a instanceof ScrollPane s) {
                Bounds content = s.getContent().localToScene(s.getContent().getLayoutBounds());
                Node viewport = s.lookup(".viewport");
                Bounds view = viewport == null ? content : viewport.localToScene(viewport.getLayoutBounds());
                boolean xScrolls = s.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
                boolean yScrolls = s.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
                Bounds reach = new javafx.geometry.BoundingBox(
                        xScrolls ? content.getMinX() : view.getMinX(), yScrolls ? content.getMinY() : view.getMinY(),
                        xScrolls ? content.getWidth() : view.getWidth(), yScrolls ? content.getHeight() : view.getHeight());
                if (!inside(b, reach, slack)) {
                    return "lies outside what its scroll pane can show (" + box(b) + " not in " + box(reach) + ")";
                }
                b = s.localToScene(s.getLayoutBounds());   // from here on, the scroll pane must be in reach
            } else if (a.getClip() != null && !(a.getParent() instanceof ScrollPane)) {
                Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
                if (!inside(b, clip, slack)) {
                    return "is clipped (" + box(b) + " not in " + box(clip) + ")";
                }
            }
        }
        Parent root = n.getScene().getRoot();
        Bounds window = root.localToScene(root.getLayoutBounds());
        return inside(b, window, slack) ? null : "lies outside the window (" + box(b) + ")";
    }

    private static boolean inside(Bounds b, Bounds in, double slack) {
        return b.getMinX() >= in.getMinX() - slack && b.getMaxX() <= in.getMaxX() + slack
                && b.getMinY() >= in.getMinY() - slack && b.getMaxY() <= in.getMaxY() + slack;
    }

    /** The shown text says the same words as the label's text (a wrapped text's line breaks are spaces). */
    private static boolean sameWords(String shown, String text) {
        return shown.replaceAll("\\s+", " ").trim().equals(text.replace("_", "").replaceAll("\\s+", " ").trim())
                || shown.replaceAll("\\s+", " ").trim().equals(text.replaceAll("\\s+", " ").trim());
    }

    private static String longestWord(String text, Labeled l) {
        String best = "";
        double widest = -1;
        for (String w : text.split("\\s+")) {
            double width = widthOf(w, l);
            if (width > widest) {
                widest = width;
                best = w;
            }
        }
        return best;
    }

    private static double widthOf(String s, Labeled l) {
        Text t = new Text(s);
        t.setFont(l.getFont());
        return t.getLayoutBounds().getWidth();
    }

    private static String box(Bounds b) {
        return String.format(java.util.Locale.ROOT, "%.0f,%.0f %.0f×%.0f", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 39) + "…" : one;
    }
}
