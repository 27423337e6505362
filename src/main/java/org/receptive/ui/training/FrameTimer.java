package org.receptive.ui.training;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import org.receptive.ui.common.FrameStats;

/**
 * Measures the time between rendered frames (JavaFX pulses, 60 a second when the UI thread keeps
 * up) and shows median, p99 and maximum in a small overlay label (F3). A frame that takes long
 * because a view update blocked the UI thread shows up here as a long interval.
 */
final class FrameTimer extends AnimationTimer {

    private final FrameStats stats = new FrameStats(3600);   // the last ~60 s
    private final Label overlay;
    private long last;
    private long lastText;

    FrameTimer(Label overlay) {
        this.overlay = overlay;
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            stats.add((now - last) / 1e6);
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
}
