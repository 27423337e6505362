package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepGifTest {

    @Test
    void aSweepBecomesALoopingGifWithOneFramePerPosition(@TempDir Path dir) throws Exception {
        Setup s = new Setup(1, 6, 6, 1, 3, 1, 2, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        ConvolutionStepper st = new ConvolutionStepper(s, new float[][][] {InputPattern.CROSS.make(6, 6)},
                new float[][][][] {{KernelPreset.LAPLACIAN.values(3)}}, new float[1]);
        Path gif = dir.resolve("sweep.gif");
        SweepGif.write(st, gif, 20, 250, 100);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals("gif", reader.getFormatName().toLowerCase());
            assertEquals(st.positions(), reader.getNumImages(true), "3×3 output: 9 frames");
            BufferedImage first = reader.read(0);
            assertTrue(first.getWidth() > 200);
            String meta = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0").getFirstChild().getNodeName();
            assertTrue(meta.length() > 0);
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theOutlineFollowsTheWindow() {
        Setup s = new Setup(1, 5, 5, 1, 3, 0, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        ConvolutionStepper st = new ConvolutionStepper(s, new float[1][5][5], new float[][][][] {{KernelPreset.IDENTITY.values(3)}},
                new float[1]);
        BufferedImage a = SweepGif.frame(st, 0, 10), b = SweepGif.frame(st, 4, 10);
        // Cell (0,0) of the input is inside the first window's outline, not the fifth's (which starts at row 1, col 1).
        int red = 0xE01010;
        assertEquals(red, a.getRGB(10, 10) & 0xFFFFFF, "outline at the input's top-left corner in frame 1");
        assertTrue((b.getRGB(10, 10) & 0xFFFFFF) != red, "not in frame 5");
    }
}
