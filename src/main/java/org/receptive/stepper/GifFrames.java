package org.receptive.stepper;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * Writing an animation frame by frame in a fixed palette, each frame only the rectangle that
 * changed since the one before, drawn over it ("do not dispose"): a sweep changes a window outline
 * and a few output cells at a time, and the rest of the picture would otherwise be stored again
 * in every frame.
 */
final class GifFrames {

    /** Index 0 white, 1 dark grey (text), 2 the field red, 3 padding, 4 not computed, 5 never read; then the diverging ramp. */
    static final int RAMP_START = 6, RAMP_STEPS = 250;

    private GifFrames() {
    }

    /** The palette: the fixed colours, then blue → white → red in {@link #RAMP_STEPS} steps. */
    static IndexColorModel palette(Color[] fixed, Color blue, Color white, Color red) {
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        for (int i = 0; i < fixed.length; i++) {
            r[i] = (byte) fixed[i].getRed();
            g[i] = (byte) fixed[i].getGreen();
            b[i] = (byte) fixed[i].getBlue();
        }
        for (int i = 0; i < RAMP_STEPS; i++) {
            double t = i / (RAMP_STEPS - 1.0) * 2 - 1;
            Color end = t < 0 ? blue : red;
            double a = Math.abs(t);
            r[RAMP_START + i] = (byte) Math.round(white.getRed() + a * (end.getRed() - white.getRed()));
            g[RAMP_START + i] = (byte) Math.round(white.getGreen() + a * (end.getGreen() - white.getGreen()));
            b[RAMP_START + i] = (byte) Math.round(white.getBlue() + a * (end.getBlue() - white.getBlue()));
        }
        return new IndexColorModel(8, 256, r, g, b);
    }

    /** The palette colour for t in −1..1. */
    static Color ramp(IndexColorModel palette, float t) {
        int i = RAMP_START + Math.round((Math.max(-1, Math.min(1, t)) + 1) / 2 * (RAMP_STEPS - 1));
        return new Color(palette.getRGB(i));
    }

    /** Writes {@code frame}, or only what differs from {@code previous} (same size, or null for the first). */
    static void write(ImageWriter writer, BufferedImage frame, BufferedImage previous, int delayMillis) throws IOException {
        byte[] now = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        int w = frame.getWidth(), h = frame.getHeight();
        int top = 0, left = 0, bottom = h - 1, right = w - 1;
        if (previous != null) {
            byte[] before = ((DataBufferByte) previous.getRaster().getDataBuffer()).getData();
            top = h;
            left = w;
            bottom = -1;
            right = -1;
            for (int y = 0; y < h; y++) {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    if (now[i] != before[i]) {
                        top = Math.min(top, y);
                        bottom = y;
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                    }
                }
            }
            if (bottom < 0) {
                top = left = bottom = right = 0;   // nothing changed: one pixel, for the delay
            }
        }
        BufferedImage part = new BufferedImage(right - left + 1, bottom - top + 1, BufferedImage.TYPE_BYTE_INDEXED,
                (IndexColorModel) frame.getColorModel());
        part.getRaster().setRect(-left, -top, frame.getRaster());
        writer.writeToSequence(new IIOImage(part, null, metadata(writer, part, delayMillis, previous == null, left, top)), null);
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage frame, int delayMillis, boolean first, int left, int top)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode place = child(root, "ImageDescriptor");
        place.setAttribute("imageLeftPosition", Integer.toString(left));
        place.setAttribute("imageTopPosition", Integer.toString(top));
        place.setAttribute("imageWidth", Integer.toString(frame.getWidth()));
        place.setAttribute("imageHeight", Integer.toString(frame.getHeight()));
        place.setAttribute("interlaceFlag", "FALSE");
        // The writer's default table is a generic one, not the image's: give it the palette.
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        IndexColorModel palette = (IndexColorModel) frame.getColorModel();
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(palette.getMapSize()));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < palette.getMapSize(); i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(palette.getRed(i)));
            entry.setAttribute("green", Integer.toString(palette.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(palette.getBlue(i)));
            table.appendChild(entry);
        }
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
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
