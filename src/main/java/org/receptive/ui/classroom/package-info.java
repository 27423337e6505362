/**
 * What a teacher needs at the front of a room, for every view: zoom, high contrast, reduced
 * motion, presenting full screen, and a PNG of the view for slides.
 *
 * <p>May use: {@code engine} (atomic saving), {@code ui.common} and JavaFX.
 */
package org.receptive.ui.classroom;
