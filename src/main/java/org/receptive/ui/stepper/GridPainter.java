package org.receptive.ui.stepper;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import org.receptive.ui.common.ColorMap;

/**
 * How a {@link ValueGrid} paints, kept cheap for the software renderer that classrooms often get:
 * cell colours as one small image scaled up, the padding hatch as a tiled fill, grid lines and
 * marks as axis-aligned filled rectangles (its fast path); only the few window frames are strokes.
 * Measured with the largest stepper playing Backward: a stroke per mark and per hatch cost the
 * render thread about half of each frame.
 */
final class GridPainter {

    static final Color PAD_FILL = Color.web("#e3e6ea");
    static final Color PAD_LINE = Color.web("#b8bfc8");
    static final Color RULE = Color.web("#9aa3ad");

    private GridPainter() {
    }

    /** Every cell's colour as one pixel of a small image, drawn scaled up without smoothing. */
    static void fills(GraphicsContext g, GridPicture picture, double cell) {
        float[][] values = picture.values();
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length, pad = picture.padding();
        int w = cols + 2 * pad, h = rows + 2 * pad;
        if (w == 0 || h == 0) {
            return;
        }
        WritableImage img = new WritableImage(w, h);
        PixelWriter px = img.getPixelWriter();
        double m = picture.magnitude();
        for (int r = -pad; r < rows + pad; r++) {
            for (int c = -pad; c < cols + pad; c++) {
                boolean padding = r < 0 || c < 0 || r >= rows || c >= cols;
                float v = padding ? 0 : values[r][c];
                px.setColor(c + pad, r + pad, padding ? PAD_FILL : Float.isNaN(v) ? ValueGrid.NOT_COMPUTED : ColorMap.DIVERGING.of(v, -m,
                        m));
            }
        }
        g.setImageSmoothing(false);
        g.drawImage(img, 0, 0, w * cell, h * cell);
    }

    /**
     * The padding ring hatched (padding is not data), as four strips filled with a one-cell tile
     * holding a diagonal; returns the tile, to be handed back while the cell size stays.
     */
    static WritableImage hatch(GraphicsContext g, WritableImage tile, int rows, int cols, int pad, double cell) {
        if (pad == 0 || cell < 8) {
            return tile;
        }
        int side = (int) Math.round(cell);
        if (tile == null || tile.getWidth() != side) {
            tile = new WritableImage(side, side);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    tile.getPixelWriter().setColor(x, y, x + y == side - 1 ? PAD_LINE : PAD_FILL);
                }
            }
        }
        g.setFill(new ImagePattern(tile, 0, 0, cell, cell, false));
        double w = (cols + 2 * pad) * cell, h = (rows + 2 * pad) * cell, ring = pad * cell;
        g.fillRect(0, 0, w, ring);
        g.fillRect(0, h - ring, w, ring);
        g.fillRect(0, ring, ring, h - 2 * ring);
        g.fillRect(w - ring, ring, ring, h - 2 * ring);
        return tile;
    }

    /** One-pixel lines across whole rows and columns; none between cells too small to need them. */
    static void gridLines(GraphicsContext g, int rows, int cols, int pad, double cell) {
        if (cell < 7) {
            return;
        }
        g.setFill(RULE);
        double right = (cols + 2 * pad) * cell, bottom = (rows + 2 * pad) * cell;
        for (int i = 0; i <= rows + 2 * pad; i++) {
            g.fillRect(0, Math.floor(i * cell), right, 1);
        }
        for (int i = 0; i <= cols + 2 * pad; i++) {
            g.fillRect(Math.floor(i * cell), 0, 1, bottom);
        }
    }

    /**
     * A marked cell: a black frame inside a white one, which shows on every colour and leaves the
     * number inside readable; in a cell too small for a frame, a black dot with a white rim.
     */
    static void mark(GraphicsContext g, int pad, double cell, int row, int col) {
        double x = Math.floor((col + pad) * cell), y = Math.floor((row + pad) * cell), c = Math.floor(cell);
        if (c < 10) {
            double d = Math.max(2, Math.floor(c / 3)), at = Math.floor((c - d) / 2);
            g.setFill(Color.WHITE);
            g.fillRect(x + at - 1, y + at - 1, d + 2, d + 2);
            g.setFill(Color.BLACK);
            g.fillRect(x + at, y + at, d, d);
            return;
        }
        ring(g, x + 1, y + 1, c - 2, Color.WHITE);
        ring(g, x + 2, y + 2, c - 4, Color.BLACK);
    }

    /** A frame of {@code h}×{@code w} cells: a halo colour (or none) under a main colour. */
    static void frame(GraphicsContext g, int pad, double cell, int row, int col, int h, int w, Color halo, Color main) {
        double x = (col + pad) * cell, y = (row + pad) * cell;
        double line = Math.min(3.5, Math.max(2, cell * 0.1)), inset = line * 0.6;   // thin frames on small cells
        g.setLineDashes();
        if (halo != null) {
            g.setStroke(halo);
            g.setLineWidth(line * 1.8);
            g.strokeRect(x + inset, y + inset, w * cell - 2 * inset, h * cell - 2 * inset);
        }
        g.setStroke(main);
        g.setLineWidth(line);
        g.strokeRect(x + inset, y + inset, w * cell - 2 * inset, h * cell - 2 * inset);
    }

    /** A one-pixel square outline of side {@code side} at (x, y), as four filled rectangles. */
    private static void ring(GraphicsContext g, double x, double y, double side, Color colour) {
        g.setFill(colour);
        g.fillRect(x, y, side, 1);
        g.fillRect(x, y + side - 1, side, 1);
        g.fillRect(x, y, 1, side);
        g.fillRect(x + side - 1, y, 1, side);
    }
}
