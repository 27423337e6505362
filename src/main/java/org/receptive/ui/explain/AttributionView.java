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

    private static final Color PAPER = Color.WHITE, INK = Color.web("#3a3a3a");

    private final double cell;

    AttributionView(double cell) {
        super(28 * cell, 28 * cell);
        this.cell = cell;
        getStyleClass().add("attribution-view");
    }

    void show(Explanation e) {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(PAPER);
        g.fillRect(0, 0, getWidth(), getHeight());
        frame(g);
        if (e == null) {
            return;
        }
        AttributionMap map = e.map();
        double largest = map.largest();
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                double ink = e.image()[y * map.width() + x];
                // Ink dark on white paper, as on the pad: zero tints white, so pixels that do not count show the digit.
                Color base = PAPER.interpolate(INK, Math.max(0, Math.min(1, ink)));
                double v = map.at(y, x);
                double t = largest == 0 ? 0 : v / largest;
                Color tint = ColorMap.DIVERGING.of(v, -largest, largest);
                g.setFill(base.interpolate(tint, MAX_OPACITY * Math.abs(t)));
                g.fillRect(x * cell, y * cell, cell, cell);
            }
        }
        frame(g);
    }

    /** A thin frame: the white paper of the input against the white card. */
    private void frame(GraphicsContext g) {
        g.setStroke(Color.web("#9aa4ae"));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
    }

    /** The colour painted at map cell (y, x), for tests. */
    Color colourAt(int y, int x) {
        javafx.scene.image.WritableImage img = snapshot(null, null);
        return img.getPixelReader().getColor((int) ((x + 0.5) * cell), (int) ((y + 0.5) * cell));
    }
}
