package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each style's defining stroke is there, measured on the pen path, and the rest of the digit is
 * the writer's own: on the first MNIST test digits of each style's class.
 */
class DigitStyleTest {

    private static final int DIGITS = 40;

    /** A test digit's pen path and the same path restyled. */
    record Pair(int index, PenPath original, PenPath styled) {
    }

    /** The first DIGITS test digits of the style's class that suit it; most must. */
    static List<Pair> restyled(DigitStyle style) {
        List<Pair> out = new ArrayList<>();
        int tried = 0;
        Dataset test = Mnist.test();
        for (int i = 0; i < test.size() && out.size() < DIGITS; i++) {
            if (test.label(i) != style.digit()) {
                continue;
            }
            tried++;
            PenPath original = PenPath.of(test.image(i), test.label(i));
            PenPath before = original.copy();
            PenPath styled = style.restyle(original, new SplittableRandom(i));
            assertTrue(StraightStroke.within(original, before) && StraightStroke.within(before, original),
                    "restyling changed the path it was given");
            if (styled != null) {
                out.add(new Pair(i, original, styled));
            }
        }
        assertTrue(out.size() >= 0.6 * tried, style + ": only " + out.size() + " of " + tried + " digits suited");
        return out;
    }

    @Test
    void aSlashedZeroKeepsItsRingAndASlashRisingThroughTheLoop() {
        for (Pair p : restyled(DigitStyle.SLASHED_ZERO)) {
            assertTrue(StraightStroke.within(p.original(), p.styled()), "digit " + p.index() + " lost part of its ring");
            StraightStroke slash = StraightStroke.fit(StraightStroke.added(p.original(), p.styled()));
            assertTrue(slash.worst() <= 1.0, "digit " + p.index() + ": the slash is not straight, " + slash);
            assertTrue(slash.risesToTheRight(), "digit " + p.index() + ": the slash does not rise to the right");
            assertEquals(62.5, slash.degreesFromHorizontal(), 20, "digit " + p.index());
            // Through the loop: slash cells inside it, and at least one end out over the ring.
            boolean[] loop = StrokeGeometry.largestLoop(p.original());
            int inside = 0, outside = 0;
            boolean[] enclosed = p.original().enclosed();
            for (int[] c : StraightStroke.added(p.original(), p.styled())) {
                if (loop != null && loop[c[1] * PenPath.SIDE + c[0]]) {
                    inside++;
                } else if (!enclosed[c[1] * PenPath.SIDE + c[0]]) {
                    outside++;
                }
            }
            assertTrue(loop == null || inside >= 5, "digit " + p.index() + ": only " + inside + " slash cells inside the loop");
            assertTrue(outside >= 1, "digit " + p.index() + ": the slash does not cross the ring");
        }
    }

    @Test
    void aContinentalOneIsItsStemWithAShortSteepFlagDownToTheLeftFromTheTopAndMaybeABase() {
        int bases = 0, ones = 0;
        for (Pair p : restyled(DigitStyle.CONTINENTAL_ONE)) {
            ones++;
            PenPath.Box stem = p.original().box();
            double middle = (stem.top() + stem.bottom()) / 2.0;
            // The 1's stroke, without any flag or base the writer drew (the style draws its own).
            PenPath stroke = StrokeGeometry.near(p.original(),
                    StrokeGeometry.stem(p.original(), stem.top() + 0.2 * stem.height(), stem.top() + 0.8 * stem.height()), 2.5);
            List<int[]> flag = new ArrayList<>(), base = new ArrayList<>();
            for (int[] c : StraightStroke.added(stroke, p.styled())) {
                (c[1] < middle ? flag : base).add(c);
            }
            StraightStroke f = StraightStroke.fit(flag);
            assertTrue(f.worst() <= 1.0, "digit " + p.index() + ": the flag is not straight");
            assertTrue(f.risesToTheRight(), "digit " + p.index() + ": the flag does not come down to the left");
            assertTrue(f.length() >= 0.2 * stem.height(), "digit " + p.index() + ": a flag of " + f.length());
            // Not a 7's bar: steep on the page (not only against a leaning stem), and short.
            assertTrue(f.degreesFromHorizontal() >= DigitStyle.MIN_FLAG_DEGREES - 5,
                    "digit " + p.index() + ": a flag " + f.degreesFromHorizontal() + "° from level");
            assertTrue(f.length() <= 0.5 * stem.height(), "digit " + p.index() + ": a flag of " + f.length() + " on " + stem.height());
            int flagTop = flag.stream().mapToInt(c -> c[1]).min().orElseThrow();
            // Its first cells may be the stem's own, where the two meet.
            assertTrue(flagTop <= p.styled().box().top() + 3, "digit " + p.index() + ": the flag does not start at the top");
            if (!base.isEmpty()) {
                bases++;
                StraightStroke b = StraightStroke.fit(base);
                assertTrue(b.worst() <= 1.0 && b.degreesFromHorizontal() < 35, "digit " + p.index() + ": the base " + b);
                assertTrue(base.stream().mapToInt(c -> c[1]).min().orElseThrow() >= p.styled().box().bottom() - 8,
                        "digit " + p.index() + ": the base is not at the bottom");
            }
            // The stem is the writer's: most of the 1's cells are kept.
            int kept = 0, all = 0;
            for (int y = 0; y < PenPath.SIDE; y++) {
                for (int x = 0; x < PenPath.SIDE; x++) {
                    all += p.original().at(x, y) ? 1 : 0;
                    kept += p.original().at(x, y) && p.styled().at(x, y) ? 1 : 0;
                }
            }
            assertTrue(kept >= 0.8 * all, "digit " + p.index() + ": kept " + kept + " of " + all);
        }
        assertTrue(bases > 0.25 * ones && bases < 0.75 * ones, bases + " bases on " + ones + " ones");
    }

    @Test
    void aCrossedSevenHasALevelBarAcrossItsStemHalfWayDown() {
        for (Pair p : restyled(DigitStyle.CROSSED_SEVEN)) {
            assertTrue(StraightStroke.within(p.original(), p.styled()), "digit " + p.index() + " lost part of its 7");
            List<int[]> added = StraightStroke.added(p.original(), p.styled());
            StraightStroke bar = StraightStroke.fit(added);
            PenPath.Box box = p.original().box();
            assertTrue(bar.worst() <= 1.0 && bar.degreesFromHorizontal() <= 15, "digit " + p.index() + ": the bar " + bar);
            assertTrue(bar.length() >= 9, "digit " + p.index() + ": a bar " + bar.length() + " cells long");
            double height = (bar.cy() - box.top()) / box.height();
            assertTrue(height > 0.35 && height < 0.67, "digit " + p.index() + ": the bar is " + height + " of the way down");
            // Across the stem: the 7's own ink near the bar's middle, bar cells on both sides of it.
            int row = (int) Math.round(bar.cy());
            Double stem = StrokeGeometry.middleOfRow(p.original(), row, 2);
            assertTrue(stem != null, "digit " + p.index() + ": no stem where the bar is");
            assertTrue(added.stream().anyMatch(c -> c[0] < stem - 2) && added.stream().anyMatch(c -> c[0] > stem + 2),
                    "digit " + p.index() + ": the bar does not cross the stem at x = " + stem);
        }
    }

    @Test
    void anOpenFourKeepsItsStemAndCrossbarAndItsArmNeverMeetsTheStemAtTheTop() {
        for (Pair p : restyled(DigitStyle.OPEN_FOUR)) {
            PenPath.Box box = p.original().box();
            for (int y = box.bottom() - box.height() / 4; y <= box.bottom(); y++) {
                for (int x = 0; x < PenPath.SIDE; x++) {
                    assertTrue(!p.original().at(x, y) || p.styled().at(x, y), "digit " + p.index() + " lost its stem's foot");
                }
            }
            assertTrue(openAtTheTop(p.styled()), "digit " + p.index() + " is closed at the top");
        }
        // The test can tell: a closed 4 (a triangle on a stem) is not open at the top.
        PenPath closed = PenPath.empty();
        closed.polyline(36, 8, 14, 34, 42, 34);
        closed.line(36, 8, 36, 48);
        assertTrue(!openAtTheTop(closed));
    }

    /**
     * Some row in the upper 60% has two runs of ink at least 5 cells apart, and everything from
     * the top down to that row is in two or more pieces: the two strokes never meet above it.
     */
    static boolean openAtTheTop(PenPath path) {
        PenPath.Box box = path.box();
        for (int row = box.top(); row <= box.top() + 0.6 * box.height(); row++) {
            PenPath upper = PenPath.empty();
            int first = -1, last = -1;
            for (int y = box.top(); y <= row; y++) {
                for (int x = 0; x < PenPath.SIDE; x++) {
                    upper.set(x, y, path.at(x, y));
                }
            }
            for (int x = 0; x < PenPath.SIDE; x++) {
                if (path.at(x, row)) {
                    last = x;
                    first = first < 0 ? x : first;
                }
            }
            if (StrokeGeometry.runs(path, row) >= 2 && last - first >= 6 && upper.pieces() >= 2) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aStraightNineKeepsItsLoopAndDropsAStraightTailAsLongAsTheLoop() {
        for (Pair p : restyled(DigitStyle.STRAIGHT_NINE)) {
            boolean[] loop = StrokeGeometry.largestLoop(p.styled());
            int top = PenPath.SIDE, bottom = -1, size = 0;
            for (int i = 0; i < loop.length; i++) {
                if (loop[i]) {
                    top = Math.min(top, i / PenPath.SIDE);
                    bottom = Math.max(bottom, i / PenPath.SIDE);
                    size++;
                }
            }
            assertTrue(size >= 12, "digit " + p.index() + ": the loop has " + size + " cells");
            List<int[]> tail = new ArrayList<>();
            for (int y = bottom + 3; y < PenPath.SIDE; y++) {
                for (int x = 0; x < PenPath.SIDE; x++) {
                    if (p.styled().at(x, y)) {
                        tail.add(new int[] {x, y});
                    }
                }
            }
            StraightStroke t = StraightStroke.fit(tail);
            assertTrue(t.worst() <= 1.0, "digit " + p.index() + ": the tail is not straight, " + t);
            assertTrue(t.degreesFromHorizontal() >= 70, "digit " + p.index() + ": the tail leans " + t.degreesFromHorizontal());
            assertTrue(t.length() >= 0.7 * (bottom - top + 1), "digit " + p.index() + ": a tail of " + t.length());
            // The loop is the writer's (the whole 9 may have moved up to make room for the tail).
            int up = p.original().box().top() - p.styled().box().top();
            for (int y = 0; y + up <= bottom; y++) {
                for (int x = 0; x < PenPath.SIDE; x++) {
                    assertTrue(!p.original().at(x, y + up) || p.styled().at(x, y), "digit " + p.index() + " lost part of its loop");
                }
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameStyle() {
        PenPath seven = PenPath.of(Mnist.test().image(0), 7);              // test digit 0 is a 7
        PenPath a = DigitStyle.CROSSED_SEVEN.restyle(seven, new SplittableRandom(3));
        PenPath b = DigitStyle.CROSSED_SEVEN.restyle(seven, new SplittableRandom(3));
        assertTrue(StraightStroke.within(a, b) && StraightStroke.within(b, a));
    }
}
