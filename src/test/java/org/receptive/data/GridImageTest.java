package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class GridImageTest {

    @Test
    void aPictureBecomesRgbChannelsOfTheGrid() {
        BufferedImage img = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 50, 50);          // left half red
        g.setColor(Color.BLUE);
        g.fillRect(50, 0, 50, 50);         // right half blue
        g.dispose();
        float[][][] grid = GridImage.rgb(img, 5, 10);
        assertEquals(3, grid.length);
        assertEquals(1f, grid[0][2][0], 1e-6f);
        assertEquals(0f, grid[2][2][0], 1e-6f);
        assertEquals(1f, grid[2][2][9], 1e-6f);
        assertEquals(0f, grid[1][4][5], 1e-6f);
        assertEquals(0.299f, GridImage.grey(img, 5, 10)[0][0][0], 1e-5f);
    }

    @Test
    void aDigitShrinksByAreaAveraging() {
        float[] digit = Mnist.test().image(0);
        float[][] small = GridImage.digit(digit, 14, 14);
        float mean = 0, meanSmall = 0;
        for (float v : digit) {
            mean += v / 784;
        }
        for (float[] row : small) {
            for (float v : row) {
                meanSmall += v / 196;
            }
        }
        assertEquals(mean, meanSmall, 1e-5f, "area averaging keeps the mean");
    }
}
