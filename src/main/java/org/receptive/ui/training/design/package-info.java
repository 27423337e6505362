/**
 * The studio's design editor: 1–3 convolution blocks and an optional dense layer, each layer's
 * output shape, weights and receptive field as it is edited, the presets, and why a design cannot work.
 *
 * <p>May use: {@code engine}, {@code ui.common} and JavaFX; not the studio package above it.
 */
package org.receptive.ui.training.design;
