package org.receptive.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.lesson.Block;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.Lesson;
import org.receptive.lesson.LessonProgress;

/** The Lessons view's state without a window: paging, reveals, checked answers, progress, bad files. */
class LessonsViewModelTest {

    @TempDir
    Path home;

    /** Background work runs on its own thread; what it posts back runs when the test drains {@link #ui}. */
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    private LessonsViewModel model() {
        return new LessonsViewModel(BundledLessons.all(), new LessonProgress(home.resolve("progress.properties")),
                background, ui::add);
    }

    /** Opens a file and runs what the background posts back, as the FX thread would. */
    private void openAndWait(LessonsViewModel m, Path file) throws InterruptedException {
        m.openFile(file);
        while (m.readingProperty().get()) {
            Runnable r = ui.poll(30, TimeUnit.SECONDS);
            assertNotNull(r, "the background read never answered");
            r.run();
        }
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void pageDownRunsThroughSectionsIntoTheNextLessonAndBack() {
        LessonsViewModel m = model();
        assertTrue(m.open(0));
        int sections = m.lessonProperty().get().sections().size();
        for (int i = 1; i < sections; i++) {
            assertTrue(m.nextSection());
            assertEquals(i, m.sectionIndexProperty().get());
        }
        assertTrue(m.nextSection(), "past the last section comes the next lesson");
        assertEquals(1, m.lessonIndexProperty().get());
        assertEquals(0, m.sectionIndexProperty().get());
        assertTrue(m.previousSection(), "and back to the last section of the one before");
        assertEquals(0, m.lessonIndexProperty().get());
        assertEquals(sections - 1, m.sectionIndexProperty().get());
        m.open(m.lessons().size() - 1);
        for (int s = 1; s < m.lessonProperty().get().sections().size(); s++) {
            assertTrue(m.nextSection());
        }
        assertFalse(m.nextSection(), "the end of the course stays put");
        assertFalse(m.open(99));
    }

    @Test
    void revealingAndRightAnswersCountAndAreRemembered() {
        LessonsViewModel m = model();
        m.open(1);                                            // The convolution
        Lesson lesson = m.lessonProperty().get();
        LessonsViewModel.Entry entry = m.lessons().get(1);
        int total = lesson.questions().size() + lesson.exercises().size();
        assertEquals("0 of " + total + " answered", m.progressText(entry));

        Block.Question q = lesson.questions().get(0);
        assertFalse(m.revealedProperty(q).get());
        m.reveal(q);
        assertTrue(m.revealedProperty(q).get());

        Block.Exercise e = lesson.exercises().get(0);         // 1·1 + 5·(−1) = −4
        assertFalse(m.answer(e, "5").correct());
        assertEquals("1 of " + total + " answered", m.progressText(entry), "a wrong answer does not count");
        assertTrue(m.attemptProperty(e).get().check().feedback().contains("Hint"), "a wrong answer gets the hint");
        assertTrue(m.answer(e, "-4").correct());
        assertEquals("2 of " + total + " answered", m.progressText(entry));

        LessonsViewModel again = model();                     // the next run reads the same file
        assertEquals("2 of " + total + " answered", again.progressText(again.lessons().get(1)));
        assertFalse(again.complete(again.lessons().get(1)));
    }

    @Test
    void aTeachersFileIsAddedAndOpenedAndReopeningReplacesIt() throws Exception {
        LessonsViewModel m = model();
        Path file = home.resolve("mine.md");
        Files.writeString(file, "# My lesson\n\n## Part one\n\nHello.\n");
        openAndWait(m, file);
        int bundled = org.receptive.lesson.BundledLessons.FILES.size();
        assertEquals(bundled + 1, m.lessons().size());
        assertEquals("My lesson", m.lessonProperty().get().title());
        assertEquals(bundled, m.lessonIndexProperty().get());
        Files.writeString(file, "# My lesson, revised\n\nHello.\n");
        openAndWait(m, file);
        assertEquals(bundled + 1, m.lessons().size(), "opened again, not added twice");
        assertEquals("My lesson, revised", m.lessonProperty().get().title());
    }

    @Test
    void aMalformedFileExplainsWhatAndWhereAndChangesNothing() throws Exception {
        LessonsViewModel m = model();
        m.open(2);
        Path file = home.resolve("broken.md");
        Files.writeString(file, String.join("\n", List.of(
                "# Broken", "", "Some text.", "", ">[solution]", "> an answer to nothing")));
        openAndWait(m, file);
        assertEquals("broken.md, line 5: a [solution] block must come right after the [action] block it answers",
                m.errorProperty().get());
        assertEquals(org.receptive.lesson.BundledLessons.FILES.size(), m.lessons().size());
        assertEquals(2, m.lessonIndexProperty().get(), "the open lesson stays open");

        openAndWait(m, home.resolve("missing.md"));
        assertTrue(m.errorProperty().get().startsWith("Cannot open missing.md"), m.errorProperty().get());
        m.dismissError();
        assertEquals("", m.errorProperty().get());
    }

    @Test
    void aFileIsReadOffTheUiThreadWhileTheViewSaysItIsWorking() throws Exception {
        CountDownLatch parsing = new CountDownLatch(1);
        ExecutorService held = Executors.newSingleThreadExecutor();
        held.execute(() -> {
            try {
                parsing.await();                              // the background is busy until the test says so
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        LessonsViewModel m = new LessonsViewModel(BundledLessons.all(), new LessonProgress(home.resolve("p")), held, ui::add);
        m.open(0);
        Path file = Files.writeString(home.resolve("slow.md"), "# Slow\n\nText.\n");
        m.openFile(file);
        assertTrue(m.readingProperty().get(), "the view shows it is working");
        assertEquals("Reading slow.md…", m.readingTextProperty().get());
        assertEquals(org.receptive.lesson.BundledLessons.FILES.size(), m.lessons().size(), "nothing was parsed on the calling (UI) thread");
        assertEquals(0, m.lessonIndexProperty().get());
        parsing.countDown();
        Runnable done = ui.poll(30, TimeUnit.SECONDS);
        assertNotNull(done);
        done.run();
        assertFalse(m.readingProperty().get());
        assertEquals("", m.readingTextProperty().get());
        assertEquals("Slow", m.lessonProperty().get().title());
        held.shutdownNow();
    }

    @Test
    void aPathologicalFileIsRefusedWithAReasonNotAFrozenWindow() throws Exception {
        LessonsViewModel m = model();
        Path file = Files.writeString(home.resolve("brackets.md"), "# B\n\n" + "[".repeat(200_000) + "](x)".repeat(50_000));
        openAndWait(m, file);
        assertTrue(m.errorProperty().get().contains("far too large") || m.errorProperty().get().contains("too long"),
                m.errorProperty().get());
        Path bytes = Files.write(home.resolve("binary.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        openAndWait(m, bytes);
        assertTrue(m.errorProperty().get().startsWith("Cannot read binary.md") || m.errorProperty().get().startsWith("binary.md"),
                m.errorProperty().get());
    }

    @Test
    void exercisePromptsSayWhatIsAsked() {
        Lesson padding = BundledLessons.all().get(2);
        Block.Exercise e = padding.exercises().get(2);       // 7, kernel 3, padding 1, stride 2
        assertEquals("A 3×3 kernel slides over a 7×7 input, with padding 1 and stride 2. What size is the output?",
                ExercisePrompt.question(e));
        assertNull(new LessonsViewModel(List.of(), new LessonProgress(home.resolve("p"))).lessonProperty().get());
    }
}
