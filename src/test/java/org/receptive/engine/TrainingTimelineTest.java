package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTimelineTest {

    private static final Architecture ARCH = Architecture.parse("1x8x8: conv3x3x2p1 relu pool2 dense4");

    @Test
    void keepsBoundedSnapshotsSpanningTheWholeRun() {
        Network net = Network.create(ARCH, 1);
        TrainingTimeline timeline = new TrainingTimeline(net, 8, 1);
        timeline.start();
        float[] untrained = net.copyParams();
        TrainingConfig config = TrainingConfig.DEFAULT.withEpochs(4).withBatchSize(8).withThreads(2);
        new Trainer(net, new Adam(0.01), config).train(new QuadrantSamples(256, 2), null, timeline);   // 128 steps
        List<TrainingTimeline.Snapshot> kept = timeline.snapshots();
        assertTrue(kept.size() <= 8 + 1, "bounded: " + kept.size());
        assertTrue(kept.size() >= 4, "still a timeline: " + kept.size());
        assertEquals(0, kept.get(0).step());
        assertArrayEquals(untrained, kept.get(0).params(), "step 0 is the untrained weights");
        assertEquals(128, kept.get(kept.size() - 1).step(), "the newest step is kept");
        assertArrayEquals(net.params(), kept.get(kept.size() - 1).params());
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i).step() > kept.get(i - 1).step());
        }
        assertEquals(kept.size() * 4L * net.paramCount(), timeline.bytes());
        assertTrue(timeline.interval() > 1, "snapshots are taken less often as the run grows");
    }

    @Test
    void snapshotsAreCopiesAndLookupFindsTheLatestBefore() {
        Network net = Network.create(ARCH, 1);
        TrainingTimeline timeline = new TrainingTimeline(net, 100, 5);
        timeline.start();
        new Trainer(net, new Adam(0.01), TrainingConfig.DEFAULT.withBatchSize(16).withThreads(1))
                .train(new QuadrantSamples(256, 3), null, timeline);                                  // 16 steps
        assertEquals(List.of(0L, 5L, 10L, 15L), timeline.snapshots().stream().map(TrainingTimeline.Snapshot::step).toList());
        TrainingTimeline.Snapshot s = timeline.at(12);
        assertEquals(10, s.step());
        assertNotSame(net.params(), s.params());
        assertFalse(Arrays.equals(timeline.at(0).params(), s.params()), "training changed the weights");
        assertEquals(0, timeline.at(4).step());
    }
}
