package org.receptive.ui.explain;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.receptive.explain.AttributionMap;
import org.receptive.ui.common.ColorMap;

/**
 * The input in grey with an attribution map laid over it: each pixel tinted with the diverging
 * map's colour for its value, more opaque the larger the value, so pixels that do not count show
 * the digit itself.
 */
final class AttributionView extends Canvas {

    /** The tint of the largest value; below it the digit still shows through a little. */
    static final double MAX_OPACITY = 0.85;

    private final double cell;

    AttributionView(double cell) {
        super(28 * cell, 28 * cell);
        this.cell = cell;
        getStyleClass().add("attribution-view");
    }

    void show(Explanation e) {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.web("#e8e8e8"));
        g.fillRect(0, 0, getWidth(), getHeight());
        if (e == null) {
            return;
        }
        AttributionMap map = e.map();
        double largest = map.largest();
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                double ink = e.image()[y * map.width() + x];
                Color base = ColorMap.GREY.at(ink);
                double v = map.at(y, x);
                double t = largest == 0 ? 0 : v / largest;
                Color tint = ColorMap.DIVERGING.of(v, -largest, largest);
                g.setFill(base.interpolate(tint, MAX_OPACITY * Math.abs(t)));
                g.fillRect(x * cell, y * cell, cell, cell);
            }
        }
    }

    /** The colour painted at map cell (y, x), for tests. */
    Color colourAt(int y, int x) {
        javafx.scene.image.WritableImage img = snapshot(null, null);
        return img.getPixelReader().getColor((int) ((x + 0.5) * cell), (int) ((y + 0.5) * cell));
    }
}
