package org.receptive.data;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * One MNIST test digit written as picture files of every kind a student may open: 8-bit grey,
 * 16-bit grey, opaque colour (ARGB), paletted (PNG and GIF), dark ink on transparent and light
 * ink on transparent. Enlarged 6× with bilinear grey levels, so mid-greys matter.
 */
public final class DigitPictures {

    private DigitPictures() {
    }

    /** Ink 0..1 of MNIST test digit i at 168×168. */
    static float[] ink(int i) {
        float[] img = Mnist.test().image(i);
        int side = 168;
        float[] out = new float[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                out[y * side + x] = Bilinear.sample(img, 28, 28, (y + 0.5) / 6 - 0.5, (x + 0.5) / 6 - 0.5);
            }
        }
        return out;
    }

    /** Writes the files into {@code dir}; name → file, in a fixed order. */
    public static Map<String, Path> write(Path dir, int digit) throws IOException {
        float[] ink = ink(digit);
        int side = 168;
        Map<String, Path> files = new LinkedHashMap<>();
        BufferedImage grey = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage grey16 = new BufferedImage(side, side, BufferedImage.TYPE_USHORT_GRAY);
        BufferedImage argb = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        byte[] levels = new byte[256];
        for (int i = 0; i < 256; i++) {
            levels[i] = (byte) i;
        }
        BufferedImage paletted = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, levels, levels, levels));
        BufferedImage darkOnClear = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        BufferedImage lightOnClear = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int v = Math.round(255 * ink[y * side + x]), paper = 255 - v;
                grey.getRaster().setSample(x, y, 0, paper);
                grey16.getRaster().setSample(x, y, 0, paper * 257);
                argb.setRGB(x, y, 0xff000000 | paper << 16 | paper << 8 | paper);
                paletted.getRaster().setSample(x, y, 0, paper);
                darkOnClear.setRGB(x, y, v << 24);
                lightOnClear.setRGB(x, y, v << 24 | 0xffffff);
            }
        }
        files.put("argb", write(argb, "png", dir.resolve(digit + "-argb.png")));
        files.put("grey", write(grey, "png", dir.resolve(digit + "-grey.png")));
        files.put("grey16", write(grey16, "png", dir.resolve(digit + "-grey16.png")));
        files.put("paletted", write(paletted, "png", dir.resolve(digit + "-paletted.png")));
        files.put("gif", write(paletted, "gif", dir.resolve(digit + "-paletted.gif")));
        files.put("dark-on-transparent", write(darkOnClear, "png", dir.resolve(digit + "-dark-on-transparent.png")));
        files.put("white-on-transparent", write(lightOnClear, "png", dir.resolve(digit + "-white-on-transparent.png")));
        return files;
    }

    private static Path write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no " + format + " writer for " + file);
        }
        return file;
    }
}
