package org.receptive.ui.stepper;

import java.util.Locale;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;

/**
 * One grid of the stepper: numbers as coloured cells (blue below zero, white at zero, red above)
 * with the values written in when the cells are big enough to read, an optional ring of padding
 * cells drawn hatched grey, and overlays: the kernel's window (a thick red frame with a dark halo,
 * so it never blends into the red of positive cells), the kernel weight over each covered cell,
 * marked cells (a black-and-white dashed frame) and one emphasised cell. Cells not computed yet
 * (NaN) are left blank. Rows and columns in every call are data coordinates: the padding ring is
 * at −1, −2, … and past the edge.
 */
final class ValueGrid extends Canvas {

    /** Receives a cell under the pointer, or null when the pointer leaves the grid. */
    interface CellHandler {
        void on(int row, int col, MouseEvent e);
    }

    private static final Color PAD_FILL = Color.web("#e3e6ea");
    private static final Color PAD_LINE = Color.web("#b8bfc8");
    private static final Color RULE = Color.web("#9aa3ad");

    private float[][] values = new float[0][0];
    private int pad;
    private double cell = 40;
    private double scale = 1;                 // the largest magnitude on the colour scale
    private Set<Cell> window = Set.of();      // covered cells (map ignored)
    private float[] windowWeights;            // the weight over each covered cell, in the window's order
    private java.util.List<Cell> windowOrder = java.util.List.of();
    private int windowMap;
    private Set<Cell> marks = Set.of();
    private Cell emphasis;
    private CellHandler onPress, onDrag, onHover;
    private boolean drawn;
    private int drawnKey;

    ValueGrid() {
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);   // read out through its accessible text
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> fire(onPress, e));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> fire(onDrag, e));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> fire(onHover, e));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (onHover != null) {
                onHover.on(Integer.MIN_VALUE, Integer.MIN_VALUE, e);
            }
        });
    }

    void setOnPress(CellHandler h) { onPress = h; }
    void setOnDrag(CellHandler h) { onDrag = h; }
    /** Called with (MIN_VALUE, MIN_VALUE) when the pointer leaves. */
    void setOnHover(CellHandler h) { onHover = h; }

    /** New numbers (not copied: the caller hands over a fresh array), a padding ring and a cell size. */
    void show(float[][] v, int padding, double cellSize, double magnitude) {
        values = v;
        pad = padding;
        cell = cellSize;
        scale = magnitude;
        int rows = v.length + 2 * pad, cols = (v.length == 0 ? 0 : v[0].length) + 2 * pad;
        setWidth(Math.ceil(cols * cell) + 1);
        setHeight(Math.ceil(rows * cell) + 1);
    }

    /** The kernel's footprint: covered cells in order, with the weight shown over each (or null). */
    void setWindow(java.util.List<Cell> covered, float[] weights) {
        windowOrder = covered;
        windowMap = covered.isEmpty() ? 0 : covered.get(0).map();
        window = Set.copyOf(covered);
        windowWeights = weights;
    }

    void setMarks(Set<Cell> cells) { marks = cells; }
    void setEmphasis(Cell c) { emphasis = c; }

    double cellSize() { return cell; }

    /** The covered cells being drawn, for tests. */
    Set<Cell> windowCells() { return window; }

    Set<Cell> marks() { return marks; }

    float value(int row, int col) { return values[row][col]; }

    /** Centre of data cell (row, col) in this node's coordinates. */
    Point2D centre(int row, int col) {
        return new Point2D((col + pad + 0.5) * cell, (row + pad + 0.5) * cell);
    }

    void redraw() {
        // Most grids do not change at a step (only the map being written and the window's
        // grid do); redrawing them anyway would cost the software renderer whole frames.
        int key = java.util.Objects.hash(java.util.Arrays.deepHashCode(values), pad, cell, scale, window, marks, emphasis,
                java.util.Arrays.hashCode(windowWeights), getWidth(), getHeight());
        if (drawn && key == drawnKey) {
            return;
        }
        drawn = true;
        drawnKey = key;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length;
        boolean numbers = cell >= 24;   // below that a number no longer reads on a projector
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("System", FontWeight.NORMAL, Math.min(18, Math.max(10, cell * 0.38))));
        for (int r = -pad; r < rows + pad; r++) {
            for (int c = -pad; c < cols + pad; c++) {
                double x = (c + pad) * cell, y = (r + pad) * cell;
                boolean padding = r < 0 || c < 0 || r >= rows || c >= cols;
                if (padding) {
                    g.setFill(PAD_FILL);
                    g.fillRect(x, y, cell, cell);
                    g.setStroke(PAD_LINE);
                    g.setLineWidth(1);
                    g.strokeLine(x, y + cell, x + cell, y);   // a hatch: padding is not data
                    if (numbers) {
                        g.setFill(Color.web("#6b7480"));
                        g.fillText("0", x + cell / 2, y + cell / 2);
                    }
                } else {
                    float v = values[r][c];
                    if (Float.isNaN(v)) {
                        g.setFill(Color.WHITE);
                        g.fillRect(x, y, cell, cell);
                    } else {
                        Color fill = ColorMap.DIVERGING.of(v, -scale, scale);
                        g.setFill(fill);
                        g.fillRect(x, y, cell, cell);
                        if (numbers) {
                            // Under the window the weight takes the lower half of the cell.
                            boolean covered = windowWeights != null && window.contains(new Cell(windowMap, r, c));
                            g.setFill(fill.getBrightness() < 0.55 ? Color.WHITE : Color.BLACK);
                            g.fillText(format(v), x + cell / 2, y + cell * (covered ? 0.3 : 0.5));
                        }
                    }
                }
            }
        }
        // Grid lines as whole rows and columns: a few dozen strokes instead of one per cell,
        // which keeps a 34×34 grid cheap to redraw at every step.
        g.setStroke(RULE);
        g.setLineWidth(0.6);
        double right = (cols + 2 * pad) * cell, bottom = (rows + 2 * pad) * cell;
        for (int i = 0; i <= rows + 2 * pad; i++) {
            g.strokeLine(0, i * cell + 0.3, right, i * cell + 0.3);
        }
        for (int i = 0; i <= cols + 2 * pad; i++) {
            g.strokeLine(i * cell + 0.3, 0, i * cell + 0.3, bottom);
        }
        drawWindow(g);
        for (Cell m : marks) {
            frame(g, m.row(), m.col(), 1, 1, Color.BLACK, Color.WHITE, true);
        }
        if (emphasis != null) {
            frame(g, emphasis.row(), emphasis.col(), 1, 1, Color.BLACK, Color.web("#ffd400"), false);
        }
    }

    private void drawWindow(GraphicsContext g) {
        if (window.isEmpty()) {
            return;
        }
        int top = Integer.MAX_VALUE, left = Integer.MAX_VALUE, bottom = Integer.MIN_VALUE, right = Integer.MIN_VALUE;
        for (Cell c : window) {
            top = Math.min(top, c.row());
            left = Math.min(left, c.col());
            bottom = Math.max(bottom, c.row());
            right = Math.max(right, c.col());
        }
        int h = bottom - top + 1, w = right - left + 1;
        if (window.size() < h * w) {
            // Dilated: the covered cells are spread out, so each gets its own frame as well.
            for (Cell c : window) {
                frame(g, c.row(), c.col(), 1, 1, null, HeatmapView.FIELD, false);
            }
        }
        frame(g, top, left, h, w, Color.web("#300000"), HeatmapView.FIELD, false);
        if (windowWeights != null && cell >= 30) {
            g.setFont(Font.font("System", FontWeight.BOLD, Math.min(16, cell * 0.32)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            for (int i = 0; i < windowOrder.size(); i++) {
                Cell c = windowOrder.get(i);
                double x = (c.col() + pad) * cell, y = (c.row() + pad) * cell;
                g.setFill(Color.WHITE);
                g.fillRect(x + 3, y + cell * 0.55, cell - 6, cell * 0.4);
                g.setFill(Color.web("#a00000"));
                g.fillText("×" + format(windowWeights[i]), x + cell / 2, y + cell * 0.75);
            }
        }
    }

    /** A frame of {@code h}×{@code w} cells: a halo colour under a main colour, optionally dashed. */
    private void frame(GraphicsContext g, int row, int col, int h, int w, Color halo, Color main, boolean dashed) {
        double x = (col + pad) * cell, y = (row + pad) * cell;
        double line = Math.min(3.5, Math.max(2, cell * 0.1)), inset = line * 0.6;   // thin frames on small cells
        if (halo != null) {
            g.setStroke(halo);
            g.setLineWidth(line * 1.8);
            g.setLineDashes();
            g.strokeRect(x + inset, y + inset, w * cell - 2 * inset, h * cell - 2 * inset);
        }
        g.setStroke(main);
        g.setLineWidth(line);
        g.setLineDashes(dashed ? new double[] {5, 4} : null);
        g.strokeRect(x + inset, y + inset, w * cell - 2 * inset, h * cell - 2 * inset);
        g.setLineDashes();
    }

    private void fire(CellHandler h, MouseEvent e) {
        if (h == null) {
            return;
        }
        int c = (int) Math.floor(e.getX() / cell) - pad, r = (int) Math.floor(e.getY() / cell) - pad;
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length;
        if (r >= -pad && r < rows + pad && c >= -pad && c < cols + pad) {
            h.on(r, c, e);
        }
    }

    static boolean primary(MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY || e.isPrimaryButtonDown();
    }

    /** The largest magnitude among the numbers (NaN, not yet computed, skipped), or 1 for all zeros: the colour scale's end. */
    static double magnitude(float[][][] g) {
        double m = 0;
        for (float[][] plane : g) {
            for (float[] row : plane) {
                for (float v : row) {
                    if (!Float.isNaN(v)) {
                        m = Math.max(m, Math.abs(v));
                    }
                }
            }
        }
        return m == 0 ? 1 : m;
    }

    /** Short enough for a cell: 1, −0.5, 0.25, 12.3. */
    static String format(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1000) {
            return Integer.toString((int) v).replace('-', '−');
        }
        String s = Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.replace('-', '−');
    }
}
