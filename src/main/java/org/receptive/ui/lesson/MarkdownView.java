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
 * code blocks, quotes, rules and pictures ({@link LessonFigures}: a picture alone in its paragraph
 * is a figure with its title as caption, one inside a sentence sits in the line). Text wraps to
 * the reading column; styles live in lessons.css.
 */
final class MarkdownView {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownView() {
    }

    /** The nodes for a piece of Markdown with no pictures to show (they are named instead). */
    static VBox render(String markdown) {
        return render(markdown, LessonFigures.NONE);
    }

    /** The nodes for a piece of a lesson's Markdown, stacked, its pictures from {@code figures}. */
    static VBox render(String markdown, LessonFigures figures) {
        VBox box = new VBox(10);
        box.getStyleClass().add("markdown");
        blocks(PARSER.parse(markdown), box, figures);
        return box;
    }

    private static void blocks(org.commonmark.node.Node parent, VBox into, LessonFigures figures) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node node = block(n, figures);
            if (node != null) {
                into.getChildren().add(node);
            }
        }
    }

    private static Node block(org.commonmark.node.Node n, LessonFigures figures) {
        if (n instanceof Paragraph && onlyPictures(n)) {
            VBox pictures = new VBox(10);
            for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Image i) {
                    pictures.getChildren().add(figures.figure(i.getDestination(), altText(i), i.getTitle()));
                }
            }
            return pictures;
        } else if (n instanceof Paragraph) {
            return flow(n, "md-paragraph", figures);
        } else if (n instanceof Heading h) {
            return flow(n, "md-h" + Math.min(6, h.getLevel()), figures);
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            return list(n, figures);
        } else if (n instanceof FencedCodeBlock f) {
            return code(f.getLiteral());
        } else if (n instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        } else if (n instanceof BlockQuote) {
            VBox quote = new VBox(8);
            quote.getStyleClass().add("md-quote");
            blocks(n, quote, figures);
            return quote;
        } else if (n instanceof ThematicBreak) {
            return new Separator();
        } else if (n instanceof org.commonmark.node.HtmlBlock html) {
            return code(html.getLiteral());
        }
        // Raw HTML and anything else: shown as the text it is rather than dropped silently.
        return flow(n, "md-paragraph", figures);
    }

    /** A paragraph made of pictures and the line breaks between them: shown as figures. */
    private static boolean onlyPictures(org.commonmark.node.Node paragraph) {
        boolean any = false;
        for (org.commonmark.node.Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image) {
                any = true;
            } else if (!(c instanceof SoftLineBreak || c instanceof HardLineBreak
                    || c instanceof org.commonmark.node.Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return any;
    }

    /** A picture's alt text: the plain text of what is between its brackets. */
    private static String altText(Image image) {
        StringBuilder b = new StringBuilder();
        plain(image, b);
        return b.toString();
    }

    private static void plain(org.commonmark.node.Node parent, StringBuilder into) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                into.append(t.getLiteral());
            } else if (n instanceof Code c) {
                into.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                into.append(' ');
            } else {
                plain(n, into);
            }
        }
    }

    private static Node list(org.commonmark.node.Node list, LessonFigures figures) {
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
            blocks(item, content, figures);
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

    private static TextFlow flow(org.commonmark.node.Node n, String styleClass, LessonFigures figures) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        List<Node> texts = new ArrayList<>();
        inline(n, new ArrayList<>(), texts, figures);
        flow.getChildren().addAll(texts);
        return flow;
    }

    /** Walks inline nodes, carrying the styles of the enclosing emphasis, strong and link nodes. */
    private static void inline(org.commonmark.node.Node parent, List<String> styles, List<Node> out, LessonFigures figures) {
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
                inline(n, with(styles, "md-em"), out, figures);
            } else if (n instanceof StrongEmphasis) {
                inline(n, with(styles, "md-strong"), out, figures);
            } else if (n instanceof Link) {
                inline(n, with(styles, "md-link"), out, figures);
            } else if (n instanceof Image i) {
                out.add(figures.figure(i.getDestination(), altText(i), i.getTitle()));
            } else if (n instanceof org.commonmark.node.HtmlInline h) {
                out.add(text(h.getLiteral(), styles));
            } else {
                inline(n, styles, out, figures);
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
