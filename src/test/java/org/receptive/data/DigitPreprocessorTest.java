package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {

    static float[] blank(int h, int w) {
        return new float[h * w];
    }

    static void fill(float[] img, int w, int top, int left, int bh, int bw, float v) {
        for (int y = top; y < top + bh; y++) {
            for (int x = left; x < left + bw; x++) {
                img[y * w + x] = v;
            }
        }
    }

    static double[] centreOfMass(float[] p) {
        double m = 0, y = 0, x = 0;
        for (int i = 0; i < p.length; i++) {
            m += p[i];
            y += p[i] * (i / 28);
            x += p[i] * (i % 28);
        }
        return new double[] {y / m, x / m};
    }

    @Test
    void inkAnywhereEndsUpCentredAndFittedTo20() {
        float[] img = blank(280, 280);
        fill(img, 280, 10, 200, 60, 60, 1f);           // a square in the top-right corner
        PreprocessedDigit d = DigitPreprocessor.process(img, 280, 280);
        assertFalse(d.isEmpty());
        assertEquals(new PreprocessedDigit.Box(10, 200, 60, 60), d.box());
        assertEquals(20, d.fittedHeight());
        assertEquals(20, d.fittedWidth());
        double[] com = centreOfMass(d.pixels());
        assertEquals(14.0, com[0], 0.5);
        assertEquals(14.0, com[1], 0.5);
    }

    @Test
    void aTallStrokeKeepsItsAspectRatio() {
        float[] img = blank(280, 280);
        fill(img, 280, 40, 130, 200, 20, 1f);          // a "1": 200 tall, 20 wide
        PreprocessedDigit d = DigitPreprocessor.process(img, 280, 280);
        assertEquals(20, d.fittedHeight());
        assertEquals(2, d.fittedWidth());
        int rowsWithInk = 0;
        for (int y = 0; y < 28; y++) {
            float row = 0;
            for (int x = 0; x < 28; x++) {
                row += d.pixels()[y * 28 + x];
            }
            rowsWithInk += row > 0.5f ? 1 : 0;
        }
        assertEquals(20, rowsWithInk);
    }

    @Test
    void darkOnLightGivesTheSameInputAsLightOnDark() {
        float[] light = blank(100, 120);
        fill(light, 120, 20, 30, 50, 12, 1f);
        fill(light, 120, 20, 30, 10, 40, 1f);
        float[] dark = new float[light.length];
        for (int i = 0; i < light.length; i++) {
            dark[i] = 1f - light[i];
        }
        PreprocessedDigit a = DigitPreprocessor.process(light, 100, 120);
        PreprocessedDigit b = DigitPreprocessor.process(dark, 100, 120);
        assertFalse(a.inverted());
        assertTrue(b.inverted());
        assertArrayEquals(a.pixels(), b.pixels(), 1e-6f);
    }

    @Test
    void pictureFilesWorkThroughLuminance() {
        BufferedImage picture = new BufferedImage(140, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 140, 140);
        g.setColor(Color.BLUE.darker());
        g.fillRect(60, 20, 14, 100);
        g.dispose();
        PreprocessedDigit d = DigitPreprocessor.process(picture);
        assertTrue(d.inverted());
        assertEquals(new PreprocessedDigit.Box(20, 60, 100, 14), d.box());
    }

    @Test
    void emptyOrSpeckledDrawingsAreReportedEmpty() {
        assertTrue(DigitPreprocessor.process(blank(280, 280), 280, 280).isEmpty());
        float[] speck = blank(280, 280);
        fill(speck, 280, 100, 100, 5, 5, 1f);
        PreprocessedDigit d = DigitPreprocessor.process(speck, 280, 280);
        assertTrue(d.isEmpty());
        assertEquals(0f, max(d.pixels()));
    }

    @Test
    void thinStrokesSurviveShrinking() {
        float[] img = blank(280, 280);
        fill(img, 280, 20, 40, 3, 200, 1f);             // a 3 px line, 200 px long → 0.3 px after scaling
        fill(img, 280, 20, 40, 200, 3, 1f);
        PreprocessedDigit d = DigitPreprocessor.process(img, 280, 280);
        assertTrue(max(d.pixels()) > 0.25f, "area averaging keeps a faint line rather than dropping it");
    }

    /** The polarity test counts instead of building the histogram; it must agree with the histogram's median. */
    @Test
    void polarityAgreesWithTheMedianOfTheRoundedGreyLevels() {
        SplittableRandom random = new SplittableRandom(7);
        float[] edges = {0f, 1f, 0.5f, 127.5f / 255, Math.nextDown(127.5f / 255), Math.nextUp(127.5f / 255),
            127f / 255, 128f / 255, -1f, 2f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (int trial = 0; trial < 2000; trial++) {
            float[] grey = new float[1 + random.nextInt(40)];
            for (int i = 0; i < grey.length; i++) {
                grey[i] = random.nextInt(3) == 0 ? edges[random.nextInt(edges.length)] : random.nextFloat();
            }
            assertEquals(histogramMedian(grey) > 0.5f, DigitPreprocessor.lightBackground(grey), java.util.Arrays.toString(grey));
        }
    }

    /** The median grey level as the preprocessing used to find it: a histogram of levels rounded to 1/255. */
    private static float histogramMedian(float[] grey) {
        int[] histogram = new int[256];
        for (float v : grey) {
            histogram[Math.max(0, Math.min(255, Math.round(v * 255)))]++;
        }
        int seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += histogram[i];
            if (seen > grey.length / 2) {
                return i / 255f;
            }
        }
        return 1f;
    }

    static float max(float[] v) {
        float m = 0;
        for (float f : v) {
            m = Math.max(m, f);
        }
        return m;
    }
}
