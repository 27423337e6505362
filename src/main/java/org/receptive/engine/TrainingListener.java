package org.receptive.engine;

/**
 * Progress of a training run, called on the trainer's thread between batches. A UI copies what
 * it needs and hands it to its own thread; it must not keep the trainer waiting.
 */
public interface TrainingListener {

    /** After each mini-batch. */
    default void batchDone(BatchEvent event) {
    }

    /** After each epoch. */
    default void epochDone(EpochEvent event) {
    }

    /** After each evaluation on held-out samples. */
    default void evaluationDone(EvaluationEvent event) {
    }

    /**
     * When a pause takes hold, just before the trainer waits: no thread writes the weights until
     * it resumes, so this is the moment to copy the weights the run will hold.
     */
    default void pausing() {
    }

    /** One finished mini-batch: its mean loss and accuracy and the running speed. */
    record BatchEvent(int epoch, int batch, int batchesPerEpoch, long step, float loss, float accuracy,
                      double imagesPerSecond, double secondsElapsed) {
    }

    /** One finished epoch (0-based index). */
    record EpochEvent(int epoch, int epochs, float meanLoss, float trainAccuracy, double imagesPerSecond,
                      double secondsElapsed) {
    }

    /** An evaluation at training step {@code step}. */
    record EvaluationEvent(int epoch, long step, Evaluation evaluation) {
    }
}
