package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * Labelled samples the trainer can read. Implemented by the data package (MNIST, IDX folders,
 * augmented views), so the engine needs no knowledge of files.
 */
public interface Samples {

    /** Number of samples. */
    int size();

    /** Shape of one sample (MNIST: 1×28×28). */
    Shape shape();

    /**
     * The label of an outlier: a picture of none of the classes (a letter, a scribble), which
     * the trainer pushes towards equal probabilities for every class (outlier exposure:
     * Hendrycks, Mazeika and Dietterich, "Deep Anomaly Detection with Outlier Exposure", ICLR 2019).
     */
    int OUTLIER = -1;

    /** Class label of sample {@code i}, 0-based, or {@link #OUTLIER}. */
    int label(int i);

    /**
     * Writes sample {@code i} into {@code dest} (length {@code shape().size()}, values in 0..1).
     * When {@code random} is non-null an implementation may augment the sample using only that
     * generator, so a seeded trainer gets the same images whatever the thread count.
     */
    void copy(int i, float[] dest, SplittableRandom random);
}
