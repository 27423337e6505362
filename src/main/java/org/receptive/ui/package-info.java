/**
 * The JavaFX app: {@code ReceptiveApp} puts the window on screen, {@code Shell} frames it (the
 * views along the top, each built when first shown), and {@code AppModels} holds the view-models
 * behind the views and reads what they share once, in the background. One sub-package per view;
 * shared pieces in {@code ui.common}.
 *
 * <p>May use: every package of ours and JavaFX. Nothing here may use the demo harness
 * ({@code org.receptive.demo}, in the test sources).
 */
package org.receptive.ui;
