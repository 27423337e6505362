package org.receptive.stepper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.receptive.engine.AtomicFile;
import org.receptive.engine.Magnitude;

/**
 * An animated GIF of a whole convolution sweep for slides: every input channel (padding ring in
 * grey, cells no window ever reads crossed out), the receptive field outlined on each, and every
 * output map filling in (cells not computed yet in a flat grey, distinct from a computed 0). Written
 * with the JDK's own GIF writer through a temporary file, so a failed export never leaves half a GIF.
 *
 * <p>The sweep always completes; {@link Plan} bounds its size, and says so when it saves. A GIF
 * frame is a picture, played at most 50 a second (a 2-centisecond delay; browsers slow shorter
 * ones to 10 a second), and each frame here stores the band of the picture between the window and
 * the output cell it changed (see {@link GifFrames}). A 28×28 sweep with four 7×7 kernels over three
 * channels has 3,136 positions; one frame each, at slide size, measured 16 MB
 * (with the JDK's own colour reduction, 39 MB and two minutes to write) and over two
 * minutes of playing. So the frames are at most {@value #MAX_FRAMES} and at most what keeps the
 * file near {@value #BUDGET_MB} MB, a frame advancing several positions when the sweep is longer
 * (the window jumps along the row and the output fills as fast); the whole animation plays in at
 * most {@value #MAX_SECONDS} seconds; the picture is at most {@value #MAX_WIDTH} pixels wide, cells
 * 4 to 24 pixels. A one-channel 28×28 sweep with
 * a 3×3 kernel then takes 392 frames and 1.2 MB; the largest, 286 frames of 11 positions and 8 MB.
 */
public final class SweepGif {

    /** Frames at most; a longer sweep takes several positions per frame. */
    public static final int MAX_FRAMES = 500;
    /** The longest the animation plays, whatever the speed asked. */
    public static final int MAX_SECONDS = 60;
    /** The widest frame, in pixels. */
    public static final int MAX_WIDTH = 1024;
    /** The file size aimed at, in megabytes, from the measured ~0.1 byte per changed pixel. */
    public static final int BUDGET_MB = 8;
    /** GIF delays are in hundredths of a second; players honour 2 and up. */
    static final int MIN_DELAY_MS = 20;

    static final Color FIELD = new Color(0xE0, 0x10, 0x10);
    static final Color PAD = new Color(0xD8, 0xD8, 0xD8);
    /** An output cell the sweep has not reached: grey, unlike the near-white of a computed 0. */
    static final Color NOT_COMPUTED = new Color(0xB4, 0xBA, 0xC2);
    /** The cross over an input cell no window reads. */
    static final Color NEVER_READ = new Color(0x30, 0x30, 0x30);
    private static final IndexColorModel PALETTE = GifFrames.palette(
            new Color[] {Color.WHITE, Color.DARK_GRAY, FIELD, PAD, NOT_COMPUTED, NEVER_READ},
            new Color(0x21, 0x66, 0xAC), new Color(0xF7, 0xF7, 0xF7), new Color(0xB2, 0x18, 0x2B));

    /**
     * How a sweep becomes frames: {@code frames} pictures, each {@code perFrame} positions further
     * on (the last one shows the whole output), {@code delayMillis} apart, cells {@code cell} pixels.
     */
    public record Plan(int frames, int perFrame, int delayMillis, int cell) {

        /** The plan for {@code st} played at {@code stepsPerSecond}, within the bounds above. */
        public static Plan of(ConvolutionStepper st, double stepsPerSecond) {
            int positions = st.positions();
            Layout probe = new Layout(st.setup(), st.outputHeight(), st.outputWidth(), 1);
            int cell = (int) Math.max(4, Math.min(24, MAX_WIDTH / probe.widthInCells()));
            double bytesPerFrame = 0.1 * probe.changedBandInCells() * cell * cell * probe.widthInCells();
            int most = (int) Math.max(50, Math.min(MAX_FRAMES, BUDGET_MB * 1e6 / bytesPerFrame));
            int per = (positions + most - 1) / most;
            int frames = (positions + per - 1) / per;
            long delay = Math.round(1000.0 * per / Math.max(0.01, stepsPerSecond));
            delay = Math.min(delay, 1000L * MAX_SECONDS / frames);
            return new Plan(frames, per, (int) Math.max(MIN_DELAY_MS, delay), cell);
        }

        /** The positions done after frame {@code f}: the last frame always finishes the sweep. */
        int doneAfter(int f, int positions) {
            return f == frames - 1 ? positions : Math.min(positions, (f + 1) * perFrame);
        }

        public Plan withCell(int px) {
            return new Plan(frames, perFrame, delayMillis, px);
        }
    }

    private SweepGif() {
    }

    /** Writes the whole sweep of every kernel to {@code file}, telling {@code progress} each frame written. */
    public static void write(ConvolutionStepper st, Path file, Plan plan, IntConsumer progress) throws IOException {
        boolean[][] read = st.cellsRead();
        AtomicFile.write(file, tmp -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
                BufferedImage previous = null;
                for (int f = 0; f < plan.frames(); f++) {
                    BufferedImage frame = frame(st, plan.doneAfter(f, st.positions()) - 1, plan.cell(), read);
                    boolean last = f == plan.frames() - 1;
                    // The finished output stays up a while before the loop starts again.
                    GifFrames.write(writer, frame, previous, last ? plan.delayMillis() * 4 + 1500 : plan.delayMillis());
                    previous = frame;
                    progress.accept(f + 1);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    /** The picture after positions 0..index, position index's window outlined. */
    static BufferedImage frame(ConvolutionStepper st, int index, int cell) {
        return frame(st, index, cell, st.cellsRead());
    }

    private static BufferedImage frame(ConvolutionStepper st, int index, int cell, boolean[][] read) {
        Setup s = st.setup();
        Layout at = new Layout(s, st.outputHeight(), st.outputWidth(), cell);
        BufferedImage img = new BufferedImage(at.width(), at.height(), BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        Step step = st.step(index);
        float[][][] input = st.inputArray();
        float inScale = maxAbs(input);
        int p = s.padding();
        g.setStroke(new BasicStroke(1));
        for (int c = 0; c < s.channels(); c++) {
            for (int y = -p; y < s.height() + p; y++) {
                for (int x = -p; x < s.width() + p; x++) {
                    boolean pad = y < 0 || x < 0 || y >= s.height() || x >= s.width();
                    int px = at.inputX(c, x), py = at.inputY(c, y);
                    g.setColor(pad ? PAD : diverging(input[c][y][x] / inScale));
                    g.fillRect(px, py, cell - 1, cell - 1);
                    if (!pad && !read[y][x]) {
                        g.setColor(NEVER_READ);
                        g.drawLine(px + 1, py + 1, px + cell - 3, py + cell - 3);
                        g.drawLine(px + 1, py + cell - 3, px + cell - 3, py + 1);
                    }
                }
            }
        }
        float[][][] out = st.outputAfter(index + 1);
        float outScale = maxAbs(st.output());
        for (int n = 0; n < s.kernels(); n++) {
            for (int y = 0; y < st.outputHeight(); y++) {
                for (int x = 0; x < st.outputWidth(); x++) {
                    float v = out[n][y][x];
                    g.setColor(Float.isNaN(v) ? NOT_COMPUTED : diverging(v / outScale));
                    g.fillRect(at.outputX(n, x), at.outputY(n, y), cell - 1, cell - 1);
                }
            }
        }
        g.setStroke(new BasicStroke(Math.max(2, cell / 6f)));
        g.setColor(FIELD);
        int span = s.span() * cell - 1;
        for (int c = 0; c < s.channels(); c++) {
            g.drawRect(at.inputX(c, step.left()), at.inputY(c, step.top()), span, span);
        }
        g.drawRect(at.outputX(step.kernel(), step.outCol()), at.outputY(step.kernel(), step.outRow()), cell - 1, cell - 1);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        // The same words on every frame: a line that changed each frame would make each one store
        // the rows from the window down to it again (see GifFrames).
        g.drawString(String.format(Locale.ROOT, "%d %s over %d %s: %d positions%s", s.kernels(), s.kernels() == 1 ? "kernel" : "kernels",
                s.channels(), s.channels() == 1 ? "channel" : "channels", st.positions(),
                at.hasUnread(read) ? "; crossed-out cells are never read by the kernel" : ""), at.margin(), img.getHeight() - 8);
        g.dispose();
        return img;
    }

    static float maxAbs(float[][][] g) {
        return Math.max(1e-6f, Magnitude.largest(g));   // never 0: colours divide by it
    }

    /** Blue (−1) – white (0) – red (+1), as the app's diverging map, in 250 steps of the palette. */
    static Color diverging(float t) {
        return GifFrames.ramp(PALETTE, t);
    }

    /**
     * Where each grid sits in a frame: with one channel and one kernel, input left and output right;
     * with more, the input channels in a row and the output maps in a row under them, which keeps
     * a 3-channel, 4-kernel frame near a slide's proportions.
     */
    record Layout(Setup s, int outH, int outW, int cell) {

        int margin() { return cell; }
        private boolean beside() { return s.channels() == 1 && s.kernels() == 1; }
        private int inW() { return s.width() + 2 * s.padding(); }
        private int inH() { return s.height() + 2 * s.padding(); }
        private int inputsW() { return s.channels() * inW() + (s.channels() - 1); }
        private int outputsW() { return s.kernels() * outW + (s.kernels() - 1); }

        int widthInCells() {
            return 2 + (beside() ? inW() + 3 + outW : Math.max(inputsW(), outputsW()));
        }

        /** At least wide enough for the line of text under the grids. */
        int width() { return Math.max(560, widthInCells() * cell); }

        /** Rows of cells a frame changes: the window's and the output cell's, and between them when stacked. */
        int changedBandInCells() {
            return beside() ? s.span() + 1 : inH() + 3;
        }

        int height() {
            int cells = beside() ? Math.max(inH(), outH) : inH() + 2 + outH;
            return (cells + 2) * cell + 22;   // and a line of text
        }

        int inputX(int c, int x) { return margin() + (c * (inW() + 1) + x + s.padding()) * cell; }
        int inputY(int c, int y) { return margin() + (y + s.padding()) * cell; }

        int outputX(int n, int x) {
            return beside() ? margin() + (inW() + 3 + x) * cell : margin() + (n * (outW + 1) + x) * cell;
        }

        int outputY(int n, int y) {
            return beside() ? margin() + y * cell : margin() + (inH() + 2 + y) * cell;
        }

        boolean hasUnread(boolean[][] read) {
            for (boolean[] row : read) {
                for (boolean r : row) {
                    if (!r) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
