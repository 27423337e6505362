package org.receptive.ui.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * A grid of numbers drawn as square cells of a colour map, nearest-neighbour (each number one
 * crisp square), with an optional outlined rectangle (a receptive field: always red with a dark
 * halo, so it stands out on viridis, on the blue–white–red map and on grey alike) and an optional
 * marked cell. Clicks come back as (row, column); hovering shows the cell's value in a tooltip.
 */
public final class HeatmapView extends Canvas {

    /** The outline colour of a receptive field throughout the app. */
    public static final Color FIELD = Color.web("#ff2a1f");

    /** What the tooltip says about a cell; null hides the tooltip. */
    @FunctionalInterface
    public interface HoverText {
        String describe(int row, int col, float value);
    }

    /** The default hover text: "row r, column c: value". */
    public static final HoverText ROW_COLUMN_VALUE =
            (r, c, v) -> String.format(Locale.ROOT, "row %d, column %d: %.3f", r, c, v);

    private float[] values = new float[0];
    private int rows, cols;
    private double cell;
    private ColorMap map = ColorMap.VIRIDIS;
    private double min, max = 1;
    private Rect highlight;
    private int markRow = -1, markCol = -1;
    private BiConsumer<Integer, Integer> onCell;
    private HoverText hoverText = ROW_COLUMN_VALUE;
    private Tooltip tip;   // made on the first hover: a view may hold a hundred maps
    private WritableImage image;   // (cols × rows), one pixel per value

    public HeatmapView(double cellSize) {
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        this.cell = cellSize;
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tip == null && hoverText != null) {
                tip = new Tooltip();
                tip.setShowDelay(Duration.millis(150));
                Tooltip.install(this, tip);
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int[] rc = cellAt(e.getX(), e.getY());
            if (rc != null && tip != null && hoverText != null) {
                tip.setText(hoverText.describe(rc[0], rc[1], values[rc[0] * cols + rc[1]]));
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] rc = cellAt(e.getX(), e.getY());
            if (rc != null && onCell != null) {
                onCell.accept(rc[0], rc[1]);
            }
        });
    }

    /**
     * Shows rows×cols values (row-major, starting at {@code offset}, copied) on a colour scale from
     * min to max; the diverging map is drawn over [−m, m] with m the larger magnitude.
     */
    public void show(float[] source, int offset, int rows, int cols, ColorMap map, double min, double max) {
        this.values = Arrays.copyOfRange(source, offset, offset + rows * cols);
        this.rows = rows;
        this.cols = cols;
        this.map = map;
        this.min = min;
        this.max = max;
        resize();
    }

    /** Shows a grid given as rows (all as long as the first), as {@link #show(float[], int, int, int, ColorMap, double, double)}. */
    public void show(float[][] grid, ColorMap map, double min, double max) {
        int rows = grid.length, cols = rows == 0 ? 0 : grid[0].length;
        float[] flat = new float[rows * cols];
        for (int y = 0; y < rows; y++) {
            System.arraycopy(grid[y], 0, flat, y * cols, cols);
        }
        show(flat, 0, rows, cols, map, min, max);
    }

    /** Side of one cell in pixels; may be fractional (cell edges are still drawn on whole pixels). */
    public void setCellSize(double size) {
        if (size != cell) {
            this.cell = size;
            resize();
        }
    }

    public double cellSize() {
        return cell;
    }

    /** Outlines a rectangle of cells (clipped to the grid); null removes it. */
    public void setHighlight(Rect rect) {
        if (!java.util.Objects.equals(rect, highlight)) {
            this.highlight = rect;
            redraw();
        }
    }

    public Rect highlight() {
        return highlight;
    }

    /** Marks one cell (e.g. the selected neuron) with a white outline; a negative row removes it. */
    public void setMark(int row, int col) {
        if (row != markRow || col != markCol) {
            markRow = row;
            markCol = col;
            redraw();
        }
    }

    /** Called with (row, column) when a cell is clicked; null for none. */
    public void setOnCell(BiConsumer<Integer, Integer> handler) {
        this.onCell = handler;
    }

    /** What hovering a cell shows; null shows nothing. */
    public void setHoverText(HoverText text) {
        this.hoverText = text;
        if (text == null && tip != null) {
            Tooltip.uninstall(this, tip);
            tip = null;
        }
    }

    public float value(int row, int col) {
        return values[row * cols + col];
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Centre of a cell in this node's coordinates, for tests and pointers. */
    public Point2D cellCentre(int row, int col) {
        return new Point2D((Math.round(col * cell) + Math.round((col + 1) * cell)) / 2.0,
                (Math.round(row * cell) + Math.round((row + 1) * cell)) / 2.0);
    }

    private int[] cellAt(double x, double y) {
        int c = index(x), r = index(y);
        return (r >= 0 && r < rows && c >= 0 && c < cols) ? new int[] {r, c} : null;
    }

    /** The cell along one axis whose drawn (pixel-snapped) span holds coordinate p. */
    private int index(double p) {
        int i = (int) Math.floor(p / cell);
        if (p < Math.round(i * cell)) {
            i--;
        } else if (p >= Math.round((i + 1) * cell)) {
            i++;
        }
        return i;
    }

    private void resize() {
        setWidth(Math.round(cols * cell));
        setHeight(Math.round(rows * cell));
        redraw();
    }

    /** What a screen reader says: the grid's size, its range, and the outlined field if any. */
    private String describe() {
        String text = String.format(Locale.ROOT, "%d by %d values from %.2f to %.2f", rows, cols, min, max);
        if (highlight != null) {
            text += String.format(Locale.ROOT, "; receptive field rows %d to %d, columns %d to %d", highlight.top(),
                    highlight.top() + highlight.height() - 1, highlight.left(), highlight.left() + highlight.width() - 1);
        }
        return text;
    }

    private void redraw() {
        setAccessibleText(describe());
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        // One pixel per number, scaled up without smoothing: each number stays one crisp square,
        // and the whole map is a single image to draw. Drawing a rectangle per cell cost the
        // software renderer tens of milliseconds when every map of the network changed at once.
        if (rows > 0 && cols > 0) {
            if (image == null || image.getWidth() != cols || image.getHeight() != rows) {
                image = new WritableImage(cols, rows);
            }
            PixelWriter w = image.getPixelWriter();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    Color col = map.of(values[r * cols + c], min, max);
                    w.setArgb(c, r, 0xff000000 | (int) Math.round(col.getRed() * 255) << 16
                            | (int) Math.round(col.getGreen() * 255) << 8 | (int) Math.round(col.getBlue() * 255));
                }
            }
            g.setImageSmoothing(false);
            g.drawImage(image, 0, 0, Math.round(cols * cell), Math.round(rows * cell));
        }
        double line = Math.max(2, Math.min(4, cell / 3));
        if (markRow >= 0 && markRow < rows && markCol >= 0 && markCol < cols) {
            Point2D centre = cellCentre(markRow, markCol);
            double m = Math.max(cell, 8);   // a tiny cell still gets a mark you can see
            outline(g, centre.getX() - m / 2, centre.getY() - m / 2, m, m, Color.WHITE, Math.max(1.5, line - 1));
        }
        if (highlight != null && highlight.height() > 0 && highlight.width() > 0) {
            double x = Math.round(highlight.left() * cell), y = Math.round(highlight.top() * cell);
            double w = Math.round((highlight.left() + highlight.width()) * cell) - x;
            double h = Math.round((highlight.top() + highlight.height()) * cell) - y;
            g.setFill(Color.color(1, 0.16, 0.12, 0.12));
            g.fillRect(x, y, w, h);
            // The outline runs just outside the field's cells (kept inside the canvas), so it
            // hides none of them and a field of one or two tiny cells is still a hollow box.
            double e = line + 1;
            double x0 = Math.max(0, x - e), y0 = Math.max(0, y - e);
            double x1 = Math.min(getWidth(), x + w + e), y1 = Math.min(getHeight(), y + h + e);
            outline(g, x0, y0, x1 - x0, y1 - y0, FIELD, line);
        }
    }

    /** A coloured outline with a dark halo either side, visible on light and dark cells alike. */
    private static void outline(GraphicsContext g, double x, double y, double w, double h, Color color, double line) {
        double inset = line / 2 + 1;
        g.setStroke(Color.color(0, 0, 0, 0.8));
        g.setLineWidth(line + 2);
        g.strokeRect(x + inset, y + inset, w - 2 * inset, h - 2 * inset);
        g.setStroke(color);
        g.setLineWidth(line);
        g.strokeRect(x + inset, y + inset, w - 2 * inset, h - 2 * inset);
    }
}
