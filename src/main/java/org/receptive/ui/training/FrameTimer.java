package org.receptive.ui.training;

import org.receptive.ui.common.FrameStats;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;

/**
 * Measures the time between rendered frames (JavaFX pulses, 60 a second when the UI thread keeps
 * up) and shows median, p99 and maximum in a small overlay label. A frame that takes long because
 * a view update blocked the UI thread shows up here as a long interval.
 */
final class FrameTimer extends AnimationTimer {

    private final FrameStats stats = new FrameStats(3600);   // the last ~60 s
    private final Label overlay;
    private volatile long last;
    private long lastText;

    FrameTimer(Label overlay) {
        this.overlay = overlay;
        if (Boolean.getBoolean("receptive.frames")) {
            watch(Thread.currentThread());
        }
    }

    /** Diagnostics: prints where the UI thread is when a frame is 300 ms late. */
    private void watch(Thread fx) {
        Thread w = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                long l = last;
                if (l != 0 && System.nanoTime() - l > 300_000_000L) {
                    StringBuilder b = new StringBuilder("UI thread late, at:\n");
                    for (StackTraceElement e : fx.getStackTrace()) {
                        b.append("    ").append(e).append('\n');
                    }
                    System.err.print(b);
                }
            }
        }, "frame-watch");
        w.setDaemon(true);
        w.start();
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            stats.add((now - last) / 1e6);
            if (Boolean.getBoolean("receptive.frames") && now - last > 100_000_000L) {
                System.err.printf("long frame: %.0f ms at %.1f s%n", (now - last) / 1e6, now / 1e9);
            }
        }
        last = now;
        if (overlay.isVisible() && now - lastText > 500_000_000L) {
            lastText = now;
            overlay.setText(stats.summary() + "\nF3 hides this");
        }
    }

    @Override
    public void stop() {
        super.stop();
        last = 0;
    }

    FrameStats stats() {
        return stats;
    }
}
