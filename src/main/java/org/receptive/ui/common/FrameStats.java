package org.receptive.ui.common;

import java.util.Arrays;

/**
 * The last {@code capacity} frame times in milliseconds, with their median, 99th percentile and
 * maximum: how smooth the window really is (while training, stepping, drawing).
 */
public final class FrameStats {

    private final double[] ring;
    private int count, next;

    public FrameStats(int capacity) {
        ring = new double[capacity];
    }

    public synchronized void add(double millis) {
        ring[next] = millis;
        next = (next + 1) % ring.length;
        count = Math.min(count + 1, ring.length);
    }

    public synchronized int count() {
        return count;
    }

    /** The q-quantile (0..1) by the nearest-rank method; 0 with no frames. */
    public synchronized double quantile(double q) {
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(ring, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    public synchronized void clear() {
        count = 0;
        next = 0;
    }

    /** "frames 600 · median 16.7 ms · p99 18.2 ms · max 21.0 ms". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "frames %d · median %.1f ms · p99 %.1f ms · max %.1f ms",
                count(), quantile(0.5), quantile(0.99), quantile(1.0));
    }
}
