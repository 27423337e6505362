package org.receptive.demo;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Diagnostics for stutter: says every frame that came more than 100 ms after the one before, and
 * where the UI thread was when a frame is 300 ms late (a watcher thread reads its stack).
 */
final class LateFrames extends AnimationTimer {

    private final Consumer<String> say;
    private volatile long last;

    LateFrames(Consumer<String> say) {
        this.say = say;
    }

    /** Starts timing frames, and the watcher, on the UI thread. */
    void watch() {
        Thread fx = Thread.currentThread();
        Thread w = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(100);   // a diagnostic's sampling period, not a test's wait
                } catch (InterruptedException e) {
                    return;
                }
                long l = last;
                if (l != 0 && System.nanoTime() - l > 300_000_000L) {
                    StringBuilder b = new StringBuilder("UI thread late, at:\n");
                    for (StackTraceElement e : fx.getStackTrace()) {
                        b.append("    ").append(e).append('\n');
                    }
                    say.accept(b.toString());
                }
            }
        }, "frame-watch");
        w.setDaemon(true);
        w.start();
        start();
    }

    @Override
    public void handle(long now) {
        long l = last;
        if (l != 0 && now - l > 100_000_000L) {
            say.accept(String.format(java.util.Locale.ROOT, "long frame: %.0f ms at %.1f s", (now - l) / 1e6, now / 1e9));
        }
        last = now;
    }
}
