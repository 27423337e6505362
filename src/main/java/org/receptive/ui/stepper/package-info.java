/**
 * The Stepper view over the {@code stepper} model: input and kernel grids, the arithmetic of the
 * current step, playback, settings, painting, presets, undo, and the lesson widget.
 *
 * <p>May use: {@code stepper}, {@code engine}, {@code data}, {@code ui.common} and JavaFX.
 */
package org.receptive.ui.stepper;
