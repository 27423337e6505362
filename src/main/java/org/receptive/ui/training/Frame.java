package org.receptive.ui.training;

/**
 * What the view shows of a running training at one moment, taken on the trainer's thread between
 * batches. {@code params} is a copy the trainer never writes; {@code loss} is the mean batch loss
 * since the previous frame, over {@code batches} batches.
 */
record Frame(long step, int epoch, int epochs, int batch, int batchesPerEpoch, float loss, int batches,
             double imagesPerSecond, double secondsLeft, float[] params) {

    /** Fraction of the run done, 0..1. */
    double progress() {
        double total = (double) epochs * batchesPerEpoch;
        return total == 0 ? 0 : Math.min(1, (epoch * (double) batchesPerEpoch + batch + 1) / total);
    }
}
