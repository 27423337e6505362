package org.receptive.stepper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.receptive.engine.AtomicFile;

/**
 * An animated GIF of a convolution sweep for slides: one frame per position showing the input
 * (padding ring in grey), the receptive field outlined, and the output filling in. Written with
 * the JDK's own GIF writer (ImageIO), frame delay and looping set in its metadata, through a
 * temporary file so a failed export never leaves half a GIF.
 */
public final class SweepGif {

    private static final Color FIELD = new Color(0xE0, 0x10, 0x10);
    private static final Color PAD = new Color(0xD8, 0xD8, 0xD8);

    private SweepGif() {
    }

    /** Writes every position of kernel 0's sweep (at most {@code maxFrames}) to {@code file}. */
    public static void write(ConvolutionStepper st, Path file, int cell, int delayMillis, int maxFrames) throws IOException {
        AtomicFile.write(file, tmp -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
                int frames = Math.min(maxFrames, st.outputHeight() * st.outputWidth());
                for (int i = 0; i < frames; i++) {
                    BufferedImage frame = frame(st, i, cell);
                    writer.writeToSequence(new IIOImage(frame, null,
                            metadata(writer, frame, i == frames - 1 ? delayMillis * 4 : delayMillis, i == 0)), null);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    /** Frame i: after positions 0..i of kernel 0, with position i's window outlined. */
    static BufferedImage frame(ConvolutionStepper st, int index, int cell) {
        Setup s = st.setup();
        int p = s.padding();
        int inW = (s.width() + 2 * p) * cell, inH = (s.height() + 2 * p) * cell;
        int outW = st.outputWidth() * cell, outH = st.outputHeight() * cell;
        int gap = 3 * cell, margin = cell;
        BufferedImage img = new BufferedImage(margin * 2 + inW + gap + outW, margin * 2 + Math.max(inH, outH) + cell,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        Step step = st.step(index);
        float[][] input = inputOf(st);
        float scale = maxAbs(input);
        for (int y = -p; y < s.height() + p; y++) {
            for (int x = -p; x < s.width() + p; x++) {
                boolean pad = y < 0 || x < 0 || y >= s.height() || x >= s.width();
                g.setColor(pad ? PAD : diverging(input[y][x] / scale));
                g.fillRect(margin + (x + p) * cell, margin + (y + p) * cell, cell - 1, cell - 1);
            }
        }
        float[][][] out = st.outputAfter(index + 1);
        float outScale = 1e-6f;
        for (float[] row : st.output()[0]) {
            for (float v : row) {
                outScale = Math.max(outScale, Math.abs(v));
            }
        }
        int ox0 = margin + inW + gap;
        for (int y = 0; y < st.outputHeight(); y++) {
            for (int x = 0; x < st.outputWidth(); x++) {
                float v = out[0][y][x];
                g.setColor(Float.isNaN(v) ? new Color(0xF2, 0xF2, 0xF2) : diverging(v / outScale));
                g.fillRect(ox0 + x * cell, margin + y * cell, cell - 1, cell - 1);
            }
        }
        g.setStroke(new BasicStroke(Math.max(2, cell / 6f)));
        g.setColor(FIELD);
        int span = s.span();
        g.drawRect(margin + (step.left() + p) * cell, margin + (step.top() + p) * cell, span * cell - 1, span * cell - 1);
        g.drawRect(ox0 + step.outCol() * cell, margin + step.outRow() * cell, cell - 1, cell - 1);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, cell * 2 / 3)));
        g.drawString(String.format(Locale.ROOT, "step %d: sum %.2f → %.2f", index + 1, step.total(), step.result()),
                margin, img.getHeight() - cell / 3);
        g.dispose();
        return img;
    }

    private static float[][] inputOf(ConvolutionStepper st) {
        Setup s = st.setup();
        float[][] in = new float[s.height()][s.width()];
        // Read channel 0 back through the steps' terms, so the GIF shows exactly what was convolved.
        for (int i = 0; i < st.outputHeight() * st.outputWidth(); i++) {
            for (Term t : st.step(i).terms()) {
                if (t.channel() == 0 && !t.padding()) {
                    in[t.row()][t.col()] = t.input();
                }
            }
        }
        return in;
    }

    private static float maxAbs(float[][] g) {
        float m = 1e-6f;
        for (float[] row : g) {
            for (float v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** Blue (−1) – white (0) – red (+1), as the app's diverging map. */
    private static Color diverging(float t) {
        t = Math.max(-1, Math.min(1, t));
        Color blue = new Color(0x21, 0x66, 0xAC), red = new Color(0xB2, 0x18, 0x2B), white = new Color(0xF7, 0xF7, 0xF7);
        Color end = t < 0 ? blue : red;
        float a = Math.abs(t);
        return new Color(Math.round(white.getRed() + a * (end.getRed() - white.getRed())),
                Math.round(white.getGreen() + a * (end.getGreen() - white.getGreen())),
                Math.round(white.getBlue() + a * (end.getBlue() - white.getBlue())));
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage frame, int delayMillis, boolean first) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMillis / 10)));   // hundredths of a second
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // The NETSCAPE2.0 extension makes the animation loop forever.
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
