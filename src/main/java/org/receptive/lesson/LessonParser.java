package org.receptive.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a lesson from Markdown with commonmark-java. A lesson is a {@code #} title, {@code ##}
 * sections, prose, {@code >[action]} questions each optionally followed by a {@code >[solution]}
 * kept hidden until revealed, fenced {@code widget KIND} blocks that open live demos, and fenced
 * {@code exercise KIND} blocks checked against the engine (format: docs/LESSON-FORMAT.md).
 *
 * <p>Nothing a file contains gets out of here but a {@link LessonFormatException} naming the
 * file and the line: line endings of any kind are read alike, every exercise's numbers are
 * checked when the lesson opens (with the stepper's own rules), a block left open is named, and
 * the size and nesting depth are bounded, because commonmark-java takes time that grows with
 * the square of some inputs (a 1.28 MB run of brackets took 84 s) and recurses on nested emphasis.
 */
public final class LessonParser {

    private static final String ACTION = "[action]";
    private static final String SOLUTION = "[solution]";
    /** Longest lesson read, in characters: twenty times the longest bundled lesson. */
    public static final int MAX_CHARS = 64_000;
    /** Deepest nesting of quotes, lists, links and emphasis (the lesson view draws it recursively). */
    static final int MAX_DEPTH = 32;

    private LessonParser() {
    }

    /** Parses {@code markdown}; {@code source} names the file in messages. */
    public static Lesson parse(String markdown, String source) throws LessonFormatException {
        if (markdown.length() > MAX_CHARS) {
            throw new LessonFormatException(source, 0, String.format(java.util.Locale.ROOT,
                    "at %,d characters the file is too long for a lesson (at most %,d); split it into several lessons",
                    markdown.length(), MAX_CHARS));
        }
        // commonmark ends lines at \r too; our own line numbers must count them the same way.
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        try {
            return read(text, source);
        } catch (RuntimeException | StackOverflowError e) {
            // Only a bug of ours or of commonmark gets here; the fuzz tests look for this sentence.
            throw new LessonFormatException(source, 0, "the file could not be read as a lesson (" + e + ")");
        }
    }

    private static Lesson read(String markdown, String source) throws LessonFormatException {
        String[] lines = markdown.split("\n", -1);
        Node doc;
        try {
            doc = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(markdown);
        } catch (StackOverflowError e) {
            throw new LessonFormatException(source, 0, "the file is nested too deeply (emphasis, quotes or lists inside "
                    + "each other thousands of times) to be read as a lesson");
        }
        tooDeep(doc, source);
        String title = null;
        List<Lesson.Section> sections = new ArrayList<>();
        String sectionTitle = "";
        List<Block> blocks = new ArrayList<>();
        int questions = 0, exercises = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            int line = line(n);
            if (n instanceof Heading h && h.getLevel() == 1 && title == null) {
                title = text(lines, n).replaceFirst("^#+\\s*", "").trim();
                continue;
            }
            if (title == null) {
                throw new LessonFormatException(source, line, "a lesson starts with its title as a '# ' heading");
            }
            if (n instanceof Heading h && h.getLevel() <= 2) {
                if (!blocks.isEmpty() || !sectionTitle.isEmpty()) {
                    sections.add(new Lesson.Section(sectionTitle, blocks));
                }
                sectionTitle = text(lines, n).replaceFirst("^#+\\s*", "").trim();
                blocks = new ArrayList<>();
            } else if (n instanceof BlockQuote q) {
                String body = quoteText(lines, q);
                if (body.startsWith(ACTION)) {
                    String action = body.substring(ACTION.length()).trim();
                    if (action.isEmpty()) {
                        throw new LessonFormatException(source, line,
                                "this [action] block asks nothing: write the question after [action]");
                    }
                    blocks.add(new Block.Question("q" + (++questions), action, null, line));
                } else if (body.startsWith(SOLUTION)) {
                    Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                    if (!(last instanceof Block.Question open) || open.solution() != null) {
                        throw new LessonFormatException(source, line,
                                "a [solution] block must come right after the [action] block it answers");
                    }
                    blocks.set(blocks.size() - 1, new Block.Question(open.id(), open.action(),
                            body.substring(SOLUTION.length()).trim(), open.line()));
                } else {
                    blocks.add(new Block.Text(text(lines, n), line));
                }
            } else if (n instanceof FencedCodeBlock code && code.getClosingFenceLength() == null) {
                throw new LessonFormatException(source, line, "this " + code.getFenceCharacter().repeat(3)
                        + " block is never closed: end it with a line of " + code.getFenceCharacter().repeat(3)
                        + " (until then everything after it, headings too, is read as part of it)");
            } else if (n instanceof FencedCodeBlock code && code.getInfo().trim().startsWith("widget")) {
                blocks.add(widget(code, source, line));
            } else if (n instanceof FencedCodeBlock code && code.getInfo().trim().startsWith("exercise")) {
                blocks.add(exercise(code, source, line, "e" + (++exercises)));
            } else {
                blocks.add(new Block.Text(text(lines, n), line));
            }
        }
        if (title == null) {
            throw new LessonFormatException(source, 0, "the file is empty: a lesson starts with its title as a '# ' heading");
        }
        if (!blocks.isEmpty() || !sectionTitle.isEmpty()) {
            sections.add(new Lesson.Section(sectionTitle, blocks));
        }
        return new Lesson(title, sections);
    }

    private static Block.Widget widget(FencedCodeBlock code, String source, int line) throws LessonFormatException {
        String[] info = code.getInfo().trim().split("\\s+");
        if (info.length < 2) {
            throw new LessonFormatException(source, line, "say which widget to open, e.g. ```widget stepper (known: "
                    + WidgetKind.known() + ")");
        }
        WidgetKind kind = WidgetKind.named(info[1]);
        if (kind == null) {
            throw new LessonFormatException(source, line, "unknown widget '" + info[1] + "' (known: " + WidgetKind.known() + ")");
        }
        return new Block.Widget(kind, settings(code, source, line), line);
    }

    private static Block.Exercise exercise(FencedCodeBlock code, String source, int line, String id)
            throws LessonFormatException {
        String[] info = code.getInfo().trim().split("\\s+");
        ExerciseKind kind = info.length < 2 ? null : ExerciseKind.named(info[1]);
        if (kind == null) {
            throw new LessonFormatException(source, line, (info.length < 2 ? "say which exercise" : "unknown exercise '" + info[1] + "'")
                    + " (known: " + ExerciseKind.known() + ")");
        }
        Map<String, String> params = settings(code, source, line);
        for (String key : params.keySet()) {
            if (!kind.required().contains(key) && !kind.optional().contains(key) && !key.equals("hint")) {
                throw new LessonFormatException(source, line, "exercise " + kind.word() + " has no setting '" + key
                        + "' (it takes " + String.join(", ", kind.required()) + ", optionally "
                        + String.join(", ", kind.optional()) + " and hint)");
            }
        }
        for (String key : kind.required()) {
            if (!params.containsKey(key)) {
                throw new LessonFormatException(source, line, "exercise " + kind.word() + " needs '" + key + ": …'");
            }
        }
        Block.Exercise e = new Block.Exercise(id, kind, params, line);
        try {
            ExerciseChecker.answer(e);           // fails here, with the line, if the numbers do not work
        } catch (IllegalArgumentException problem) {
            throw new LessonFormatException(source, line, "exercise " + kind.word() + ": " + problem.getMessage());
        }
        return e;
    }

    /** Refuses nesting deeper than MAX_DEPTH, naming the line where it happens (no recursion here either). */
    private static void tooDeep(Node doc, String source) throws LessonFormatException {
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(doc);
        depths.push(0);
        int blockLine = 0;
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop();
            if (!n.getSourceSpans().isEmpty()) {
                blockLine = line(n);
            }
            if (depth > MAX_DEPTH) {
                throw new LessonFormatException(source, blockLine, "this is nested more than " + MAX_DEPTH
                        + " levels deep (quotes, lists, links or emphasis inside each other); a lesson needs a few at most");
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(depth + 1);
            }
        }
    }

    /** {@code key: value} lines of a fenced block. */
    private static Map<String, String> settings(FencedCodeBlock code, String source, int line) throws LessonFormatException {
        Map<String, String> out = new LinkedHashMap<>();
        String[] body = code.getLiteral().split("\r?\n");
        for (int i = 0; i < body.length; i++) {
            String l = body[i].trim();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                throw new LessonFormatException(source, line + 1 + i, "expected 'key: value', found '" + l + "'");
            }
            out.put(l.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), l.substring(colon + 1).trim());
        }
        return out;
    }

    /** The text of a block quote's content, without the '>' markers. */
    private static String quoteText(String[] lines, BlockQuote q) {
        StringBuilder b = new StringBuilder();
        for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(text(lines, c));
        }
        return b.toString().trim();
    }

    /** The Markdown source a block came from. */
    private static String text(String[] lines, Node n) {
        StringBuilder b = new StringBuilder();
        for (SourceSpan s : n.getSourceSpans()) {
            String l = lines[s.getLineIndex()];
            int from = Math.min(l.length(), s.getColumnIndex());
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(l, from, Math.min(l.length(), from + s.getLength()));
        }
        return b.toString();
    }

    private static int line(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
