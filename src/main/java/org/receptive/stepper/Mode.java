package org.receptive.stepper;

/**
 * Cross-correlation slides the kernel as it is, which is what convolutional layers compute;
 * true convolution flips it first. Libraries skip the flip because the kernel is learned
 * anyway, so a flipped kernel is just another kernel.
 */
public enum Mode {
    CROSS_CORRELATION, CONVOLUTION
}
