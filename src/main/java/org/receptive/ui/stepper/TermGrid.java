package org.receptive.ui.stepper;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A k×k grid of short texts laid out like a kernel (the products of one position), drawn on one
 * canvas: at 20 steps a second, a label per product (294 for a 7×7 kernel over three channels,
 * twice) made every step a CSS and layout pass over the whole view. Greyed cells are padding.
 */
public final class TermGrid extends Canvas {

    private static final Font FONT = Font.font("DejaVu Sans Mono", 13);
    /** The width of one character of the monospaced font, measured once. */
    private static double charWidth;
    private static final double ROW = 20, GAP = 12;
    private final String[][] texts;
    private final boolean[][] grey;
    private double columnWidth;
    private final DrawnWhenSeen drawing = new DrawnWhenSeen(this, this::draw);

    public TermGrid(int k) {
        texts = new String[k][k];
        grey = new boolean[k][k];
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
    }

    public void set(int row, int col, String text, boolean greyed) {
        texts[row][col] = text;
        grey[row][col] = greyed;
    }

    /** Sizes the canvas to the widest text and draws every cell (once in sight: {@link DrawnWhenSeen}). */
    public void redraw() {
        int k = texts.length;
        double widest = 0;
        StringBuilder said = new StringBuilder();
        for (String[] row : texts) {
            for (String t : row) {
                if (t != null) {
                    widest = Math.max(widest, t.length());
                    said.append(t).append("; ");
                }
            }
        }
        if (charWidth == 0) {
            Text probe = new Text("0000000000");
            probe.setFont(FONT);
            charWidth = probe.getLayoutBounds().getWidth() / 10;
        }
        columnWidth = Math.ceil(widest * charWidth);   // monospaced: the longest text sets the column
        setWidth(k * (columnWidth + GAP));
        setHeight(k * ROW);
        setAccessibleText(said.toString());
        drawing.request();
    }

    private void draw() {
        int k = texts.length;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                if (texts[y][x] != null) {
                    g.setFill(grey[y][x] ? Color.web("#8a929c") : Color.web("#1f2328"));
                    g.fillText(texts[y][x], x * (columnWidth + GAP), y * ROW + ROW / 2);
                }
            }
        }
    }
}
