/**
 * "Why?" and "What is this neuron looking for?": the panels that draw the explanations of
 * {@code org.receptive.explain} over the input (an attribution map with its legend, the class
 * chooser, each method's caption) and a neuron's most exciting patches and input. Used by the
 * Draw and Network views; uses neither.
 *
 * <p>May use: explain, engine, data, ui.common, JavaFX and ControlsFX.
 */
package org.receptive.ui.explain;
