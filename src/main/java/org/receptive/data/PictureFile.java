package org.receptive.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.receptive.engine.MemoryEstimate;

/**
 * The one way a picture file becomes grey levels, for the app and the command line alike: the
 * header is read first and a picture too large for memory is refused before any pixel is
 * decoded; a large photo is decoded at a reduced resolution and then area-averaged to at most
 * {@link #MAX_SIDE} pixels a side (a digit needs 28×28 in the end); grey, 16-bit, paletted,
 * colour and transparent pictures all come out the same way (see {@link #grey}). Anything that
 * is not a readable picture is a {@link PictureException} whose message a student can read.
 */
public final class PictureFile {

    /** Longest side kept: twice the drawing pad, plenty for a 20×20 digit. */
    public static final int MAX_SIDE = 560;
    /** Smallest side that can hold a digit. */
    static final int MIN_SIDE = 8;
    /** Largest picture read at all, in pixels (a 100-megapixel photo); a "zip bomb" declares far more. */
    static final long MAX_PIXELS = 100_000_000L;
    /** Pictures are decoded every n-th pixel so the decoded image is at most this wide (4× MAX_SIDE). */
    static final int DECODE_SIDE = 4 * MAX_SIDE;

    /** A picture as grey levels 0 (black) to 1 (white), row-major, at most MAX_SIDE a side. */
    public record Picture(float[] grey, int height, int width) {
    }

    /** A file that is not a picture, is damaged, or is too large or too small to use. */
    public static final class PictureException extends IOException {
        public PictureException(String message) {
            super(message);
        }
    }

    private PictureFile() {
    }

    /** Reads a PNG, JPEG, GIF or BMP file (the first frame of an animation) as grey levels. */
    public static Picture read(Path file) throws PictureException {
        BufferedImage image = decode(file);
        try {
            return grey(image);
        } catch (RuntimeException e) {
            // A decoder can hand back a colour model that cannot give its colours.
            throw new PictureException((file.getFileName() == null ? file : file.getFileName())
                    + " could not be read as a picture: its colours are in a form Receptive cannot read (" + e + ")");
        }
    }

    /**
     * Decodes a picture file with the same checks, for a use that needs its colours: the header
     * is read first, a picture too large is refused, a large one is decoded subsampled to about
     * {@link #DECODE_SIDE} pixels a side.
     */
    public static BufferedImage decode(Path file) throws PictureException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new PictureException(name + " is a folder, not a picture");
        }
        if (!Files.isRegularFile(file)) {
            throw new PictureException(name + (Files.exists(file) ? " is not a file that can be opened" : " does not exist"));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            return decode(in, name, MAX_PIXELS);
        } catch (PictureException e) {
            throw e;
        } catch (IOException e) {
            throw new PictureException(name + " cannot be opened (" + e.getMessage() + ")");
        }
    }

    /**
     * Decodes a picture held in memory (a lesson's picture, read from the app or beside the
     * lesson) with the same checks, refusing more than {@code maxPixels} pixels before decoding.
     */
    public static BufferedImage decode(byte[] bytes, String name, long maxPixels) throws PictureException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return decode(in, name, Math.min(maxPixels, MAX_PIXELS));
        } catch (PictureException e) {
            throw e;
        } catch (IOException e) {
            throw new PictureException(name + " cannot be opened (" + e.getMessage() + ")");
        }
    }

    private static BufferedImage decode(ImageInputStream in, String name, long maxPixels) throws PictureException {
        try {
            if (in == null) {
                throw new PictureException(name + " cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PictureException(name + " is not a picture Receptive can read: use PNG, JPEG, GIF or BMP");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return decode(reader, name, maxPixels);
            } finally {
                reader.dispose();
            }
        } catch (PictureException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders throw all sorts for damaged files (IIOException, index and size errors).
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            throw new PictureException(name + " could not be read as a picture: it is damaged or in a form "
                    + "Receptive cannot read (" + why.strip().replaceAll("\\s+", " ") + ")");
        } catch (OutOfMemoryError e) {
            // The estimate below makes this rare; the decoder's arrays are garbage once it is thrown.
            throw new PictureException(name + " is too large to read with the memory Java may use here");
        }
    }

    /** Checks the header's size, then decodes at most about DECODE_SIDE pixels a side. */
    private static BufferedImage decode(ImageReader reader, String name, long maxPixels) throws IOException {
        int w = reader.getWidth(0), h = reader.getHeight(0);
        if (w < MIN_SIDE || h < MIN_SIDE) {
            throw new PictureException(name + " is only " + w + "×" + h + " pixels: too small to hold a digit");
        }
        long pixels = (long) w * h;
        if (pixels > maxPixels) {
            throw new PictureException(String.format(Locale.ROOT, "%s is %,d×%,d pixels (%,d megapixels), more than the "
                    + "%d megapixels Receptive reads; scale it down first", name, w, h, pixels / 1_000_000, maxPixels / 1_000_000));
        }
        int step = (int) Math.ceil(Math.max(w, h) / (double) DECODE_SIDE);
        long decoded = (long) ((w + step - 1) / step) * ((h + step - 1) / step);
        // Worst case 16-bit RGBA (8 bytes a pixel) plus the decoder's rows, and the grey floats.
        long need = decoded * (8 + 4) + 64L * w;
        if (need > MemoryEstimate.availableBytes() / 2) {
            throw new PictureException(String.format(Locale.ROOT, "%s (%,d×%,d pixels) is too large to read with the "
                    + "memory Java may use here; scale it down first", name, w, h));
        }
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
    }

    /**
     * A decoded picture as grey levels, area-averaged to at most MAX_SIDE a side. Grey pictures
     * (8 or 16 bits) are read from their samples, because Java's {@code getRGB} would convert
     * their linear grey to sRGB and lighten every mid-grey; other pictures by luminance (ITU-R
     * BT.601). Transparent pixels get the background's shade: when most of the picture is
     * transparent the visible pixels are the figure (a digit exported from a paint program),
     * so the background is the shade that contrasts with them, white behind dark ink and black
     * behind light ink; when only a margin is transparent, it takes the shade of the page.
     */
    public static Picture grey(BufferedImage image) {
        int h = image.getHeight(), w = image.getWidth();
        float[] lum = new float[h * w], alpha = new float[h * w];
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        boolean greySamples = cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !(cm instanceof IndexColorModel) && cm.getNumColorComponents() == 1;
        float greyMax = greySamples ? (float) ((1L << cm.getComponentSize(0)) - 1) : 1f;
        float alphaMax = greySamples && cm.hasAlpha() ? (float) ((1L << cm.getComponentSize(1)) - 1) : 1f;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (greySamples) {
                    lum[i] = raster.getSample(x, y, 0) / greyMax;
                    alpha[i] = cm.hasAlpha() ? raster.getSample(x, y, 1) / alphaMax : 1f;
                } else {
                    int argb = image.getRGB(x, y);
                    lum[i] = (0.299f * ((argb >> 16) & 0xff) + 0.587f * ((argb >> 8) & 0xff) + 0.114f * (argb & 0xff)) / 255f;
                    alpha[i] = ((argb >>> 24) & 0xff) / 255f;
                }
            }
        }
        if (cm.hasAlpha()) {
            float background = background(lum, alpha);
            for (int i = 0; i < lum.length; i++) {
                lum[i] = alpha[i] * lum[i] + (1 - alpha[i]) * background;
            }
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        if (scale < 1) {
            int th = Math.max(1, (int) Math.round(h * scale)), tw = Math.max(1, (int) Math.round(w * scale));
            return new Picture(Resample.area(lum, h, w, th, tw), th, tw);
        }
        return new Picture(lum, h, w);
    }

    /** The shade given to transparent pixels (see {@link #grey}). */
    private static float background(float[] lum, float[] alpha) {
        int visible = 0;
        double shade = 0;
        for (int i = 0; i < lum.length; i++) {
            if (alpha[i] >= 0.5f) {
                visible++;
                shade += lum[i];
            }
        }
        if (visible == 0) {
            return 1f;
        }
        boolean light = shade / visible > 0.5;
        boolean mostlyTransparent = visible < lum.length / 2;
        return mostlyTransparent == light ? 0f : 1f;
    }
}
