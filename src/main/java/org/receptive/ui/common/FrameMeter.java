package org.receptive.ui.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the window draws: the time between consecutive pulses (frames) for a
 * while, then a report with the median, the 99th percentile and the worst. A pulse that arrives
 * late means the FX thread was busy, which is exactly what a student sees as stutter.
 */
public final class FrameMeter extends AnimationTimer {

    private final double[] gaps;
    private final Consumer<String> report;
    private long last;
    private int count;

    /** Measures {@code frames} frame gaps, then hands the report to {@code report} and stops. */
    public FrameMeter(int frames, Consumer<String> report) {
        this.gaps = new double[frames];
        this.report = report;
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            gaps[count++] = (now - last) / 1e6;
            if (count == gaps.length) {
                stop();
                report.accept(summary(gaps));
            }
        }
        last = now;
    }

    /** "n frames: median a ms, p99 b ms, worst c ms (≈ f fps)". */
    public static String summary(double[] gapsMillis) {
        double[] g = gapsMillis.clone();
        Arrays.sort(g);
        double median = g[g.length / 2], p99 = g[Math.min(g.length - 1, (int) Math.ceil(g.length * 0.99) - 1)];
        return String.format(Locale.ROOT, "%d frames: median %.1f ms, p99 %.1f ms, worst %.1f ms (%.0f fps)",
                g.length, median, p99, g[g.length - 1], 1000 / median);
    }
}
