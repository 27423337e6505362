/**
 * The training studio: the run's view-model and lifecycle on its own thread, throttled copies of
 * the weights for the view, the timeline, charts, settings and data sources, saving and loading.
 * The design editor, the kernels card with its surgery, and the test-results tab are
 * sub-packages that do not use this one.
 *
 * <p>May use: {@code engine}, {@code data}, {@code ui.network} (the feature-map tab), its
 * sub-packages, {@code ui.common} and JavaFX.
 */
package org.receptive.ui.training;
