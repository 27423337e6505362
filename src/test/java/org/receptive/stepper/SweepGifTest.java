package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepGifTest {

    private static final int RED = 0xE01010;

    @Test
    void aSweepBecomesALoopingGifWithOneFramePerPosition(@TempDir Path dir) throws Exception {
        Setup s = new Setup(1, 6, 6, 1, 3, 1, 2, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        ConvolutionStepper st = new ConvolutionStepper(s, new float[][][] {InputPattern.CROSS.make(6, 6)},
                new float[][][][] {{KernelPreset.LAPLACIAN.values(3)}}, new float[1]);
        Path gif = dir.resolve("sweep.gif");
        SweepGif.Plan plan = SweepGif.Plan.of(st, 4);
        assertEquals(250, plan.delayMillis());
        List<Integer> progress = new ArrayList<>();
        SweepGif.write(st, gif, plan, progress::add);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals("gif", reader.getFormatName().toLowerCase());
            assertEquals(st.positions(), reader.getNumImages(true), "3×3 output: 9 frames");
            assertTrue(reader.read(0).getWidth() > 200);
        }
        assertEquals(st.positions(), progress.size());
        assertEquals(st.positions(), progress.get(progress.size() - 1));
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
        assertEquals(RED, a.getRGB(10, 10) & 0xFFFFFF, "outline at the input's top-left corner in frame 1");
        assertTrue((b.getRGB(10, 10) & 0xFFFFFF) != RED, "not in frame 5");
    }

    @Test
    void everyChannelAndEveryKernelIsDrawn() {
        Setup s = new Setup(2, 5, 5, 2, 3, 0, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        float[][][] in = {InputPattern.VERTICAL_BAR.make(5, 5), InputPattern.HORIZONTAL_BAR.make(5, 5)};
        float[][] sobel = KernelPreset.SOBEL_X.values(3);
        ConvolutionStepper st = new ConvolutionStepper(s, in, new float[][][][] {{sobel, sobel}, {sobel, sobel}}, new float[2]);
        int cell = 10, index = st.indexOf(1, 2, 1);                 // kernel 2, its last row
        BufferedImage f = SweepGif.frame(st, index, cell);
        SweepGif.Layout at = new SweepGif.Layout(s, 3, 3, cell);
        // The window (rows 2–4, columns 1–3) is outlined on the second channel too ...
        assertEquals(RED, f.getRGB(at.inputX(1, 1), at.inputY(1, 2)) & 0xFFFFFF, "window on channel 2");
        // ... and the second map's cell being written, with all of the first map done before it.
        assertEquals(RED, f.getRGB(at.outputX(1, 1), at.outputY(1, 2)) & 0xFFFFFF, "output cell of kernel 2");
        assertNotEquals(SweepGif.NOT_COMPUTED.getRGB() & 0xFFFFFF, f.getRGB(at.outputX(0, 2) + 5, at.outputY(0, 2) + 5) & 0xFFFFFF,
                "map 1 finished");
        assertEquals(SweepGif.NOT_COMPUTED.getRGB() & 0xFFFFFF, f.getRGB(at.outputX(1, 2) + 5, at.outputY(1, 2) + 5) & 0xFFFFFF,
                "map 2's last cell not reached yet");
    }

    @Test
    void cellsNoWindowReadsAreCrossedOutAndKeepTheirValue() {
        // 6×6, 2×2 kernel, stride 3: columns 2 and 5 are never read.
        Setup s = new Setup(1, 6, 6, 1, 2, 0, 3, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        float[][] ones = new float[6][6];
        for (float[] row : ones) {
            java.util.Arrays.fill(row, 1f);
        }
        ConvolutionStepper st = new ConvolutionStepper(s, new float[][][] {ones}, new float[][][][] {{{{1, 1}, {1, 1}}}}, new float[1]);
        int cell = 12;
        BufferedImage f = SweepGif.frame(st, 0, cell);
        SweepGif.Layout at = new SweepGif.Layout(s, 2, 2, cell);
        int x = at.inputX(0, 2), y = at.inputY(0, 3);
        int one = SweepGif.diverging(1f).getRGB() & 0xFFFFFF;
        assertEquals(SweepGif.NEVER_READ.getRGB() & 0xFFFFFF, f.getRGB(x + cell / 2 - 1, y + cell / 2 - 1) & 0xFFFFFF, "crossed out");
        assertEquals(one, f.getRGB(x + cell / 2 - 1, y + 1) & 0xFFFFFF, "its value, 1, still shows around the cross");
        int readX = at.inputX(0, 4);
        assertEquals(one, f.getRGB(readX + cell / 2 - 1, y + cell / 2 - 1) & 0xFFFFFF, "a read cell is not crossed");
    }

    @Test
    void aWholeTwentyEightByTwentyEightSweepCompletesWithinTheFrameBound(@TempDir Path dir) throws Exception {
        Setup s = new Setup(1, 28, 28, 1, 3, 1, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        ConvolutionStepper st = new ConvolutionStepper(s, new float[][][] {InputPattern.CROSS.make(28, 28)},
                new float[][][][] {{KernelPreset.SOBEL_X.values(3)}}, new float[1]);
        SweepGif.Plan plan = SweepGif.Plan.of(st, 20);
        assertEquals(784, st.positions());
        assertEquals(2, plan.perFrame());
        assertEquals(392, plan.frames());
        assertEquals(100, plan.delayMillis(), "two positions a frame at 20 a second");

        Path gif = dir.resolve("long.gif");
        SweepGif.write(st, gif, plan.withCell(3), i -> { });
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(plan.frames(), reader.getNumImages(true));
            BufferedImage last = shown(reader, plan.frames() - 1);
            SweepGif.Layout small = new SweepGif.Layout(s, 28, 28, 3);
            int lastCell = last.getRGB(small.outputX(0, 27), small.outputY(0, 27)) & 0xFFFFFF;
            assertNotEquals(SweepGif.NOT_COMPUTED.getRGB() & 0xFFFFFF, lastCell, "the last frame has the last output cell");
            assertEquals(SweepGif.NOT_COMPUTED.getRGB() & 0xFFFFFF,
                    shown(reader, 100).getRGB(small.outputX(0, 27), small.outputY(0, 27)) & 0xFFFFFF, "not reached at frame 100");
        }
    }

    @Test
    void theLargestSweepIsBoundedInFramesWidthAndPlayingTime() {
        Setup s = new Setup(3, 28, 28, 4, 7, 3, 1, 1, Activation.NONE, Mode.CROSS_CORRELATION);
        ConvolutionStepper st = new ConvolutionStepper(s, new float[3][28][28], new float[4][3][7][7], new float[4]);
        SweepGif.Plan plan = SweepGif.Plan.of(st, 0.25);
        assertEquals(3136, st.positions());
        assertTrue(plan.frames() <= SweepGif.MAX_FRAMES);
        assertTrue(plan.frames() * plan.perFrame() >= st.positions(), "every position is in a frame");
        assertTrue((plan.frames() - 1) * plan.perFrame() < st.positions(), "no frame beyond the end");
        assertTrue(plan.frames() * plan.delayMillis() <= SweepGif.MAX_SECONDS * 1000, "plays within a minute even when slow");
        assertTrue(new SweepGif.Layout(s, 28, 28, plan.cell()).width() <= SweepGif.MAX_WIDTH);
    }

    /** What a viewer shows at frame {@code last}: each frame stores only what changed, drawn over the ones before. */
    static BufferedImage shown(ImageReader reader, int last) throws Exception {
        BufferedImage first = reader.read(0);
        BufferedImage screen = new BufferedImage(first.getWidth(), first.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = screen.createGraphics();
        for (int i = 0; i <= last; i++) {
            javax.imageio.metadata.IIOMetadataNode root = (javax.imageio.metadata.IIOMetadataNode)
                    reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
            var place = (javax.imageio.metadata.IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
            g.drawImage(reader.read(i), Integer.parseInt(place.getAttribute("imageLeftPosition")),
                    Integer.parseInt(place.getAttribute("imageTopPosition")), null);
        }
        g.dispose();
        return screen;
    }
}
