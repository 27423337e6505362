package org.receptive.data;

import java.util.Arrays;

/**
 * The path a pen took through a scanned digit's ink: the ink thinned to its skeleton, drawn round
 * the blobs a writer or a scanner filled in. {@link PenPath#of} is its public door.
 */
final class InkSkeleton {

    private static final int SIDE = PenPath.SIDE;

    /** Cells in a blob's inside, at least, for it to be drawn round. */
    private static final int BLOB = 6;

    private InkSkeleton() {
    }

    /**
     * The pen path of a 28×28 MNIST digit (0..1). It is thinned at twice the resolution and a
     * mid-grey threshold, so the small holes of 6, 8, 9 and 0 stay open; thinning at 28×28 fills
     * them and turns loops into hooks no person would draw.
     */
    static PenPath of(float[] mnist) {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                ink[y * SIDE + x] = Bilinear.sample(mnist, 28, 28, (y - 0.5) / 2.0, (x - 0.5) / 2.0) > 0.5f;
            }
        }
        boolean[] path = Skeleton.thin(ink.clone(), SIDE, SIDE);
        // A blob (a loop the writer or the scanner filled in, as in some MNIST 9s and 8s) thins to a
        // line, and the digit is lost; a pen draws round it instead. Where the ink is more than
        // twice as deep as the strokes' half-width, its inside is cut out so the path goes round.
        int[] depth = depth(ink);
        int[] along = new int[SIDE * SIDE];
        int n = 0;
        for (int i = 0; i < path.length; i++) {
            if (path[i]) {
                along[n++] = depth[i];
            }
        }
        if (n == 0) {
            return PenPath.ofCells(path);
        }
        Arrays.sort(along, 0, n);
        int halfWidth = along[n / 2], deep = Math.max(2 * halfWidth, halfWidth + 6);
        boolean[] core = new boolean[SIDE * SIDE];
        for (int i = 0; i < ink.length; i++) {
            core[i] = depth[i] > deep;
        }
        // Only a real blob: a thick corner or crossing of strokes has a deep cell or two, and a
        // hole cut there would be a loop the writer never drew.
        boolean[] blobs = PenPath.ofCells(core).withoutPiecesBelow(BLOB).cells();
        boolean any = false;
        for (int i = 0; i < ink.length; i++) {
            any |= blobs[i];
            ink[i] &= !blobs[i];
        }
        return any ? PenPath.ofCells(Skeleton.thin(ink, SIDE, SIDE)) : PenPath.ofCells(path);
    }

    /**
     * Each ink cell's distance to the nearest background cell, in thirds of a cell (the 3-4
     * chamfer distance, within 8% of the straight-line distance; a city-block distance would make
     * every diagonal stroke look 40% deeper than it is); 0 off the ink.
     */
    private static int[] depth(boolean[] ink) {
        int[] d = new int[SIDE * SIDE];
        for (int i = 0; i < d.length; i++) {
            d[i] = ink[i] ? 3 * 2 * SIDE : 0;
        }
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int i = y * SIDE + x;
                if (ink[i]) {
                    d[i] = Math.min(d[i], Math.min(Math.min(at(d, x - 1, y) + 3, at(d, x, y - 1) + 3),
                            Math.min(at(d, x - 1, y - 1) + 4, at(d, x + 1, y - 1) + 4)));
                }
            }
        }
        for (int y = SIDE - 1; y >= 0; y--) {
            for (int x = SIDE - 1; x >= 0; x--) {
                int i = y * SIDE + x;
                if (ink[i]) {
                    d[i] = Math.min(d[i], Math.min(Math.min(at(d, x + 1, y) + 3, at(d, x, y + 1) + 3),
                            Math.min(at(d, x + 1, y + 1) + 4, at(d, x - 1, y + 1) + 4)));
                }
            }
        }
        return d;
    }

    /** d at (x, y), 0 (background) off the grid. */
    private static int at(int[] d, int x, int y) {
        return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0 : d[y * SIDE + x];
    }
}
