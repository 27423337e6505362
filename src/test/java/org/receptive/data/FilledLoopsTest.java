package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * MNIST digits with a loop filled in with ink are re-drawn with the loop a person drew, and faint
 * strokes in one piece; others as before.
 */
class FilledLoopsTest {

    /** The first 300 test digits whose pen path goes round a loop filled in: 8s and a 6 (#161). */
    private static final List<Integer> CHANGED = List.of(161, 181, 184, 226, 242, 257, 266, 277, 290);

    /** The first 300 test digits drawn so lightly that their ink is traced at a quarter grey. */
    private static final List<Integer> FAINT = List.of(59, 140, 155, 175, 176, 202, 245);

    /**
     * The other 284 first test digits' pen paths, hashed, as the code before loops filled in and
     * faint strokes were traced (7a6e667's {@code PenPath.of}) made them.
     */
    private static final long UNCHANGED_HASH = -4207149159652143051L;

    @Test
    void eightsWithALoopFilledInAreDrawnWithTwoLoops() {
        Dataset test = Mnist.test();
        for (int i : new int[] {242, 435, 947}) {
            assertEquals(8, test.label(i));
            assertTrue(holes(test.image(i), 28) <= 1, "MNIST #" + i + " has " + holes(test.image(i), 28) + " holes");
            float[] drawn = DrawnDigits.render(test.image(i), 8, DrawnDigits.Variant.TYPICAL, new SplittableRandom(i));
            assertEquals(2, holes(drawn, DrawnDigits.SIZE), "drawn #" + i);
        }
    }

    @Test
    void aLoopFilledInGainsItsHole() {
        Dataset test = Mnist.test();
        for (int i : new int[] {693, 1530, 1045}) {     // two 8s with the top open, a 9 whose loop is a blob
            float[] unknown = DrawnDigits.render(test.image(i), -1, DrawnDigits.Variant.TYPICAL, new SplittableRandom(i));
            float[] drawn = DrawnDigits.render(test.image(i), test.label(i), DrawnDigits.Variant.TYPICAL, new SplittableRandom(i));
            assertEquals(holes(unknown, DrawnDigits.SIZE) + 1, holes(drawn, DrawnDigits.SIZE), "drawn #" + i);
        }
    }

    @Test
    void aLightlyDrawnLoopIsDrawnInOnePiece() {
        Dataset test = Mnist.test();
        float[] drawn = DrawnDigits.render(test.image(882), 9, DrawnDigits.Variant.TYPICAL, new SplittableRandom(882));
        assertEquals(1, pieces(drawn, DrawnDigits.SIZE), "test 9 #882, whose loop is faint");
    }

    @Test
    void digitsWithoutALoopFilledInAreTracedAsBefore() {
        Dataset test = Mnist.test();
        List<Integer> changed = new ArrayList<>();
        long hash = 1;
        for (int i = 0; i < 300; i++) {
            boolean[] path = PenPath.of(test.image(i), test.label(i)).cells();
            if (!Arrays.equals(path, PenPath.of(test.image(i), -1).cells())) {
                changed.add(i);
            } else if (!FAINT.contains(i)) {
                hash = hash * 31 + Arrays.hashCode(path);
            }
        }
        assertEquals(CHANGED, changed);
        assertEquals(UNCHANGED_HASH, hash);
    }

    /** Pieces of ink (above half), cells joined to any of their eight neighbours. */
    static int pieces(float[] image, int side) {
        boolean[] seen = new boolean[image.length];
        int pieces = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < image.length; start++) {
            if (image[start] <= 0.5f || seen[start]) {
                continue;
            }
            pieces++;
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int c = queue.poll(), y = c / side, x = c % side;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int ny = y + dy, nx = x + dx, n = ny * side + nx;
                        if (ny >= 0 && nx >= 0 && ny < side && nx < side && image[n] > 0.5f && !seen[n]) {
                            seen[n] = true;
                            queue.add(n);
                        }
                    }
                }
            }
        }
        return pieces;
    }

    /** Background regions (ink below half) that do not reach the border, stepping up, down, left or right. */
    static int holes(float[] image, int side) {
        int[] region = new int[image.length];
        int regions = 0, holes = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < image.length; start++) {
            if (image[start] > 0.5f || region[start] != 0) {
                continue;
            }
            region[start] = ++regions;
            queue.add(start);
            boolean border = false;
            while (!queue.isEmpty()) {
                int c = queue.poll(), y = c / side, x = c % side;
                border |= x == 0 || y == 0 || x == side - 1 || y == side - 1;
                int[][] steps = {{0, 1}, {0, -1}, {1, 0}, {-1, 0}};
                for (int[] s : steps) {
                    int ny = y + s[0], nx = x + s[1], n = ny * side + nx;
                    if (ny >= 0 && nx >= 0 && ny < side && nx < side && image[n] <= 0.5f && region[n] == 0) {
                        region[n] = regions;
                        queue.add(n);
                    }
                }
            }
            holes += border ? 0 : 1;
        }
        return holes;
    }
}
