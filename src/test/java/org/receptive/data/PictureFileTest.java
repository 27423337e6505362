package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of picture file is read to the same grey levels; what cannot be read is said plainly. */
class PictureFileTest {

    @Test
    void greyColourPalettedSixteenBitAndTransparentFilesGiveTheSameInput(@TempDir Path dir) throws IOException {
        Map<String, Path> files = DigitPictures.write(dir, 0);
        float[] reference = DigitPreprocessor.process(PictureFile.read(files.get("argb"))).pixels();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            float[] pixels = DigitPreprocessor.process(PictureFile.read(f.getValue())).pixels();
            float worst = 0;
            for (int i = 0; i < pixels.length; i++) {
                worst = Math.max(worst, Math.abs(pixels[i] - reference[i]));
            }
            // 16-bit and 8-bit levels round differently by at most half a level.
            assertTrue(worst <= 1.5f / 255, f.getKey() + " differs from the colour file by " + worst);
        }
    }

    @Test
    void aGreyPixelMeansItsOwnLevelNotAGammaConvertedOne(@TempDir Path dir) throws IOException {
        BufferedImage grey = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 100; i++) {
            grey.getRaster().setSample(i % 10, i / 10, 0, 128);
        }
        Path file = dir.resolve("mid.png");
        ImageIO.write(grey, "png", file.toFile());
        assertEquals(128 / 255f, PictureFile.read(file).grey()[0], 1e-6f, "Java's getRGB would say 188");
    }

    @Test
    void aLargePhotoIsReducedToAtMostMaxSide(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wide.png");
        ImageIO.write(new BufferedImage(3000, 1000, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
        PictureFile.Picture p = PictureFile.read(file);
        assertEquals(PictureFile.MAX_SIDE, p.width());
        assertEquals(187, p.height());
    }

    @Test
    void aHeaderDeclaringAHugePictureIsRefusedBeforeDecoding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bomb.png");
        Files.write(file, PngHeaders.declaring(40_000, 40_000));
        PictureFile.PictureException e = assertThrows(PictureFile.PictureException.class, () -> PictureFile.read(file));
        assertTrue(e.getMessage().startsWith("bomb.png is 40,000×40,000 pixels"), e.getMessage());
    }

    @Test
    void whatIsNotAReadablePictureIsSaidInOneSentence(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertTrue(message(text).contains("not a picture Receptive can read"));
        assertTrue(message(dir.resolve("missing.png")).contains("does not exist"));
        assertTrue(message(dir).contains("is a folder"));
        Path tiny = dir.resolve("tiny.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", tiny.toFile());
        assertTrue(message(tiny).contains("too small"));
        byte[] good = Files.readAllBytes(DigitPictures.write(dir, 1).get("grey"));
        Path cut = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(good, good.length / 2));
        assertTrue(message(cut).startsWith("cut.png could not be read as a picture"), message(cut));
    }

    private static String message(Path file) {
        String m = assertThrows(PictureFile.PictureException.class, () -> PictureFile.read(file)).getMessage();
        assertFalse(m.contains("\n"), m);
        return m;
    }
}
