package org.receptive.ui.training;

/**
 * Lets at most one view update through per interval, and none while the previous one has not
 * been drawn yet: the trainer never floods the UI thread's queue, however fast batches finish.
 * Thread-safe; the clock is passed in so a test can drive it.
 */
final class UpdateThrottle {

    /** 30 updates a second: smooth to the eye, and leaves most of each 60 Hz frame free. */
    static final long DEFAULT_INTERVAL_NANOS = 1_000_000_000L / 30;

    private long interval;
    private long last = Long.MIN_VALUE / 2;
    private boolean pending;

    UpdateThrottle(long intervalNanos) {
        this.interval = intervalNanos;
    }

    /** Changes the shortest time between updates. */
    synchronized void setInterval(long nanos) {
        interval = nanos;
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
