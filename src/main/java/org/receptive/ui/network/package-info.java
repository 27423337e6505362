/**
 * The Network view: a test digit (or a drawing) through every layer of the default model, each
 * feature map, the first layer's kernels, the prediction, and a clicked neuron's receptive
 * field on every earlier stage. Its stages panel is also used by the Draw view and the studio.
 *
 * <p>May use: {@code engine}, {@code data}, {@code ui.common} and JavaFX.
 */
package org.receptive.ui.network;
