package org.receptive.lesson;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.receptive.engine.AtomicFile;

/**
 * Which questions and exercises a student has answered, per lesson, remembered between runs in a
 * small properties file written atomically. An unreadable file is set aside, not fatal.
 */
public final class LessonProgress {

    private final Path file;
    private final Properties answered = new Properties();

    public LessonProgress(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                answered.load(r);
            } catch (IOException | IllegalArgumentException e) {
                answered.clear();       // a damaged file only loses the ticks, never the app
            }
        }
    }

    /** ~/.receptive/progress.properties. */
    public static LessonProgress inHome() {
        return new LessonProgress(Path.of(System.getProperty("user.home"), ".receptive", "progress.properties"));
    }

    /** Marks a question or exercise of a lesson as answered and saves. */
    public void markAnswered(Lesson lesson, String id) throws IOException {
        Set<String> ids = answered(lesson);
        if (ids.add(id)) {
            answered.setProperty(lesson.title(), String.join(",", ids));
            save();
        }
    }

    /** The ids answered in this lesson. */
    public Set<String> answered(Lesson lesson) {
        Set<String> ids = new TreeSet<>();
        String v = answered.getProperty(lesson.title(), "");
        for (String id : v.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        return ids;
    }

    /** Answered over total, e.g. 3 of 7, counting questions and exercises. */
    public int[] progress(Lesson lesson) {
        int total = lesson.questions().size() + lesson.exercises().size();
        return new int[] {Math.min(total, answered(lesson).size()), total};
    }

    private void save() throws IOException {
        AtomicFile.write(file, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                answered.store(w, "Receptive: answered questions per lesson");
            }
        });
    }
}
