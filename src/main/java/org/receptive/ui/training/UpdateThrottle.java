package org.receptive.ui.training;

/**
 * Lets at most one view update through per interval, and none while the previous one has not
 * been drawn yet: the trainer never floods the UI thread's queue, however fast batches finish.
 * Thread-safe; the clock is passed in so a test can drive it.
 */
final class UpdateThrottle {

    /**
     * 10 updates a second by default: kernels and maps still move visibly, and on two cores with a
     * software renderer the trainer keeps within 10% of the command line's speed (at 30 a second
     * it lost 25–35% to drawing).
     */
    static final int DEFAULT_PER_SECOND = 10;
    static final long DEFAULT_INTERVAL_NANOS = 1_000_000_000L / DEFAULT_PER_SECOND;

    private final long interval;
    private long last = Long.MIN_VALUE / 2;
    private boolean pending;

    UpdateThrottle(long intervalNanos) {
        this.interval = intervalNanos;
    }

    /** True if an update may be sent now; the caller must then {@link #delivered()} it. */
    synchronized boolean tryAcquire(long nowNanos) {
        if (pending || nowNanos - last < interval) {
            return false;
        }
        last = nowNanos;
        pending = true;
        return true;
    }

    /** Takes a slot regardless of the clock (the final weights, the weights at a pause). */
    synchronized void force(long nowNanos) {
        last = nowNanos;
        pending = true;
    }

    /** Called on the UI thread once the update has been shown. */
    synchronized void delivered() {
        pending = false;
    }
}
