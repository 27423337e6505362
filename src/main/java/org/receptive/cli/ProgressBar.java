package org.receptive.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.receptive.engine.TrainingListener;

/** A one-line text progress bar for training, redrawn at most ten times a second. */
final class ProgressBar implements TrainingListener {

    private final PrintStream out;
    private long lastDraw;
    private boolean midLine;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void batchDone(BatchEvent e) {
        long now = System.nanoTime();
        boolean last = e.batch() == e.batchesPerEpoch() - 1;
        if (!last && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = (int) ((long) width * (e.batch() + 1) / e.batchesPerEpoch());
        out.printf(Locale.ROOT, "\repoch %d [%s%s] %3d%%  loss %.4f  %,.0f images/s  %.0f s ",
                e.epoch() + 1, "#".repeat(filled), ".".repeat(width - filled),
                100 * (e.batch() + 1) / e.batchesPerEpoch(), e.loss(), e.imagesPerSecond(), e.secondsElapsed());
        out.flush();
        midLine = true;
    }

    /** Ends the bar's line, so whatever is printed next starts a line of its own. */
    void endLine() {
        if (midLine) {
            out.println();
            midLine = false;
        }
    }

    @Override
    public void epochDone(EpochEvent e) {
        midLine = false;
        out.printf(Locale.ROOT, "%nepoch %d/%d done: mean loss %.4f, train accuracy %.2f%%, %,.0f images/s%n",
                e.epoch() + 1, e.epochs(), e.meanLoss(), 100 * e.trainAccuracy(), e.imagesPerSecond());
    }

    @Override
    public void evaluationDone(EvaluationEvent e) {
        endLine();
        out.printf(Locale.ROOT, "  held-out accuracy after step %d: %.2f%% (%d images)%n",
                e.step(), 100 * e.evaluation().accuracy(), e.evaluation().count());
    }
}
