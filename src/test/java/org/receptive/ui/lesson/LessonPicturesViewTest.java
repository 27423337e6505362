package org.receptive.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.LessonProgress;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson's pictures are drawn with their alt text for screen readers, and a picture that cannot
 * be shown (missing, damaged, enormous, outside the lesson's folder) is a sentence in its place;
 * a live demo keeps what the student did in it when they turn the page and come back.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPicturesViewTest {

    @TempDir
    static Path home;

    private LessonsViewModel model;
    private LessonsView view;

    @Start
    void start(Stage stage) {
        model = new LessonsViewModel(BundledLessons.all(), new LessonProgress(home.resolve("progress-" + System.nanoTime())));
        // A stand-in demo whose state is what a student typed: the mechanism under test is the keeping.
        WidgetRegistry widgets = new WidgetRegistry().register(WidgetKind.DRAW, (settings, problems) -> {
            TextField pad = new TextField();
            pad.setId("pad");
            return pad;
        });
        view = new LessonsView(model, widgets);
        WindowFixture.show(stage, view);
    }

    private void openFile(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void picturesShowWithTheirAltTextAndBadOnesBecomeASentence(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(home.resolve("class/pictures"));
        BufferedImage grid = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(grid, "png", folder.resolve("grid.png").toFile());
        Files.write(folder.resolve("damaged.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1, 2});
        // A header declaring 20 megapixels: a few bytes on disk, too many pixels to decode for a page.
        Files.write(folder.resolve("enormous.png"), pngHeader(5000, 4000));
        Files.writeString(home.resolve("secret.png"), "not the lesson's");
        Path lesson = Files.writeString(home.resolve("class/pictures.md"), String.join("\n",
                "# Pictures", "", "## A page of pictures", "",
                "![A 3×3 kernel over a grid](pictures/grid.png \"The kernel\")", "",
                "![a damaged file](pictures/damaged.png)", "", "![nothing](pictures/none.png)", "",
                "![big](pictures/enormous.png)", "", "![escape](../secret.png)", "",
                "Inline ![tiny grid](pictures/grid.png) in a sentence.", ""));
        openFile(robot, lesson);
        assertEquals("Pictures", robot.lookup("#lessonTitle").queryAs(Label.class).getText());

        List<ImageView> pictures = List.copyOf(robot.lookup(".md-figure .image-view").queryAllAs(ImageView.class));
        assertEquals(2, pictures.size(), "the good picture, once as a figure and once inline");
        assertEquals("A 3×3 kernel over a grid", pictures.get(0).getAccessibleText());
        assertEquals(60, pictures.get(0).getImage().getWidth());
        assertSame(pictures.get(0).getImage(), pictures.get(1).getImage(), "decoded once");
        assertTrue(robot.lookup("The kernel").tryQuery().isPresent(), "the title is the caption");

        List<String> sentences = robot.lookup(".md-picture-missing").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(4, sentences.size(), sentences.toString());
        assertTrue(sentences.get(0).contains("damaged.png could not be read as a picture")
                && sentences.get(0).endsWith("It shows: a damaged file"), sentences.get(0));
        assertTrue(sentences.get(1).contains("no such file in the lesson's folder"), sentences.get(1));
        assertTrue(sentences.get(2).contains("more than the 16 megapixels"), sentences.get(2));
        assertTrue(sentences.get(3).contains("outside the lesson's folder"), sentences.get(3));
    }

    /** A PNG signature and header chunk (with its CRC) for a picture of w×h one-bit grey pixels, and no pixels. */
    static byte[] pngHeader(int w, int h) {
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(w).putInt(h).put(new byte[] {1, 0, 0, 0, 0});
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array());
        return java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .putInt(13).put(chunk.array()).putInt((int) crc.getValue()).array();
    }

    @Test
    void aDemoKeepsWhatTheStudentDidWhenThePageTurnsAndComesBack(FxRobot robot) throws Exception {
        Path lesson = Files.writeString(home.resolve("demo.md"), String.join("\n",
                "# Demo", "", "## Draw", "", "```widget draw", "```", "", "## Read", "", "Text.", ""));
        openFile(robot, lesson);
        TextField pad = robot.lookup("#pad").queryAs(TextField.class);
        robot.interact(() -> pad.setText("my seven"));
        robot.interact(model::nextSection);
        assertTrue(robot.lookup("#pad").tryQuery().isEmpty(), "the next page has no demo");
        robot.interact(model::previousSection);
        TextField again = robot.lookup("#pad").queryAs(TextField.class);
        assertSame(pad, again);
        assertEquals("my seven", again.getText());
    }
}
