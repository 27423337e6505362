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

    /** Cells in the thick part of a loop filled in, at least, for the pen to go round it. */
    private static final int FILLED_LOOP = 20;

    /** Depth of a loop filled in, at least, in thirds of a cell (4 cells: 2 MNIST pixels). */
    private static final int BLOB_DEPTH = 12;

    /** Cells inside a loop of the path, at least, for the loop to stay open when drawn. */
    private static final int OPEN_LOOP = 12;

    private InkSkeleton() {
    }

    /**
     * The pen path of a 28×28 MNIST digit (0..1). It is thinned at twice the resolution and a
     * mid-grey threshold, so the small holes of 6, 8, 9 and 0 stay open; thinning at 28×28 fills
     * them and turns loops into hooks no person would draw.
     */
    static PenPath of(float[] mnist, int digit) {
        boolean[] ink = ink(mnist, 0.5f);
        // A stroke drawn lightly (the loop of test 9 #882) falls apart at mid-grey into dots that
        // the brush then draws as dots; a pen drew it in one go, so such ink is traced at a
        // quarter grey, where it holds together.
        boolean[] faint = ink(mnist, 0.25f);
        if (PenPath.ofCells(ink).pieces() > PenPath.ofCells(faint).pieces()) {
            ink = faint;
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
        boolean[] traced = any ? Skeleton.thin(ink.clone(), SIDE, SIDE) : path;
        return PenPath.ofCells(roundFilledLoops(ink, traced, depth, along, n, digit));
    }

    /**
     * A loop filled in with ink is not always a blob twice as deep as the strokes: in many MNIST 8s
     * a loop was squeezed shut by a thick pen, and the ink there is only 1.5 to 2 times as deep as
     * the strokes. Depth alone cannot tell that from a heavy corner of a 2 or a 7 (a rule on depth
     * alone, at 1.5 times, changed 261 of the first 2,000 test digits), but the digit's class can:
     * a person drawing an 8 draws two loops, a 6 or 9 one (not a 0: a 0 is its loop, and a 0 left
     * open at the top has a heavy bottom, not a loop filled in). While the path has fewer open
     * loops than its class has and the ink has a thick part (deeper than 1.3 times the strokes'
     * half-width, taken from their thinner quarter so the blob itself does not count), the pen goes
     * round the largest such part: it is cut out and the ink thinned again, so the path runs inside
     * the blob's outline. {@code ink} has the blobs already drawn round cut out; {@code along} the
     * depths on the first skeleton, sorted, {@code n} of them.
     */
    private static boolean[] roundFilledLoops(boolean[] ink, boolean[] path, int[] depth, int[] along, int n, int digit) {
        int want = digit == 8 ? 2 : digit == 6 || digit == 9 ? 1 : 0;
        int thick = along[n / 4] * 13 / 10;
        boolean[] traced = path;
        while (loops(traced) < want) {
            boolean[] core = new boolean[SIDE * SIDE];
            for (int i = 0; i < ink.length; i++) {
                core[i] = ink[i] && depth[i] > thick;
            }
            boolean[] thickest = PenPath.ofCells(core).largestPiece(FILLED_LOOP);
            if (thickest == null || !blob(thickest, depth, ink, digit)) {
                break;
            }
            for (int i = 0; i < ink.length; i++) {
                ink[i] &= !thickest[i];
            }
            traced = Skeleton.thin(ink.clone(), SIDE, SIDE);
        }
        return traced;
    }

    /**
     * Whether the thick part can be a loop filled in: at least 4 cells (2 MNIST pixels) deep
     * somewhere (with a thin pen's strokes a cell or two wide, 1.3 times that is no blob), and for
     * a 9 in the top half of the ink, for a 6 in the bottom half (else it is the 9's stem or the
     * 6's top drawn with a heavier hand, and cutting it out draws a slot no one wrote).
     */
    private static boolean blob(boolean[] part, int[] depth, boolean[] ink, int digit) {
        int deepest = 0;
        long partY = 0, partN = 0, inkY = 0, inkN = 0;
        for (int i = 0; i < part.length; i++) {
            if (part[i]) {
                deepest = Math.max(deepest, depth[i]);
                partY += i / SIDE;
                partN++;
            }
            if (ink[i] || part[i]) {
                inkY += i / SIDE;
                inkN++;
            }
        }
        boolean above = partY * inkN < inkY * partN;
        return deepest >= BLOB_DEPTH && (digit == 9 ? above : digit != 6 || !above);
    }

    /** Open loops of a path: enclosed regions large enough to stay open when a brush draws them. */
    private static int loops(boolean[] path) {
        boolean[] inside = PenPath.ofCells(path).enclosed();
        int count = 0;
        for (int piece : PenPath.ofCells(inside).pieceSizes()) {
            count += piece >= OPEN_LOOP ? 1 : 0;
        }
        return count;
    }

    /** The cells of the doubled grid whose grey is above {@code level}. */
    private static boolean[] ink(float[] mnist, float level) {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                ink[y * SIDE + x] = Bilinear.sample(mnist, 28, 28, (y - 0.5) / 2.0, (x - 0.5) / 2.0) > level;
            }
        }
        return ink;
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
