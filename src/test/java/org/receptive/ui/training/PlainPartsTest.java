package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptive.ui.common.FrameStats;

/** The throttle, the bounded chart series and the frame statistics. */
class PlainPartsTest {

    private static final long MS = 1_000_000;

    @Test
    void throttleLetsItsRateThroughAndNoneWhileOneIsPending() {
        UpdateThrottle t = new UpdateThrottle(UpdateThrottle.DEFAULT_INTERVAL_NANOS);
        int sent = 0;
        for (long now = 0; now < 1000 * MS; now += MS) {   // a batch every millisecond for a second
            if (t.tryAcquire(now)) {
                sent++;
                t.delivered();
            }
        }
        assertEquals(UpdateThrottle.DEFAULT_PER_SECOND, sent);
        assertEquals(10, UpdateThrottle.DEFAULT_PER_SECOND);
        UpdateThrottle slow = new UpdateThrottle(UpdateThrottle.DEFAULT_INTERVAL_NANOS);
        assertTrue(slow.tryAcquire(0));
        assertFalse(slow.tryAcquire(500 * MS), "the UI has not drawn the last one yet");
        slow.delivered();
        assertTrue(slow.tryAcquire(501 * MS));
    }

    @Test
    void seriesStaysBoundedAndKeepsTheMean() {
        BinnedSeries s = new BinnedSeries(10);
        for (int step = 1; step <= 1000; step++) {
            s.add(step, 2.0, 1);
        }
        List<ChartPoint> p = s.points();
        assertTrue(p.size() <= 10 && p.size() >= 5, "points: " + p.size());
        p.forEach(x -> assertEquals(2.0, x.value(), 1e-9));
        assertTrue(p.get(p.size() - 1).step() > 900, "the newest steps are still there");
        BinnedSeries w = new BinnedSeries(10);
        w.add(1, 1.0, 3);
        w.add(1, 5.0, 1);
        assertEquals(2.0, w.points().get(0).value(), 1e-9);
        w.add(2, Double.NaN, 1);
        assertEquals(1, w.points().size(), "a NaN loss is no point");
    }

    @Test
    void frameStatsGiveNearestRankQuantilesOfTheLastFrames() {
        FrameStats f = new FrameStats(100);
        for (int i = 1; i <= 100; i++) {
            f.add(i);
        }
        assertEquals(99, f.quantile(0.99), 1e-9);
        assertEquals(50, f.quantile(0.5), 1e-9);
        for (int i = 0; i < 100; i++) {
            f.add(16.7);
        }
        assertEquals(16.7, f.quantile(1.0), 1e-9, "old frames fall out of the ring");
    }
}
