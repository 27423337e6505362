package org.receptive.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's pictures come only from its own folder and the app's assets, whatever the lesson names. */
class LessonPicturesTest {

    @TempDir
    Path dir;

    private LessonPictures teachers() throws IOException {
        Path lessons = Files.createDirectories(dir.resolve("class/lessons"));
        Files.createDirectories(lessons.resolve("pictures"));
        Files.write(lessons.resolve("pictures/grid.png"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("class/secret.png"), "not yours");
        return LessonPictures.beside(lessons.resolve("mine.md"));
    }

    private static String refusal(LessonPictures pictures, String name) {
        return assertInstanceOf(LessonPictures.Found.Problem.class, pictures.find(name), name).sentence();
    }

    @Test
    void aPictureInTheLessonsFolderIsReadAsItsBytes() throws IOException {
        LessonPictures p = teachers();
        var found = assertInstanceOf(LessonPictures.Found.Bytes.class, p.find("pictures/grid.png"));
        assertArrayEquals(new byte[] {1, 2, 3}, found.bytes());
        assertInstanceOf(LessonPictures.Found.Bytes.class, p.find("./pictures/../pictures/grid.png"), "a path that stays inside is fine");
    }

    @Test
    void theAppsAssetsAndTheBundledLessonsPicturesAreFound() throws IOException {
        assertInstanceOf(LessonPictures.Found.Bytes.class, teachers().find("assets/receptive-icon.png"));
        assertInstanceOf(LessonPictures.Found.Bytes.class, LessonPictures.bundled().find("assets/receptive-icon.png"));
        assertInstanceOf(LessonPictures.Found.Bytes.class, LessonPictures.bundled().find("pictures/kernel-over-grid.png"));
    }

    @Test
    void namesThatLeaveTheFolderAreRefusedWithASentence() throws IOException {
        LessonPictures p = teachers();
        for (String hostile : new String[] {"../secret.png", "pictures/../../secret.png", "/etc/passwd.png",
                "file:///etc/passwd.png", "http://example.com/a.png", "C:\\Windows\\a.png", "pictures\\..\\..\\secret.png",
                "%2e%2e/secret.png", "pictures/grid.png\u0000.txt", "assets/../../pom.png", "../lessons/../secret.png"}) {
            String why = refusal(p, hostile);
            assertTrue(why.startsWith("The picture ") && why.endsWith("."), why);
        }
        assertTrue(refusal(LessonPictures.bundled(), "../../org/receptive/lesson/Lesson.class").contains("cannot be shown"));
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsRefused() throws IOException {
        LessonPictures p = teachers();
        Path link = dir.resolve("class/lessons/pictures/sneaky.png");
        try {
            Files.createSymbolicLink(link, dir.resolve("class/secret.png"));
        } catch (UnsupportedOperationException | IOException e) {
            return;   // a file system without links has nothing to refuse
        }
        assertTrue(refusal(p, "pictures/sneaky.png").contains("outside the lesson's folder"));
    }

    @Test
    void missingTooLargeAndNonPictureFilesEachSaySo() throws IOException {
        LessonPictures p = teachers();
        assertTrue(refusal(p, "pictures/none.png").contains("no such file in the lesson's folder"));
        assertTrue(refusal(p, "assets/none.png").contains("no such file among the app's pictures"));
        assertTrue(refusal(p, "mine.md").contains("only PNG, JPEG, GIF and BMP"));
        assertTrue(refusal(p, "").contains("no file name"));
        assertTrue(refusal(p, "x".repeat(400) + ".png").contains("longer than"));
        Path big = dir.resolve("class/lessons/pictures/huge.png");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) LessonPictures.MAX_BYTES + 10]);
        }
        assertTrue(refusal(p, "pictures/huge.png").contains("too large"));
    }
}
