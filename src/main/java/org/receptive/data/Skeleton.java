package org.receptive.data;

/**
 * Zhang–Suen thinning ("A fast parallel algorithm for thinning digital patterns", CACM 1984):
 * peels a binary shape down to one-pixel-wide lines, the pen's path.
 */
final class Skeleton {

    private Skeleton() {
    }

    /** Thins {@code on} (rows×cols, true = ink) in place and returns it. */
    static boolean[] thin(boolean[] on, int rows, int cols) {
        boolean changed = true;
        java.util.List<Integer> remove = new java.util.ArrayList<>();
        while (changed) {
            changed = false;
            for (int pass = 0; pass < 2; pass++) {
                remove.clear();
                for (int y = 1; y < rows - 1; y++) {
                    for (int x = 1; x < cols - 1; x++) {
                        if (on[y * cols + x] && removable(on, cols, y, x, pass)) {
                            remove.add(y * cols + x);
                        }
                    }
                }
                for (int i : remove) {
                    on[i] = false;
                }
                changed |= !remove.isEmpty();
            }
        }
        return on;
    }

    private static boolean removable(boolean[] on, int cols, int y, int x, int pass) {
        // Neighbours P2..P9 clockwise from north.
        boolean[] p = {
            on[(y - 1) * cols + x], on[(y - 1) * cols + x + 1], on[y * cols + x + 1], on[(y + 1) * cols + x + 1],
            on[(y + 1) * cols + x], on[(y + 1) * cols + x - 1], on[y * cols + x - 1], on[(y - 1) * cols + x - 1]
        };
        int count = 0, transitions = 0;
        for (int i = 0; i < 8; i++) {
            if (p[i]) {
                count++;
            }
            if (!p[i] && p[(i + 1) % 8]) {
                transitions++;
            }
        }
        if (count < 2 || count > 6 || transitions != 1) {
            return false;
        }
        boolean n = p[0], e = p[2], s = p[4], w = p[6];
        return pass == 0 ? !(n && e && s) && !(e && s && w) : !(n && e && w) && !(n && s && w);
    }
}
