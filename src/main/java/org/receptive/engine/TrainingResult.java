package org.receptive.engine;

/** How a run ended, with its figures. {@code message} is plain language for a person. */
public record TrainingResult(Status status, long steps, long images, double seconds, double imagesPerSecond,
                             Evaluation lastEvaluation, String message) {

    /** Why a run stopped. */
    public enum Status { COMPLETED, CANCELLED, DIVERGED }
}
