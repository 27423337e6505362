package org.receptive.data;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The path a pen took, as one-pixel-wide lines on a square grid (true = the pen passed there):
 * an MNIST digit thinned to its skeleton, to which strokes can be added or from which parts can
 * be erased before {@link DrawnDigits} draws it with a round brush. Coordinates are (x right,
 * y down) in grid cells.
 */
public final class PenPath {

    /** Side of the grid: MNIST at twice its resolution. */
    public static final int SIDE = 2 * 28;
    /** Up, down, left and right: the steps background takes to reach the border. */
    private static final int[][] STEPS = {{0, 1}, {0, -1}, {1, 0}, {-1, 0}};

    private final boolean[] on;   // (SIDE, SIDE)

    private PenPath(boolean[] on) {
        this.on = on;
    }

    /** An empty grid. */
    public static PenPath empty() {
        return new PenPath(new boolean[SIDE * SIDE]);
    }

    /** The path on these cells (row-major, SIDE×SIDE), kept rather than copied. */
    static PenPath ofCells(boolean[] on) {
        return new PenPath(on);
    }

    /**
     * The pen path of a 28×28 MNIST digit (0..1) of class {@code digit}: its ink thinned to a
     * skeleton, drawn round filled-in blobs and, for a digit with loops, round loops filled in
     * ({@link InkSkeleton}). A {@code digit} of -1 (class not known) expects no loops.
     */
    public static PenPath of(float[] mnist, int digit) {
        return InkSkeleton.of(mnist, digit);
    }

    /** This path without its pieces of fewer than {@code cells} cells. */
    PenPath withoutPiecesBelow(int cells) {
        boolean[] keep = new boolean[on.length];
        for (List<Integer> piece : pieceCells()) {
            if (piece.size() >= cells) {
                for (int c : piece) {
                    keep[c] = true;
                }
            }
        }
        return new PenPath(keep);
    }

    /** The cells of the path's largest piece, if it has at least {@code cells} cells; else null. */
    boolean[] largestPiece(int cells) {
        List<Integer> largest = List.of();
        for (List<Integer> piece : pieceCells()) {
            largest = piece.size() > largest.size() ? piece : largest;
        }
        if (largest.size() < cells) {
            return null;
        }
        boolean[] out = new boolean[on.length];
        for (int c : largest) {
            out[c] = true;
        }
        return out;
    }

    /** The number of cells in each piece of the path. */
    List<Integer> pieceSizes() {
        return pieceCells().stream().map(List::size).toList();
    }

    /** How many separate pieces the path is in (cells joined to any of their eight neighbours). */
    public int pieces() {
        return pieceCells().size();
    }

    /** The cells of each piece of the path (cells joined to any of their eight neighbours). */
    private List<List<Integer>> pieceCells() {
        boolean[] seen = new boolean[on.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        List<List<Integer>> pieces = new ArrayList<>();
        for (int start = 0; start < on.length; start++) {
            if (!on[start] || seen[start]) {
                continue;
            }
            List<Integer> piece = new ArrayList<>();
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int c = queue.poll(), y = c / SIDE, x = c % SIDE;
                piece.add(c);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int ny = y + dy, nx = x + dx, n = ny * SIDE + nx;
                        if (ny >= 0 && nx >= 0 && ny < SIDE && nx < SIDE && on[n] && !seen[n]) {
                            seen[n] = true;
                            queue.add(n);
                        }
                    }
                }
            }
            pieces.add(piece);
        }
        return pieces;
    }

    /** An independent copy, to change without touching this one. */
    public PenPath copy() {
        return new PenPath(on.clone());
    }

    public boolean at(int x, int y) {
        return x >= 0 && y >= 0 && x < SIDE && y < SIDE && on[y * SIDE + x];
    }

    public void set(int x, int y, boolean value) {
        if (x >= 0 && y >= 0 && x < SIDE && y < SIDE) {
            on[y * SIDE + x] = value;
        }
    }

    /** How many cells the pen passed through. */
    public int length() {
        int n = 0;
        for (boolean b : on) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** The smallest box holding the path (inclusive edges), or null when it is empty. */
    public Box box() {
        int top = SIDE, bottom = -1, left = SIDE, right = -1;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if (on[y * SIDE + x]) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return bottom < 0 ? null : new Box(top, left, bottom, right);
    }

    /** Inclusive bounds of a path, in grid cells. */
    public record Box(int top, int left, int bottom, int right) {
        public int height() {
            return bottom - top;
        }

        public int width() {
            return right - left;
        }
    }

    /**
     * A straight stroke from (x0, y0) to (x1, y1), rounded to cells (Bresenham): its cells are
     * 8-connected, so the brush draws it as one unbroken line. Parts off the grid are dropped.
     */
    public void line(double x0, double y0, double x1, double y1) {
        int ax = (int) Math.round(x0), ay = (int) Math.round(y0), bx = (int) Math.round(x1), by = (int) Math.round(y1);
        int dx = Math.abs(bx - ax), dy = -Math.abs(by - ay), sx = ax < bx ? 1 : -1, sy = ay < by ? 1 : -1;
        int err = dx + dy;
        while (true) {
            set(ax, ay, true);
            if (ax == bx && ay == by) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                ax += sx;
            }
            if (e2 <= dx) {
                err += dx;
                ay += sy;
            }
        }
    }

    /** A polyline through {@code xy} = x0, y0, x1, y1, … */
    public void polyline(double... xy) {
        for (int i = 2; i + 1 < xy.length; i += 2) {
            line(xy[i - 2], xy[i - 1], xy[i], xy[i + 1]);
        }
    }

    /**
     * The cells enclosed by the path: background that cannot reach the grid's border moving
     * up, down, left or right (a diagonal step of the path closes a loop, as it does for the
     * brush). True where a loop's inside is.
     */
    public boolean[] enclosed() {
        boolean[] outside = new boolean[SIDE * SIDE];
        int[] queue = new int[SIDE * SIDE];     // each cell joins at most once: a plain array, no boxing
        int head = 0, tail = 0;
        for (int i = 0; i < SIDE; i++) {
            for (int cell : new int[] {i, (SIDE - 1) * SIDE + i, i * SIDE, i * SIDE + SIDE - 1}) {
                if (!on[cell] && !outside[cell]) {
                    outside[cell] = true;
                    queue[tail++] = cell;
                }
            }
        }
        while (head < tail) {
            int c = queue[head++], y = c / SIDE, x = c % SIDE;
            for (int[] s : STEPS) {
                int ny = y + s[0], nx = x + s[1], n = ny * SIDE + nx;
                if (ny >= 0 && nx >= 0 && ny < SIDE && nx < SIDE && !on[n] && !outside[n]) {
                    outside[n] = true;
                    queue[tail++] = n;
                }
            }
        }
        boolean[] inside = new boolean[SIDE * SIDE];
        for (int i = 0; i < inside.length; i++) {
            inside[i] = !on[i] && !outside[i];
        }
        return inside;
    }

    /** Whether any cell of {@code other} is on this path or next to it. */
    public boolean touches(PenPath other) {
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if (other.at(x, y) && (at(x, y) || at(x - 1, y) || at(x + 1, y) || at(x, y - 1) || at(x, y + 1)
                        || at(x - 1, y - 1) || at(x + 1, y - 1) || at(x - 1, y + 1) || at(x + 1, y + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds every cell of {@code other} to this path. */
    public void add(PenPath other) {
        for (int i = 0; i < on.length; i++) {
            on[i] |= other.on[i];
        }
    }

    /** The path moved by (dx, dy) cells; what leaves the grid is lost. */
    public PenPath shifted(int dx, int dy) {
        PenPath out = empty();
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if (on[y * SIDE + x]) {
                    out.set(x + dx, y + dy, true);
                }
            }
        }
        return out;
    }

    /** The cells of the path, as a copy (row-major, SIDE×SIDE). */
    public boolean[] cells() {
        return on.clone();
    }
}
