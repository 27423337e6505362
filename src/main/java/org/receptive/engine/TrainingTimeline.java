package org.receptive.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Copies of the weights taken while a network trains, so a student can scrub back and see the
 * kernels as they were. Memory stays bounded: when the timeline is full, every other snapshot is
 * dropped and snapshots are taken half as often, so the kept ones always span the whole run
 * evenly, from the first step to the latest.
 *
 * <p>As a {@link TrainingListener} it copies the network's weights on the trainer's thread,
 * between batches, when no thread is writing them.
 */
public final class TrainingTimeline implements TrainingListener {

    /** The weights after {@code step} optimiser steps, with the batch loss then. */
    public record Snapshot(long step, int epoch, float loss, float[] params) {
    }

    private final Network network;
    private final int capacity;
    private long every;
    private final List<Snapshot> kept = new ArrayList<>();

    /** Keeps at most {@code capacity} (≥ 2) snapshots, at first one every {@code every} steps. */
    public TrainingTimeline(Network network, int capacity, long every) {
        if (capacity < 2 || every < 1) {
            throw new IllegalArgumentException("a timeline needs room for 2 snapshots and a positive interval");
        }
        this.network = network;
        this.capacity = capacity;
        this.every = every;
    }

    /** Records the untrained weights as step 0. */
    public synchronized void start() {
        kept.clear();
        kept.add(new Snapshot(0, 0, Float.NaN, network.copyParams()));
    }

    @Override
    public void batchDone(BatchEvent e) {
        if (e.step() % every == 0) {
            add(new Snapshot(e.step(), e.epoch(), e.loss(), network.copyParams()));
        }
    }

    private synchronized void add(Snapshot s) {
        kept.add(s);
        if (kept.size() > capacity) {
            // Keep snapshot 0, 2, 4, … and the newest; take them half as often from now on.
            List<Snapshot> thinned = new ArrayList<>();
            for (int i = 0; i < kept.size(); i += 2) {
                thinned.add(kept.get(i));
            }
            Snapshot newest = kept.get(kept.size() - 1);
            if (thinned.get(thinned.size() - 1) != newest) {
                thinned.add(newest);
            }
            kept.clear();
            kept.addAll(thinned);
            every *= 2;
        }
    }

    /** The snapshots kept, oldest first (a copy of the list; the arrays are not written again). */
    public synchronized List<Snapshot> snapshots() {
        return List.copyOf(kept);
    }

    /** The latest snapshot taken at or before {@code step}, or null before the first. */
    public synchronized Snapshot at(long step) {
        Snapshot best = null;
        for (Snapshot s : kept) {
            if (s.step() <= step) {
                best = s;
            }
        }
        return best;
    }

    /** Steps between snapshots now. */
    public synchronized long interval() {
        return every;
    }

    /** Bytes held by the weight copies. */
    public synchronized long bytes() {
        long b = 0;
        for (Snapshot s : kept) {
            b += 4L * s.params().length;
        }
        return b;
    }
}
