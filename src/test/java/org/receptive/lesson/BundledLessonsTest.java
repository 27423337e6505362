package org.receptive.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledLessonsTest {

    @Test
    void everyLessonInDocsIsShippedAndParses() throws Exception {
        List<String> inDocs;
        try (Stream<Path> s = Files.list(Path.of("docs/lessons"))) {
            inDocs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
        assertEquals(inDocs, BundledLessons.FILES);
        List<Lesson> lessons = BundledLessons.all();
        assertEquals(6, lessons.size());
        int questions = 0, exercises = 0, widgets = 0;
        for (Lesson l : lessons) {
            questions += l.questions().size();
            exercises += l.exercises().size();
            widgets += (int) l.sections().stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Block.Widget).count();
            for (Block.Question q : l.questions()) {
                assertTrue(q.solution() != null && !q.solution().isBlank(), l.title() + " " + q.id() + " has a solution");
            }
            for (Block.Exercise e : l.exercises()) {
                assertTrue(!ExerciseChecker.answer(e).isBlank());
                assertTrue(ExerciseChecker.check(e, ExerciseChecker.answer(e)).correct(), l.title() + " " + e.id()
                        + ": its own answer '" + ExerciseChecker.answer(e) + "' must be accepted");
            }
        }
        assertTrue(questions >= 12, "questions: " + questions);
        assertTrue(exercises >= 6, "exercises: " + exercises);
        assertTrue(widgets >= 10, "widgets: " + widgets);
    }

    @Test
    void progressIsRememberedBetweenRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("progress.properties");
        Lesson lesson = BundledLessons.all().get(2);
        LessonProgress first = new LessonProgress(file);
        first.markAnswered(lesson, "e1");
        first.markAnswered(lesson, "e2");
        first.markAnswered(lesson, "e1");
        LessonProgress again = new LessonProgress(file);
        assertEquals(Set.of("e1", "e2"), again.answered(lesson));
        assertArrayEquals(new int[] {2, lesson.questions().size() + lesson.exercises().size()}, again.progress(lesson));
        Files.writeString(file, "\\u12");                  // a damaged file
        assertEquals(Set.of(), new LessonProgress(file).answered(lesson), "a damaged file only loses the ticks");
    }
}
