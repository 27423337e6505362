/**
 * The visual-cortex model: stimuli on a visual field (bars, crosses, gratings, edges, digits),
 * oriented model neurons tiling it, tuning curves, the most orientation-selective of a trained
 * layer's kernels, second-layer units that combine orientations, the lab's first layer for
 * each kernel set, and the lab's sentences ({@code CortexText}).
 *
 * <p>May use: {@code engine} (the default model's kernels), {@code stepper} (the line
 * kernels). No JavaFX.
 */
package org.receptive.cortex;
