package org.receptive.data;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.SplittableRandom;

/**
 * Pictures that are not digits, made reproducibly from an index: typed words and letters in
 * several fonts, letters drawn with a round brush, gradients, noise, filled and outlined shapes,
 * scribbles, smileys and patterns. With {@link DrawnDigits} and scanned MNIST they are the
 * measured ground on which {@link NonDigitRule} is chosen and checked ({@code evaluate --non-digits}).
 * Letters that are written like digits (O, I, l, S, Z, B, G, b, g, q) are left out: a picture of
 * an O is a fair 0.
 */
public final class NonDigits {

    /** Side of the canvas, as the drawing pad. */
    public static final int SIZE = DrawnDigits.SIZE;

    /** What kind of non-digit a picture is. */
    public enum Kind { WORD, LETTER, DRAWN_LETTER, GRADIENT, NOISE, SHAPE, OUTLINE, SCRIBBLE, SMILEY, PATTERN }

    /** One picture: its kind and grey levels, SIZE×SIZE, 0 black to 1 white. */
    public record Sample(Kind kind, float[] grey) {
    }

    private static final String[] WORDS = {"HELLO", "cat", "Receptive", "AM", "hi", "tree", "YES", "Kernel", "wow",
        "MNIST", "ok", "net", "draw", "FUN", "map", "Vera", "lux", "Hex", "Tim", "ACE"};
    private static final String LETTERS = "ACDEFHJKLMNPQRTUVWXYacdefhkmnprtuvwxyz";
    private static final String[] FONTS = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED, Font.DIALOG};

    private NonDigits() {
    }

    /** Picture {@code index} of the set: kinds take turns, everything else comes from the index. */
    public static Sample render(int index) {
        Kind kind = Kind.values()[Math.floorMod(index, Kind.values().length)];
        SplittableRandom r = new SplittableRandom(0x5eed0000L + index);
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        boolean darkOnLight = r.nextBoolean();
        Color paper = darkOnLight ? Color.WHITE : Color.BLACK, ink = darkOnLight ? Color.BLACK : Color.WHITE;
        g.setColor(paper);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(ink);
        switch (kind) {
            case WORD -> text(g, WORDS[r.nextInt(WORDS.length)], r);
            case LETTER -> text(g, String.valueOf(LETTERS.charAt(r.nextInt(LETTERS.length()))), r);
            case DRAWN_LETTER -> StrokeLetters.draw(g, r);
            case GRADIENT -> gradient(g, r, paper, ink);
            case NOISE -> noise(img, r);
            case SHAPE -> g.fill(shape(r, true));
            case OUTLINE -> {
                // No outlined ellipse: that is a 0.
                g.setStroke(new BasicStroke(8 + r.nextInt(18), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(shape(r, false));
            }
            case SCRIBBLE -> scribble(g, r);
            case SMILEY -> smiley(g, r);
            case PATTERN -> pattern(g, r);
        }
        g.dispose();
        byte[] bytes = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        float[] grey = new float[SIZE * SIZE];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (bytes[i] & 0xff) / 255f;
        }
        return new Sample(kind, grey);
    }

    private static void text(Graphics2D g, String text, SplittableRandom r) {
        int style = new int[] {Font.PLAIN, Font.BOLD, Font.ITALIC, Font.BOLD | Font.ITALIC}[r.nextInt(4)];
        Font font = new Font(FONTS[r.nextInt(FONTS.length)], style, 100);
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D box = glyphs.getVisualBounds();
        // Fill 40–90% of the canvas along the text's longer side, somewhere near the middle.
        double scale = SIZE * (0.4 + 0.5 * r.nextDouble()) / Math.max(box.getWidth(), box.getHeight());
        AffineTransform t = new AffineTransform();
        t.translate(SIZE / 2.0 + (r.nextDouble() - 0.5) * 40, SIZE / 2.0 + (r.nextDouble() - 0.5) * 40);
        t.rotate((r.nextDouble() - 0.5) * 0.4);
        t.scale(scale, scale);
        t.translate(-box.getCenterX(), -box.getCenterY());
        g.fill(t.createTransformedShape(glyphs.getOutline()));
    }

    private static void gradient(Graphics2D g, SplittableRandom r, Color paper, Color ink) {
        if (r.nextBoolean()) {
            g.setPaint(new GradientPaint((float) r.nextDouble(SIZE), (float) r.nextDouble(SIZE), paper,
                    (float) r.nextDouble(SIZE), (float) r.nextDouble(SIZE), ink));
        } else {
            g.setPaint(new RadialGradientPaint((float) r.nextDouble(SIZE), (float) r.nextDouble(SIZE),
                    (float) (60 + r.nextDouble(200)), new float[] {0f, 1f}, new Color[] {ink, paper}));
        }
        g.fillRect(0, 0, SIZE, SIZE);
    }

    /** Speckle, or smooth blotches (noise averaged over cells of 2–40 pixels). */
    private static void noise(BufferedImage img, SplittableRandom r) {
        int cell = new int[] {1, 2, 8, 20, 40}[r.nextInt(5)];
        double density = 0.1 + 0.8 * r.nextDouble();
        int cells = SIZE / cell + 2;
        float[] coarse = new float[cells * cells];
        for (int i = 0; i < coarse.length; i++) {
            coarse[i] = r.nextDouble() < density ? (float) r.nextDouble() : 0f;
        }
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                float v = cell == 1 ? coarse[y * cells + x] : Bilinear.sample(coarse, cells, cells, (double) y / cell, (double) x / cell);
                img.getRaster().setSample(x, y, 0, Math.round(255 * Math.min(1f, v)));
            }
        }
    }

    private static Shape shape(SplittableRandom r, boolean ellipses) {
        double cx = SIZE / 2.0 + (r.nextDouble() - 0.5) * 60, cy = SIZE / 2.0 + (r.nextDouble() - 0.5) * 60;
        double w = 80 + r.nextDouble(160), h = 80 + r.nextDouble(160);
        Path2D.Double p = new Path2D.Double();
        int which = r.nextInt(6);
        switch (which == 1 && !ellipses ? 0 : which) {
            case 0 -> {
                return new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
            }
            case 1 -> {
                return new Ellipse2D.Double(cx - w / 2, cy - h / 2, w, h);
            }
            case 2 -> polygon(p, cx, cy, w / 2, h / 2, 3, 1);
            case 3 -> polygon(p, cx, cy, w / 2, h / 2, 5, 0.45);      // a star
            case 4 -> {                                                 // a plus sign
                p.append(new Rectangle2D.Double(cx - w / 2, cy - h / 10, w, h / 5), false);
                p.append(new Rectangle2D.Double(cx - w / 10, cy - h / 2, w / 5, h), false);
            }
            default -> {                                                // an arrow
                p.moveTo(cx - w / 2, cy - h / 8);
                p.lineTo(cx + w / 8, cy - h / 8);
                p.lineTo(cx + w / 8, cy - h / 2);
                p.lineTo(cx + w / 2, cy);
                p.lineTo(cx + w / 8, cy + h / 2);
                p.lineTo(cx + w / 8, cy + h / 8);
                p.lineTo(cx - w / 2, cy + h / 8);
                p.closePath();
            }
        }
        return AffineTransform.getRotateInstance(r.nextDouble() * Math.PI, cx, cy).createTransformedShape(p);
    }

    /** A regular polygon, or a star when every other corner is pulled in to {@code inner}. */
    private static void polygon(Path2D.Double p, double cx, double cy, double rx, double ry, int corners, double inner) {
        int points = inner < 1 ? 2 * corners : corners;
        for (int i = 0; i < points; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / points, k = inner < 1 && i % 2 == 1 ? inner : 1;
            double x = cx + k * rx * Math.cos(a), y = cy + k * ry * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
    }

    /** A pen wandering back and forth, as someone testing the pad would: zigzags, loops, a spiral. */
    private static void scribble(Graphics2D g, SplittableRandom r) {
        g.setStroke(new BasicStroke(10 + r.nextInt(16), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double p = new Path2D.Double();
        int style = r.nextInt(3);
        double cx = SIZE / 2.0, cy = SIZE / 2.0;
        if (style == 0) {                                              // zigzag shading
            int rows = 4 + r.nextInt(8);
            double top = 40 + r.nextDouble(40), bottom = SIZE - 40 - r.nextDouble(40);
            p.moveTo(40, top);
            for (int i = 1; i <= rows; i++) {
                p.lineTo(i % 2 == 1 ? SIZE - 40 - r.nextDouble(40) : 40 + r.nextDouble(40), top + (bottom - top) * i / rows);
            }
        } else if (style == 1) {                                       // a spiral
            double turns = 2.5 + r.nextDouble() * 2.5, step = 0.1;
            p.moveTo(cx, cy);
            for (double a = 0; a < turns * 2 * Math.PI; a += step) {
                double rad = 110 * a / (turns * 2 * Math.PI);
                p.lineTo(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
            }
        } else {                                                       // a random walk
            double x = cx, y = cy, heading = r.nextDouble() * 2 * Math.PI;
            p.moveTo(x, y);
            for (int i = 0; i < 60; i++) {
                heading += (r.nextDouble() - 0.5) * 2.2;
                x = Math.max(30, Math.min(SIZE - 30, x + 22 * Math.cos(heading)));
                y = Math.max(30, Math.min(SIZE - 30, y + 22 * Math.sin(heading)));
                p.lineTo(x, y);
            }
        }
        g.draw(p);
    }

    private static void smiley(Graphics2D g, SplittableRandom r) {
        double d = 160 + r.nextDouble(90), x = (SIZE - d) / 2, y = (SIZE - d) / 2;
        float pen = (float) (6 + r.nextDouble(12));
        g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(x, y, d, d));
        double eye = d / 9;
        g.fill(new Ellipse2D.Double(x + d * 0.3 - eye / 2, y + d * 0.35 - eye / 2, eye, eye));
        g.fill(new Ellipse2D.Double(x + d * 0.7 - eye / 2, y + d * 0.35 - eye / 2, eye, eye));
        double mood = r.nextBoolean() ? 1 : -1;
        Path2D.Double mouth = new Path2D.Double();
        mouth.moveTo(x + d * 0.28, y + d * 0.65);
        mouth.quadTo(x + d / 2, y + d * (0.65 + 0.2 * mood), x + d * 0.72, y + d * 0.65);
        g.draw(mouth);
    }

    /** Stripes, a checkerboard or a grid: texture, no figure. */
    private static void pattern(Graphics2D g, SplittableRandom r) {
        int period = 14 + r.nextInt(40), width = Math.max(3, period / (2 + r.nextInt(3)));
        int style = r.nextInt(3);
        g.rotate(r.nextDouble() * Math.PI, SIZE / 2.0, SIZE / 2.0);
        for (int a = -SIZE; a < 2 * SIZE; a += period) {
            if (style == 1) {
                for (int b = -SIZE; b < 2 * SIZE; b += period) {
                    if (((a + b) / period) % 2 == 0) {
                        g.fillRect(a, b, period, period);
                    }
                }
            } else {
                g.fillRect(a, -SIZE, width, 3 * SIZE);
                if (style == 2) {
                    g.fillRect(-SIZE, a, 3 * SIZE, width);
                }
            }
        }
    }
}
