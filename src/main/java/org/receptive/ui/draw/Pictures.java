package org.receptive.ui.draw;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Grey values as pictures: the preprocessing stages are drawn from the very numbers they hold. */
final class Pictures {

    private Pictures() {
    }

    /** h×w values 0..1 (row-major) as an image, 1 white and 0 black, as the network reads ink. */
    static WritableImage grey(float[] values, int h, int w) {
        WritableImage img = new WritableImage(Math.max(1, w), Math.max(1, h));
        PixelWriter out = img.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = Math.round(255 * Math.max(0, Math.min(1, values[y * w + x])));
                out.setArgb(x, y, 0xff000000 | (g << 16) | (g << 8) | g);
            }
        }
        return img;
    }
}
