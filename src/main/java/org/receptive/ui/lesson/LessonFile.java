package org.receptive.ui.lesson;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.receptive.engine.FileProblems;
import org.receptive.lesson.Lesson;
import org.receptive.lesson.LessonFormatException;
import org.receptive.lesson.LessonParser;

/**
 * What reading a teacher's lesson file gave: the lesson, or the one sentence saying why not.
 * Runs on the Lessons view's background thread; nothing it meets escapes as an exception.
 */
record LessonFile(Lesson lesson, String error) {

    /** Files larger than this are refused unread: a lesson's characters take at most 4 bytes each in UTF-8. */
    static final long MAX_BYTES = 4L * LessonParser.MAX_CHARS;

    static LessonFile read(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                return failed("Cannot open " + name + ": " + (Files.exists(file) ? "it is not a file." : "it does not exist."));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return failed("Cannot open " + name + ": at " + size / 1000 + " kB it is far too large to be a lesson.");
            }
            return new LessonFile(LessonParser.parse(Files.readString(file, StandardCharsets.UTF_8), name), null);
        } catch (LessonFormatException e) {
            return failed(e.getMessage());
        } catch (MalformedInputException e) {
            return failed("Cannot read " + name + ": it is not UTF-8 text (is it really a Markdown lesson?).");
        } catch (IOException e) {
            return failed("Cannot read " + name + ": " + FileProblems.plain(e) + ".");
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // The parser lets nothing out but its own error; this keeps the view working if that ever fails.
            return failed(name + " could not be read as a lesson (" + e + ").");
        }
    }

    private static LessonFile failed(String sentence) {
        return new LessonFile(null, sentence);
    }
}
