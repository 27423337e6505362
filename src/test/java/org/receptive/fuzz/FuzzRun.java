package org.receptive.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Feeds mutated files to one reader and tallies what came back: a valid result, the reader's own
 * typed error, or anything else (a failure). Each input runs on a worker thread with a time
 * bound, so a reader that hangs is caught as a failure rather than hanging the suite. The bound
 * is a hang detector, generous on a loaded machine, not a speed measurement.
 */
final class FuzzRun {

    /** Seconds one input may take before the reader counts as hung. */
    static final long BOUND_SECONDS = 20;

    /** What one input gave. */
    enum Outcome { VALID, TYPED_ERROR }

    /** Reads one input; returns VALID, or throws the reader's typed error (which {@code typed} recognises). */
    interface Reader {
        Outcome read(int iteration) throws Exception;
    }

    private final String name;
    private final Class<? extends Exception> typed;
    private final List<String> failures = new ArrayList<>();
    private int valid, errors;
    private long slowestNanos;
    private ExecutorService worker = newWorker();

    FuzzRun(String name, Class<? extends Exception> typed) {
        this.name = name;
        this.typed = typed;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    void run(int iterations, Reader reader) throws InterruptedException {
        for (int i = 0; i < iterations; i++) {
            final int iteration = i;
            long t0 = System.nanoTime();
            Future<Outcome> f = worker.submit(() -> reader.read(iteration));
            try {
                f.get(BOUND_SECONDS, TimeUnit.SECONDS);
                valid++;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (typed.isInstance(cause)) {
                    errors++;
                } else {
                    failures.add("input " + i + ": " + cause);
                }
            } catch (TimeoutException e) {
                f.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
                failures.add("input " + i + ": still reading after " + BOUND_SECONDS + " s");
            }
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - t0);
        }
        worker.shutdownNow();
    }

    List<String> failures() {
        return failures;
    }

    int valid() {
        return valid;
    }

    int typedErrors() {
        return errors;
    }

    /** "model files: 2000 inputs, 312 valid, 1688 typed errors, 0 failures, slowest 41 ms". */
    String summary() {
        return String.format(Locale.ROOT, "%s: %,d inputs, %,d valid, %,d typed errors, %d failures, slowest %.0f ms",
                name, valid + errors + failures.size(), valid, errors, failures.size(), slowestNanos / 1e6);
    }
}
