/**
 * Explanations of what the network does, computed from the engine's own numbers: why it gives a
 * class ({@code Occlusion}, {@code GradientTimesInput}, {@code GradCam}, asked as a
 * {@code Question} and answered as an {@code AttributionMap}), and what a neuron looks for (the
 * data set's {@code TopPatches}, and the input gradient ascent makes, {@code MostExcitingInput}).
 *
 * <p>May use: the engine and the JDK. No JavaFX: the views draw what this package computes.
 */
package org.receptive.explain;
