package org.receptive.ui.common;

import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Picking a cell of a grid from the keyboard (a feature map's neurons, a sheet of kernels, the
 * confusion matrix): the grid takes the focus by Tab, shows the focus ring of the theme
 * ({@code .key-grid}), and once it has the focus the arrows move to the neighbouring cell and
 * pick it, as a click would; Enter or Space picks the cell it is on. The cursor starts on the
 * first cell and follows clicks.
 */
public final class GridKeys {

    private final IntSupplier rows, cols;
    private final BiConsumer<Integer, Integer> pick;
    private int row = -1, col = -1;

    private GridKeys(IntSupplier rows, IntSupplier cols, BiConsumer<Integer, Integer> pick) {
        this.rows = rows;
        this.cols = cols;
        this.pick = pick;
    }

    /** Makes {@code grid} focusable and its cells pickable by arrows; returns the cursor, for clicks to move. */
    public static GridKeys attach(Node grid, IntSupplier rows, IntSupplier cols, BiConsumer<Integer, Integer> pick) {
        GridKeys keys = new GridKeys(rows, cols, pick);
        grid.setFocusTraversable(true);
        if (!grid.getStyleClass().contains("key-grid")) {
            grid.getStyleClass().add("key-grid");
        }
        grid.addEventHandler(KeyEvent.KEY_PRESSED, keys::key);
        return keys;
    }

    /** Where a click (or the model) put the cursor. */
    public void moveTo(int r, int c) {
        row = r;
        col = c;
    }

    public int row() {
        return row;
    }

    public int col() {
        return col;
    }

    private void key(KeyEvent e) {
        int rs = rows.getAsInt(), cs = cols.getAsInt();
        if (rs <= 0 || cs <= 0 || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean fresh = row < 0 || col < 0;
        int r = Math.max(0, row), c = Math.max(0, col);
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> c -= fresh ? 0 : 1;
            case RIGHT, KP_RIGHT -> c += fresh ? 0 : 1;
            case UP, KP_UP -> r -= fresh ? 0 : 1;
            case DOWN, KP_DOWN -> r += fresh ? 0 : 1;
            case ENTER, SPACE -> { }
            default -> {
                return;
            }
        }
        r = Math.max(0, Math.min(rs - 1, r));
        c = Math.max(0, Math.min(cs - 1, c));
        moveTo(r, c);
        pick.accept(r, c);
        e.consume();
    }

    /** True for the keys a focused grid keeps for itself: views that use the arrows otherwise let these pass. */
    public static boolean isGridKey(KeyEvent e) {
        KeyCode k = e.getCode();
        return e.getTarget() instanceof Node n && n.getStyleClass().contains("key-grid")
                && (k.isArrowKey() || k == KeyCode.ENTER || k == KeyCode.SPACE);
    }
}
