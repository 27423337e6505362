package org.receptive.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntUnaryOperator;

/**
 * The threads of a computation that runs in phases: the caller and {@code size − 1} helpers share
 * out a phase's tasks, and the phase ends when all are done. Each task has a home member: a member
 * runs its own tasks first, in order, so work of the same kind keeps finding the memory it left in
 * its core's caches a phase ago; then it takes, in order, any task nobody has taken yet. A thread
 * the operating system holds back therefore delays the phase by at most the task it holds: the
 * others take the rest. Which thread runs a task must not matter to its result (the trainer's
 * tasks write disjoint parts and sum in a fixed order).
 */
final class Crew implements AutoCloseable {

    /** A phase's work: task number, and which member runs it (0 is the caller), for its working memory. */
    interface Tasks {
        void run(int task, int member);
    }

    /**
     * How long a waiting thread checks before it sleeps: a few tens of microseconds, about what
     * a wake-up costs, and short enough not to take a core from a thread that has work.
     */
    private static final int SPINS = 1 << 10;

    private final Thread[] helpers;
    private AtomicIntegerArray takenIn = new AtomicIntegerArray(0);   // task t's last phase
    private final AtomicInteger helpersDone = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread caller;
    private volatile Throwable failure;
    private Tasks tasks;            // these three written before generation moves on, read after it did
    private IntUnaryOperator home;
    private int count;

    Crew(int size, String name) {
        helpers = new Thread[size - 1];
        for (int i = 0; i < helpers.length; i++) {
            int member = i + 1;
            helpers[i] = Workers.daemon(name).newThread(() -> serve(member));
            helpers[i].start();
        }
    }

    /** Threads of this crew, the caller included. */
    int size() {
        return helpers.length + 1;
    }

    /** Runs tasks 0 … count − 1 on the crew, task t's home member {@code t mod size}, and returns when all are done. */
    void run(int count, Tasks tasks) throws InterruptedException {
        int size = size();
        run(count, t -> t % size, tasks);
    }

    /**
     * Runs tasks 0 … count − 1 on the crew, task t's home member {@code home(t)}, and returns when
     * all are done. One member alone runs them in order.
     */
    void run(int count, IntUnaryOperator home, Tasks tasks) throws InterruptedException {
        if (helpers.length == 0) {
            for (int t = 0; t < count; t++) {
                tasks.run(t, 0);
            }
            return;
        }
        this.tasks = tasks;
        this.home = home;
        this.count = count;
        if (takenIn.length() < count) {
            takenIn = new AtomicIntegerArray(count);    // its zeros were never a phase: generation is never 0
        }
        helpersDone.set(0);
        caller = Thread.currentThread();
        generation = generation == -1 ? 1 : generation + 1;     // publishes the fields above to the helpers; never 0
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
        Throwable own = null;
        try {
            work(0);
        } catch (RuntimeException | Error e) {
            own = e;
            fail(e);
            throw e;
        } finally {
            boolean interrupted = false;
            for (int spin = 0; helpersDone.get() < helpers.length; spin++) {
                if (spin < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();    // the helpers still write into shared memory: wait for them
                }
            }
            Throwable f = failure;
            failure = null;
            if (f != null && f != own) {
                throw new IllegalStateException("a training thread failed: " + f, f);
            }
            if (interrupted && own == null) {
                throw new InterruptedException();
            } else if (interrupted) {
                Thread.currentThread().interrupt();     // the task's own failure goes out; the interrupt stays set
            }
        }
    }

    /**
     * Records the phase's first failure (a task that gave up waiting for a failed one fails too,
     * and must not hide the cause); from then on nobody starts another task of this phase.
     */
    private synchronized void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Whether a task of the current phase has failed. */
    private boolean failed() {
        return failure != null;
    }

    /**
     * Inside a task: waits until {@code done} holds, for work another task of this phase is still
     * doing. Nobody wakes this wait, so after the usual spin it yields, then naps in turns of 50 µs
     * (the other task's thread may be off the core). Gives up when a task of the phase has failed.
     */
    void awaitUntil(java.util.function.BooleanSupplier done) {
        for (int spin = 0; !done.getAsBoolean(); spin++) {
            if (failed()) {
                throw new IllegalStateException("another task of this phase failed");
            }
            if (spin < SPINS) {
                Thread.onSpinWait();
            } else if (spin < 2 * SPINS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(50_000);
            }
        }
    }

    /** The member's own tasks, then everyone's in order: each run by whoever takes it first. */
    private void work(int member) {
        int phase = generation;
        for (int t = 0; t < count && failure == null; t++) {
            if (home.applyAsInt(t) == member && takenIn.getAndSet(t, phase) != phase) {
                tasks.run(t, member);
            }
        }
        for (int t = 0; t < count && failure == null; t++) {
            if (takenIn.get(t) != phase && takenIn.getAndSet(t, phase) != phase) {
                tasks.run(t, member);
            }
        }
    }

    private void serve(int member) {
        int seen = 0;
        while (true) {
            for (int spin = 0; generation == seen && !closed; spin++) {
                if (spin < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            try {
                work(member);
            } catch (Throwable e) {
                fail(e);
            }
            if (helpersDone.incrementAndGet() == helpers.length) {
                LockSupport.unpark(caller);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
    }
}
