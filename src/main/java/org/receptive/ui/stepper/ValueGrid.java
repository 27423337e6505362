package org.receptive.ui.stepper;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;

/**
 * One grid of the stepper, drawing a {@link GridPicture}: numbers as coloured cells (blue below
 * zero, white at zero, red above) with the values written in when the cells are big enough to
 * read, the padding ring hatched grey, cells not computed yet in a flat darker grey (never the
 * white of a computed 0), and overlays: the kernel's window (a thick red frame with a dark halo,
 * so it never blends into the red of positive cells), the weight over each covered cell, marked
 * cells (a thin black-and-white frame, or a dot in a small cell) and one emphasised cell (yellow).
 */
public final class ValueGrid extends Canvas {

    /** Receives a cell under the pointer (data coordinates). */
    public interface CellHandler {
        void on(int row, int col, MouseEvent e);
    }

    /** A cell the sweep has not reached yet. */
    public static final Color NOT_COMPUTED = Color.web("#b4bac2");

    private GridPicture picture = GridPicture.of(new float[0][0], 0, "");
    private double cell = 40;
    private CellHandler onPress, onDrag, onHover;
    private Runnable onExit;
    private WritableImage hatchTile;
    private boolean drawn;
    private int drawnKey;
    private final DrawnWhenSeen drawing = new DrawnWhenSeen(this, this::redraw);

    public ValueGrid() {
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);   // read out through its accessible text
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> fire(onPress, e));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> fire(onDrag, e));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> fire(onHover, e));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (onExit != null) {
                onExit.run();
            }
        });
    }

    public void setOnPress(CellHandler h) { onPress = h; }
    public void setOnDrag(CellHandler h) { onDrag = h; }
    public void setOnHover(CellHandler h, Runnable exit) { onHover = h; onExit = exit; }

    /** The size of a cell in pixels; the grid sizes itself to the picture. */
    public void setCellSize(double px) {
        cell = px;
        resize();
    }

    public double cellSize() { return cell; }

    /** Shows {@code p} (not copied: a view-model hands over fresh arrays) and redraws if anything changed. */
    public void show(GridPicture p) {
        picture = p;
        setAccessibleText(p.description());
        resize();
        drawing.request();
    }

    public GridPicture picture() { return picture; }

    /** The covered cells being drawn, for tests. */
    Set<Cell> windowCells() { return Set.copyOf(picture.window()); }

    Set<Cell> marks() { return picture.marks(); }

    float value(int row, int col) { return picture.values()[row][col]; }

    /** True while out of sight with a drawing waiting (tests). */
    boolean drawingWaits() { return drawing.waiting(); }

    /** Centre of data cell (row, col) in this node's coordinates. */
    public Point2D centre(int row, int col) {
        return new Point2D((col + picture.padding() + 0.5) * cell, (row + picture.padding() + 0.5) * cell);
    }

    private int rows() { return picture.values().length; }
    private int cols() { return rows() == 0 ? 0 : picture.values()[0].length; }

    private void resize() {
        int pad = picture.padding();
        setWidth(Math.ceil((cols() + 2 * pad) * cell) + 1);
        setHeight(Math.ceil((rows() + 2 * pad) * cell) + 1);
    }

    private void redraw() {
        // Most grids do not change at a step (only the map being written and the window's grid
        // do); redrawing them anyway would cost the software renderer whole frames.
        GridPicture p = picture;
        int key = java.util.Objects.hash(java.util.Arrays.deepHashCode(p.values()), p.padding(), cell, p.magnitude(), p.window(),
                p.marks(), p.emphasis(), java.util.Arrays.hashCode(p.windowWeights()), getWidth(), getHeight());
        if (drawn && key == drawnKey) {
            return;
        }
        drawn = true;
        drawnKey = key;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        int rows = rows(), cols = cols(), pad = p.padding();
        GridPainter.fills(g, p, cell);
        boolean numbers = cell >= 24;   // below that a number no longer reads on a projector
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double font = Math.min(18, Math.max(10, cell * 0.38));
        g.setFont(Font.font("System", FontWeight.NORMAL, font));
        hatchTile = GridPainter.hatch(g, hatchTile, rows, cols, pad, cell);
        Set<Cell> covered = p.windowWeights() != null ? Set.copyOf(p.window()) : Set.of();
        int windowMap = p.window().isEmpty() ? 0 : p.window().get(0).map();
        for (int r = -pad; r < rows + pad; r++) {
            for (int c = -pad; c < cols + pad; c++) {
                double x = (c + pad) * cell, y = (r + pad) * cell;
                boolean padding = r < 0 || c < 0 || r >= rows || c >= cols;
                if (padding) {
                    if (numbers) {
                        g.setFill(Color.web("#6b7480"));
                        g.fillText("0", x + cell / 2, y + cell / 2);
                    }
                } else if (numbers && !Float.isNaN(p.values()[r][c])) {
                    float v = p.values()[r][c];
                    // Under the window the weight takes the lower half of the cell.
                    boolean under = covered.contains(new Cell(windowMap, r, c));
                    g.setFill(ColorMap.DIVERGING.of(v, -p.magnitude(), p.magnitude()).getBrightness() < 0.55 ? Color.WHITE : Color.BLACK);
                    String text = StepperText.cellNumber(v);
                    if (text.length() > 4) {   // "−12.4" would spill over the cell: a smaller font for long numbers
                        g.setFont(Font.font("System", FontWeight.NORMAL, Math.max(8, font * 4 / text.length())));
                    }
                    g.fillText(text, x + cell / 2, y + cell * (under ? 0.3 : 0.5));
                    if (text.length() > 4) {
                        g.setFont(Font.font("System", FontWeight.NORMAL, font));
                    }
                }
            }
        }
        GridPainter.gridLines(g, rows, cols, pad, cell);
        drawWindow(g, p);
        for (Cell m : p.marks()) {
            GridPainter.mark(g, p.padding(), cell, m.row(), m.col());
        }
        if (p.emphasis() != null) {
            GridPainter.frame(g, p.padding(), cell, p.emphasis().row(), p.emphasis().col(), 1, 1, Color.BLACK, Color.web("#ffd400"));
        }
    }

    private void drawWindow(GraphicsContext g, GridPicture p) {
        List<Cell> window = p.window();
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
                GridPainter.frame(g, p.padding(), cell, c.row(), c.col(), 1, 1, null, HeatmapView.FIELD);
            }
        }
        GridPainter.frame(g, p.padding(), cell, top, left, h, w, Color.web("#300000"), HeatmapView.FIELD);
        if (p.windowWeights() != null && cell >= 30) {
            g.setFont(Font.font("System", FontWeight.BOLD, Math.min(16, cell * 0.32)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            for (int i = 0; i < window.size(); i++) {
                Cell c = window.get(i);
                double x = (c.col() + p.padding()) * cell, y = (c.row() + p.padding()) * cell;
                g.setFill(Color.WHITE);
                g.fillRect(x + 3, y + cell * 0.55, cell - 6, cell * 0.4);
                g.setFill(Color.web("#a00000"));
                g.fillText("×" + StepperText.cellNumber(p.windowWeights()[i]), x + cell / 2, y + cell * 0.75);
            }
        }
    }

    private void fire(CellHandler h, MouseEvent e) {
        if (h == null) {
            return;
        }
        int pad = picture.padding();
        int c = (int) Math.floor(e.getX() / cell) - pad, r = (int) Math.floor(e.getY() / cell) - pad;
        if (r >= -pad && r < rows() + pad && c >= -pad && c < cols() + pad) {
            h.on(r, c, e);
        }
    }
}
