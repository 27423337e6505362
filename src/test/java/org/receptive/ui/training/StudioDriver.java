package org.receptive.ui.training;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A studio view-model on a tiny subset (1,600 training and 300 test images, batches of 16, 40
 * epochs: long enough to pause and stop mid-way), driven without a window: a queue stands in for
 * the FX thread and a clock the test moves stands in for the throttle's, so nothing waits for time.
 */
final class StudioDriver {

    final UiQueue ui = new UiQueue();
    /** The throttle's clock, in nanoseconds: moved by the test, or by 10 ms at every reading while {@link #ticking}. */
    final AtomicLong clock = new AtomicLong();
    volatile boolean ticking;
    final TrainingViewModel vm;

    StudioDriver() {
        vm = new TrainingViewModel(ui, () -> ticking ? clock.addAndGet(10_000_000L) : clock.get());
        DataSource small = UiQueue.small(1600, 300);
        vm.dataSources().add(small);
        vm.dataProperty().set(small);
        vm.settings().batchSizeProperty().set(16);
        vm.settings().epochsProperty().set(40);
    }

    /**
     * Lets one more view update through: moves the throttle's clock a second on and runs the UI
     * queue until that update has arrived. Between calls the clock stands still, so no update
     * but a forced one (a pause, the end) can come.
     */
    void nextUpdate() throws InterruptedException {
        int before = vm.framesReceived();
        clock.addAndGet(1_000_000_000L);
        ui.until(() -> vm.framesReceived() > before, 20_000);
    }
}
