package org.receptive.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to JavaFX nodes, from commonmark-java's syntax tree (the parser the lessons are read
 * with): headings, paragraphs with emphasis, strong and inline code, bullet and numbered lists,
 * code blocks, quotes and rules. Text wraps to the reading column; styles live in lessons.css.
 */
final class MarkdownView {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownView() {
    }

    /** The nodes for a piece of Markdown, stacked. */
    static VBox render(String markdown) {
        VBox box = new VBox(10);
        box.getStyleClass().add("markdown");
        blocks(PARSER.parse(markdown), box);
        return box;
    }

    private static void blocks(org.commonmark.node.Node parent, VBox into) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node node = block(n);
            if (node != null) {
                into.getChildren().add(node);
            }
        }
    }

    private static Node block(org.commonmark.node.Node n) {
        if (n instanceof Paragraph) {
            return flow(n, "md-paragraph");
        } else if (n instanceof Heading h) {
            return flow(n, "md-h" + Math.min(6, h.getLevel()));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            return list(n);
        } else if (n instanceof FencedCodeBlock f) {
            return code(f.getLiteral());
        } else if (n instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        } else if (n instanceof BlockQuote) {
            VBox quote = new VBox(8);
            quote.getStyleClass().add("md-quote");
            blocks(n, quote);
            return quote;
        } else if (n instanceof ThematicBreak) {
            return new Separator();
        } else if (n instanceof org.commonmark.node.HtmlBlock html) {
            return code(html.getLiteral());
        }
        // Raw HTML and anything else: shown as the text it is rather than dropped silently.
        return flow(n, "md-paragraph");
    }

    private static Node list(org.commonmark.node.Node list) {
        VBox box = new VBox(6);
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? (number++) + "." : "•");
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(28);
            marker.setAlignment(Pos.TOP_RIGHT);
            VBox content = new VBox(6);
            blocks(item, content);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(8, marker, content);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node code(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("md-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    private static TextFlow flow(org.commonmark.node.Node n, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        List<Text> texts = new ArrayList<>();
        inline(n, new ArrayList<>(), texts);
        flow.getChildren().addAll(texts);
        return flow;
    }

    /** Walks inline nodes, carrying the styles of the enclosing emphasis, strong and link nodes. */
    private static void inline(org.commonmark.node.Node parent, List<String> styles, List<Text> out) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                out.add(text(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                out.add(text(c.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof SoftLineBreak) {
                out.add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                out.add(text("\n", styles));
            } else if (n instanceof Emphasis) {
                inline(n, with(styles, "md-em"), out);
            } else if (n instanceof StrongEmphasis) {
                inline(n, with(styles, "md-strong"), out);
            } else if (n instanceof Link) {
                inline(n, with(styles, "md-link"), out);
            } else if (n instanceof Image i) {
                // Pictures are not drawn inline yet: say what is there instead of leaving a hole.
                out.add(text("[picture: " + (i.getTitle() != null ? i.getTitle() : i.getDestination()) + "]", with(styles, "md-em")));
            } else if (n instanceof org.commonmark.node.HtmlInline h) {
                out.add(text(h.getLiteral(), styles));
            } else {
                inline(n, styles, out);
            }
        }
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(styles);
        return t;
    }
}
