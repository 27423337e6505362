package org.receptive.demo;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.receptive.ui.common.FrameStats;

/**
 * Hands work to the UI thread as the app does ({@code Platform::runLater}), timing each piece
 * there: while training, that is the UI thread's cost of each view update the run sends.
 */
final class TimedUi implements Executor {

    private final FrameStats cost = new FrameStats(600);

    @Override
    public void execute(Runnable r) {
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            try {
                r.run();
            } finally {
                cost.add((System.nanoTime() - t0) / 1e6);
            }
        });
    }

    /** Milliseconds per piece of work, the last 600. */
    FrameStats cost() {
        return cost;
    }
}
