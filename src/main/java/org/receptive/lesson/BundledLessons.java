package org.receptive.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lessons shipped with the app (written under docs/lessons, copied in by the build). */
public final class BundledLessons {

    /** File names in course order. A test checks this list against docs/lessons. */
    public static final List<String> FILES = List.of(
            "01-how-we-see.md",
            "02-the-convolution.md",
            "03-padding-stride-dilation.md",
            "03b-how-a-kernel-learns.md",
            "04-layers-and-depth.md",
            "05-your-digit.md");

    private static final String DIR = "/org/receptive/lesson/lessons/";

    private BundledLessons() {
    }

    /** The Markdown of one bundled lesson. */
    public static String text(String file) {
        try (InputStream in = BundledLessons.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("the lesson " + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundled lesson, parsed. They are checked by the tests, so a failure here is a build bug. */
    public static List<Lesson> all() {
        List<Lesson> lessons = new ArrayList<>();
        for (String f : FILES) {
            try {
                lessons.add(LessonParser.parse(text(f), f));
            } catch (LessonFormatException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return lessons;
    }
}
