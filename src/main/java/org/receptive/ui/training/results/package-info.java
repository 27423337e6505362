/**
 * The studio's test-results tab: the whole test set scored off the UI thread, the confusion
 * matrix, the images behind a cell, the surest mistakes.
 *
 * <p>May use: {@code engine}, {@code data}, {@code ui.common} and JavaFX; not the studio package above it.
 */
package org.receptive.ui.training.results;
