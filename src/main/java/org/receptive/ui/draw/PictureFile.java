package org.receptive.ui.draw;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reads a picture to classify. Anything that is not a readable picture comes back as an
 * {@link IOException} whose message a student can read; a huge photo is scaled down first, because
 * the digit only needs 28×28 in the end and preprocessing a 12-megapixel photo would stall the window.
 */
final class PictureFile {

    /** Longest side kept: twice the pad, plenty for a 20×20 digit. */
    static final int MAX_SIDE = 560;

    private PictureFile() {
    }

    static BufferedImage read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new IOException(name + " is not a file that can be opened.");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + " could not be read as a picture (" + e.getMessage() + ").", e);
        }
        if (image == null) {
            throw new IOException(name + " is not a picture this app can read: use PNG, JPEG, GIF or BMP.");
        }
        if (image.getWidth() < 8 || image.getHeight() < 8) {
            throw new IOException(name + " is only " + image.getWidth() + "×" + image.getHeight() + " pixels: too small to hold a digit.");
        }
        return fit(image);
    }

    private static BufferedImage fit(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale)), th = Math.max(1, (int) Math.round(h * scale));
        // Always redrawn into ARGB: indexed, 16-bit and CMYK pictures then all read the same way.
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, tw, th, null);
        g.dispose();
        return out;
    }
}
