package org.receptive.ui.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Work too long for the UI thread (re-scoring after a kernel cut, making fresh weights, scoring
 * the test set), one job at a time on a thread of its own, newest wins. A job asked for after
 * another, or a {@link #cancel()}, makes the older one stale: it is skipped if it has not started,
 * and its answer is dropped if it has, so what reaches the screen always speaks of the newest
 * request. Every method but the job itself runs on the UI thread; answers come back through {@code ui}.
 * The thread is made when work comes and ends after {@link #IDLE} without any: a widget built
 * again and again (the studio in a lesson) does not leave an idle thread behind each time.
 */
public final class NewestWins {

    /** One piece of work, run on the background thread. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    /** How long the thread waits for the next job before it ends (a student's next click usually comes sooner). */
    static final Duration IDLE = Duration.ofSeconds(30);

    private final Executor ui;
    private final AtomicLong current = new AtomicLong();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ThreadPoolExecutor thread;

    /** {@code ui}: where answers are handed back (the FX thread in the app); {@code threadName}: for thread dumps. */
    public NewestWins(Executor ui, String threadName) {
        this(ui, threadName, IDLE);
    }

    /** As above, the thread ending after {@code idle} without work. */
    NewestWins(Executor ui, String threadName, Duration idle) {
        this.ui = ui;
        // One thread at most, none while idle: it starts with the first job and ends idle.
        this.thread = new ThreadPoolExecutor(1, 1, idle.toNanos(), TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        this.thread.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code job} in the background; {@code done} or {@code failed} get its outcome on the UI thread if it is still current. */
    public <T> void submit(Job<T> job, Consumer<T> done, Consumer<Exception> failed) {
        long id = current.incrementAndGet();
        working.set(true);
        thread.execute(() -> {
            if (current.get() != id) {
                return;   // a newer request or a cancel came first: nobody will read this answer
            }
            try {
                T answer = job.run();
                ui.execute(() -> deliver(id, () -> done.accept(answer)));
            } catch (Exception e) {
                ui.execute(() -> deliver(id, () -> failed.accept(e)));
            }
        });
    }

    /**
     * Hands the answer over, then says the work is done: whoever watches {@link #workingProperty()}
     * go false (a spinner, a button, a harness that presses Start) finds the answer already in
     * place, never the state before it. If the answer asked for more work, that is under way.
     */
    private void deliver(long id, Runnable r) {
        if (current.get() == id) {
            try {
                r.run();
            } finally {
                if (current.get() == id) {
                    working.set(false);
                }
            }
        }
    }

    /** Drops any answer still to come (what it was about is gone). */
    public void cancel() {
        current.incrementAndGet();
        working.set(false);
    }

    /** Whether a current job is under way (a stale one still running does not count). */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
