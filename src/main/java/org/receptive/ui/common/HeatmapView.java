package org.receptive.ui.common;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * A grid of numbers drawn as square cells of a colour map, with an optional outlined rectangle
 * (a receptive field, always in red with a dark halo so it stands out from every map) and an
 * optional marked cell. Clicks come back as (row, column); hovering shows the cell's value.
 */
public final class HeatmapView extends Canvas {

    /** The outline colour of a receptive field throughout the app. */
    public static final Color FIELD = Color.web("#ff1f1f");

    private float[] values = new float[0];
    private int rows, cols;
    private double cell;
    private ColorMap map = ColorMap.VIRIDIS;
    private double min, max = 1;
    private Rect highlight;
    private int markRow = -1, markCol = -1;
    private BiConsumer<Integer, Integer> onCell;
    private final Tooltip tip = new Tooltip();

    public HeatmapView(double cellSize) {
        this.cell = cellSize;
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int[] rc = cellAt(e.getX(), e.getY());
            if (rc != null) {
                tip.setText(String.format(Locale.ROOT, "row %d, column %d: %.3f", rc[0], rc[1], values[rc[0] * cols + rc[1]]));
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] rc = cellAt(e.getX(), e.getY());
            if (rc != null && onCell != null) {
                onCell.accept(rc[0], rc[1]);
            }
        });
    }

    /** Shows rows×cols values (row-major from {@code offset}) on a colour scale from min to max. */
    public void show(float[] source, int offset, int rows, int cols, ColorMap map, double min, double max) {
        this.values = java.util.Arrays.copyOfRange(source, offset, offset + rows * cols);
        this.rows = rows;
        this.cols = cols;
        this.map = map;
        this.min = min;
        this.max = max;
        setWidth(cols * cell);
        setHeight(rows * cell);
        redraw();
    }

    public void setCellSize(double size) {
        this.cell = size;
        setWidth(cols * cell);
        setHeight(rows * cell);
        redraw();
    }

    /** Outlines a rectangle of cells; null removes it. */
    public void setHighlight(Rect rect) {
        this.highlight = rect;
        redraw();
    }

    public Rect highlight() {
        return highlight;
    }

    /** Marks one cell (e.g. the selected neuron); a negative row removes the mark. */
    public void setMark(int row, int col) {
        markRow = row;
        markCol = col;
        redraw();
    }

    public void setOnCell(BiConsumer<Integer, Integer> handler) {
        this.onCell = handler;
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
        return new Point2D((col + 0.5) * cell, (row + 0.5) * cell);
    }

    private int[] cellAt(double x, double y) {
        int c = (int) (x / cell), r = (int) (y / cell);
        return (r >= 0 && r < rows && c >= 0 && c < cols) ? new int[] {r, c} : null;
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                g.setFill(map.of(values[r * cols + c], min, max));
                g.fillRect(c * cell, r * cell, Math.ceil(cell), Math.ceil(cell));
            }
        }
        if (markRow >= 0 && markRow < rows && markCol < cols) {
            outline(g, markCol * cell, markRow * cell, cell, cell, Color.WHITE, Math.max(1.5, cell / 5));
        }
        if (highlight != null) {
            double x = highlight.left() * cell, y = highlight.top() * cell;
            double w = highlight.width() * cell, h = highlight.height() * cell;
            double line = Math.max(2, Math.min(4, cell / 3));
            g.setFill(Color.color(1, 0.12, 0.12, 0.10));
            g.fillRect(x, y, w, h);
            outline(g, x, y, w, h, FIELD, line);
        }
    }

    /** A coloured outline with a thin dark halo, visible on light and dark cells alike. */
    private static void outline(GraphicsContext g, double x, double y, double w, double h, Color color, double line) {
        g.setStroke(Color.color(0, 0, 0, 0.75));
        g.setLineWidth(line + 2);
        g.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
        g.setStroke(color);
        g.setLineWidth(line);
        g.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
    }
}
