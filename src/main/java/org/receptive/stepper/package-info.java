/**
 * The sliding-window model of one convolution, step by step: positions, padding, stride and
 * dilation, each product and sum, which output cells read an input cell, kernel presets, input
 * patterns, and the GIF of a sweep.
 *
 * <p>May use: {@code engine}. No JavaFX.
 */
package org.receptive.stepper;
