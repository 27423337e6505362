package org.receptive.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads of a computation that runs in phases: the caller and {@code size − 1} helpers share
 * out a phase's tasks, each taking the next task nobody has taken yet, and the phase ends when all
 * are done. A thread the operating system holds back therefore delays the phase by at most the
 * task it holds: the others take the rest. Which thread runs a task must not matter to its result
 * (the trainer's tasks write disjoint parts and sum in a fixed order).
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
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger helpersDone = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread caller;
    private volatile Throwable failure;
    private Tasks tasks;            // written before generation moves on, read after it did
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

    /** Runs tasks 0 … count − 1 on the crew and returns when all are done. */
    void run(int count, Tasks tasks) throws InterruptedException {
        if (helpers.length == 0) {
            for (int t = 0; t < count; t++) {
                tasks.run(t, 0);
            }
            return;
        }
        this.tasks = tasks;
        this.count = count;
        next.set(0);
        helpersDone.set(0);
        caller = Thread.currentThread();
        generation++;                         // publishes the fields above to the helpers
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
        try {
            work(0);
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
            if (f != null) {
                throw new IllegalStateException("a training thread failed: " + f, f);
            }
            if (interrupted) {
                throw new InterruptedException();
            }
        }
    }

    private void work(int member) {
        for (int t = next.getAndIncrement(); t < count; t = next.getAndIncrement()) {
            tasks.run(t, member);
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
                failure = e;
                next.set(Integer.MAX_VALUE / 2);    // nobody starts another task of this phase
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
