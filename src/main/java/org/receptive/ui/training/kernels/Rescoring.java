package org.receptive.ui.training.kernels;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Scoring after a cut, off the UI thread (it took up to ~270 ms on the default model, long enough
 * to freeze the window): one job at a time on a thread of its own, newest wins. A job asked for
 * after another, or a {@link #cancel()}, makes the older one stale: it is skipped if it has not
 * started, and its answer is dropped if it has, so the verdict always speaks of the weights on show.
 * Every method but the job itself runs on the UI thread; answers come back through {@code ui}.
 */
final class Rescoring {

    /** One piece of scoring work, run on the scoring thread. */
    @FunctionalInterface
    interface Job<T> {
        T run() throws Exception;
    }

    private final Executor ui;
    private final AtomicLong current = new AtomicLong();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private ExecutorService thread;   // made on first use: most students never operate

    Rescoring(Executor ui) {
        this.ui = ui;
    }

    /** Runs {@code job} in the background; {@code done} or {@code failed} get its outcome on the UI thread if it is still current. */
    <T> void submit(Job<T> job, Consumer<T> done, Consumer<Exception> failed) {
        long id = current.incrementAndGet();
        working.set(true);
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "kernel-surgery-scoring");
                t.setDaemon(true);
                return t;
            });
        }
        thread.execute(() -> {
            if (current.get() != id) {
                return;   // a newer cut or a cancel came first: nobody will read this answer
            }
            try {
                T answer = job.run();
                ui.execute(() -> deliver(id, () -> done.accept(answer)));
            } catch (Exception e) {
                ui.execute(() -> deliver(id, () -> failed.accept(e)));
            }
        });
    }

    private void deliver(long id, Runnable r) {
        if (current.get() == id) {
            working.set(false);
            r.run();
        }
    }

    /** Drops any answer still to come (the weights it was about are gone). */
    void cancel() {
        current.incrementAndGet();
        working.set(false);
    }

    /** Whether scoring is under way for the weights on show. */
    ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
