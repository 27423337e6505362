package org.receptive.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/CONCEPTS.md stays true: every concept it lists names lesson sections that exist, and each
 * of those pages holds a live demo of a kind the table names (an exercise alone does not count).
 */
class ConceptsTest {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|(.*)\\|(.*)\\|(.*)\\|\\s*$");
    private static final Pattern LESSON = Pattern.compile("\\(lessons/([^)]+\\.md)\\)");
    private static final Pattern SECTION = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern WIDGET = Pattern.compile("`widget (\\w+)`");

    record Concept(int number, String lesson, List<String> sections, Set<String> kinds) {
    }

    static List<Concept> concepts(List<String> lines) {
        List<Concept> out = new ArrayList<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Matcher lesson = LESSON.matcher(row.group(3));
            List<String> sections = new ArrayList<>();
            for (Matcher s = SECTION.matcher(row.group(3)); s.find(); ) {
                sections.add(s.group(1));
            }
            Set<String> kinds = new HashSet<>();
            for (Matcher w = WIDGET.matcher(row.group(4)); w.find(); ) {
                kinds.add(w.group(1));
            }
            out.add(new Concept(Integer.parseInt(row.group(1)), lesson.find() ? lesson.group(1) : null, sections, kinds));
        }
        return out;
    }

    @Test
    void everyConceptIsShownLiveOnEveryPageThatExplainsIt() throws Exception {
        List<Concept> concepts = concepts(Files.readAllLines(Path.of("docs/CONCEPTS.md")));
        assertTrue(concepts.size() >= 18, "concepts found: " + concepts.size());
        for (Concept c : concepts) {
            String where = "concept " + c.number();
            assertTrue(c.lesson() != null && BundledLessons.FILES.contains(c.lesson()), where + " links a bundled lesson: " + c.lesson());
            assertFalse(c.sections().isEmpty(), where + " names its sections in quotes");
            assertFalse(c.kinds().isEmpty(), where + " names its live demo as `widget KIND`");
            Lesson lesson = LessonParser.parse(BundledLessons.text(c.lesson()), c.lesson());
            Set<String> shown = new HashSet<>();
            for (String title : c.sections()) {
                Lesson.Section section = lesson.sections().stream().filter(s -> s.title().equals(title)).findFirst()
                        .orElseThrow(() -> new AssertionError(where + ": " + c.lesson() + " has no section \"" + title + "\""));
                List<String> here = section.blocks().stream().filter(b -> b instanceof Block.Widget)
                        .map(b -> ((Block.Widget) b).kind().name().toLowerCase(Locale.ROOT)).toList();
                assertTrue(here.stream().anyMatch(c.kinds()::contains),
                        where + ": the page \"" + title + "\" has no live " + c.kinds() + " demo (it has " + here + ")");
                shown.addAll(here);
            }
            assertTrue(shown.containsAll(c.kinds()), where + ": every demo kind named is on one of its pages: " + c.kinds());
        }
    }

    @Test
    void theTableReaderFindsWhatARowSays() {
        List<Concept> read = concepts(List.of("| # | Concept | Lesson | Demo |", "|---|---|---|---|",
                "| 7 | Kernels | [The convolution](lessons/02-the-convolution.md): \"A\", \"B\" | `widget training` (tiny); exercise x |"));
        assertEquals(List.of(new Concept(7, "02-the-convolution.md", List.of("A", "B"), Set.of("training"))), read);
    }
}
