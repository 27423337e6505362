package org.receptive.ui.common;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the window draws: the time between consecutive pulses (frames) for a
 * while, then a report of their median, 99th percentile and worst ({@link FrameStats}). A pulse
 * that arrives late means the FX thread was busy, which is exactly what a student sees as stutter.
 */
public final class FrameMeter extends AnimationTimer {

    private final int frames;
    private final FrameStats gaps;
    private final Consumer<String> report;
    private long last;

    /** Measures {@code frames} frame gaps, then hands the report to {@code report} and stops. */
    public FrameMeter(int frames, Consumer<String> report) {
        this.frames = frames;
        this.gaps = new FrameStats(frames);
        this.report = report;
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            gaps.add((now - last) / 1e6);
            if (gaps.count() == frames) {
                stop();
                report.accept(gaps.summary());
            }
        }
        last = now;
    }
}
