package org.receptive.data;

import java.util.ArrayDeque;

/**
 * Measurements on a pen path that the digit styles need: where a stroke runs, where a loop is,
 * how far a line goes before it meets ink. Coordinates are grid cells (x right, y down).
 */
final class StrokeGeometry {

    private StrokeGeometry() {
    }

    /** A stroke's line x = a + b·y, fitted to the middle of each row's ink. */
    record Line(double a, double b) {
        double x(double y) {
            return a + b * y;
        }

        /** Unit vector along the line, pointing down. */
        double[] direction() {
            double n = Math.hypot(b, 1);
            return new double[] {b / n, 1 / n};
        }
    }

    /**
     * The least-squares line through the middle of each row in [fromY, toY] that the path
     * crosses once (a row where another stroke also passes says nothing about this one), or
     * null with fewer than 3 such rows.
     */
    static Line stem(PenPath path, double fromY, double toY) {
        double sy = 0, sx = 0, syy = 0, sxy = 0;
        int n = 0;
        for (int y = (int) Math.ceil(fromY); y <= toY; y++) {
            Double x = runs(path, y) == 1 ? middleOfRow(path, y, 0) : null;
            if (x != null) {
                sy += y;
                sx += x;
                syy += (double) y * y;
                sxy += x * y;
                n++;
            }
        }
        if (n < 3) {
            return null;
        }
        double denominator = n * syy - sy * sy;
        double b = denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
        return new Line((sx - b * sy) / n, b);
    }

    /** How many separate runs of ink row y has. */
    static int runs(PenPath path, int y) {
        int runs = 0;
        for (int x = 0; x < PenPath.SIDE; x++) {
            if (path.at(x, y) && !path.at(x - 1, y)) {
                runs++;
            }
        }
        return runs;
    }

    /** Mean x of the ink in row y, or in the nearest inked row up to {@code search} rows away; null if none. */
    static Double middleOfRow(PenPath path, int y, int search) {
        for (int d = 0; d <= search; d++) {
            for (int row : new int[] {y + d, y - d}) {
                double sum = 0;
                int n = 0;
                for (int x = 0; x < PenPath.SIDE; x++) {
                    if (path.at(x, row)) {
                        sum += x;
                        n++;
                    }
                }
                if (n > 0) {
                    return sum / n;
                }
            }
        }
        return null;
    }

    /** The cells of {@code path} within {@code distance} cells (across the rows) of {@code line}. */
    static PenPath near(PenPath path, Line line, double distance) {
        PenPath out = PenPath.empty();
        for (int y = 0; y < PenPath.SIDE; y++) {
            for (int x = 0; x < PenPath.SIDE; x++) {
                if (path.at(x, y) && Math.abs(x - line.x(y)) <= distance) {
                    out.set(x, y, true);
                }
            }
        }
        return out;
    }

    /**
     * The largest loop of the path: its enclosed cells joined up, down, left and right, or null
     * when the path encloses nothing.
     */
    static boolean[] largestLoop(PenPath path) {
        boolean[] inside = path.enclosed();
        boolean[] best = null, seen = new boolean[inside.length];
        int bestSize = 0, side = PenPath.SIDE;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < inside.length; start++) {
            if (!inside[start] || seen[start]) {
                continue;
            }
            boolean[] part = new boolean[inside.length];
            int size = 0;
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int c = queue.poll();
                part[c] = true;
                size++;
                int y = c / side, x = c % side;
                int[] around = {x > 0 ? c - 1 : -1, x < side - 1 ? c + 1 : -1, y > 0 ? c - side : -1, y < side - 1 ? c + side : -1};
                for (int n : around) {
                    if (n >= 0 && inside[n] && !seen[n]) {
                        seen[n] = true;
                        queue.add(n);
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = part;
            }
        }
        return best;
    }

    /** The centre of the largest loop when it has at least 8 cells, else of the box: {x, y}. */
    static double[] loopCentre(PenPath path, PenPath.Box box) {
        boolean[] loop = largestLoop(path);
        double sx = 0, sy = 0;
        int n = 0;
        for (int i = 0; loop != null && i < loop.length; i++) {
            if (loop[i]) {
                sx += i % PenPath.SIDE;
                sy += i / PenPath.SIDE;
                n++;
            }
        }
        return n >= 8 ? new double[] {sx / n, sy / n}
                : new double[] {(box.left() + box.right()) / 2.0, (box.top() + box.bottom()) / 2.0};
    }

    /**
     * How far from {@code from} along (dx, dy) the first ink is, or the edge of the box when no
     * ink is met (an open loop).
     */
    static double reach(PenPath path, PenPath.Box box, double[] from, double dx, double dy) {
        for (double t = 0.5; ; t += 0.5) {
            double x = from[0] + t * dx, y = from[1] + t * dy;
            if (x < box.left() || x > box.right() || y < box.top() || y > box.bottom()) {
                return t;
            }
            if (path.at((int) Math.round(x), (int) Math.round(y))) {
                return t;
            }
        }
    }
}
