package org.receptive.ui.explain;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work for a worker thread of which only the newest piece waits: one asked for while another
 * waits replaces it. For searches that each hold what they were asked about (a copy of the
 * network): handed to the worker one per click while a long search ran, 19 of the training
 * studio's piled up, 44 MB, in the long monkey, each to be skipped only when its turn came.
 */
final class NewestWaits implements Executor {

    private final Executor worker;
    private final AtomicReference<Runnable> waiting = new AtomicReference<>();

    NewestWaits(Executor worker) {
        this.worker = worker;
    }

    /** Runs {@code work} on the worker after what it is doing, unless newer work is asked for first. */
    @Override
    public void execute(Runnable work) {
        if (waiting.getAndSet(work) == null) {
            worker.execute(() -> {
                Runnable newest = waiting.getAndSet(null);
                if (newest != null) {
                    newest.run();
                }
            });
        }
    }
}
