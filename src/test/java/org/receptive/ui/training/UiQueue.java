package org.receptive.ui.training;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;

/** Stands in for the FX thread in view-model tests: the run posts here, the test thread runs it. */
final class UiQueue implements Executor {

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable r) {
        queue.add(r);
    }

    /** Runs posted work until {@code done} holds; fails after {@code millis}, a guard against a hang, never a wait. */
    void until(BooleanSupplier done, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + millis + " ms");
            }
            Runnable r = queue.poll(20, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
    }

    /** A small data set cut from the MNIST test digits, so tests never load the 60,000 training images. */
    static DataSource small(int train, int test) {
        Dataset all = Mnist.test();
        return new DataSource("small MNIST", train + " training · " + test + " test images",
                () -> new Dataset[] {all.subset(0, train), all.subset(train, test)});
    }
}
