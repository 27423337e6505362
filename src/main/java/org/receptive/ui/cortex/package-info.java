/**
 * The visual-cortex lab's view and view-model over the {@code cortex} model: the visual field,
 * the sheets of oriented neurons, the tuning curve, the second-layer units, and a lesson's settings.
 *
 * <p>May use: {@code cortex}, {@code engine}, {@code data}, {@code ui.common} and JavaFX.
 */
package org.receptive.ui.cortex;
