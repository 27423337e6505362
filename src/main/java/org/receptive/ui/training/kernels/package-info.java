/**
 * The studio's kernels card: every convolution's kernels as drawn grids, what changed since
 * step 0, and surgery on the first layer's kernels between runs. It sees the studio only through
 * {@code ShownKernels} and {@code KernelSurgery.Studio}.
 *
 * <p>May use: {@code engine}, {@code data}, {@code stepper} (classic kernels), {@code ui.common}
 * and JavaFX; not the studio package above it.
 */
package org.receptive.ui.training.kernels;
