package org.receptive.stepper;

/**
 * Where the gradient arriving at a convolution's output, dL/dY, comes from: a loss on the output
 * ({@link TargetLoss}, {@link OutputSum}) or the layers above it in a network
 * ({@link NetworkLoss}). Each gives the loss and dL/dY for a forward pass, so one SGD step can say
 * the loss before and after.
 */
public sealed interface Upstream permits TargetLoss, OutputSum, NetworkLoss {

    /** The loss for this forward pass. */
    float loss(ConvolutionStepper forward);

    /** dL/dY for this forward pass, (N, outH, outW). */
    float[][][] gradient(ConvolutionStepper forward);

    /** The loss in words and symbols, e.g. "½Σ(y − t)²: the target is Sobel x of the input". */
    String describe();
}
