/**
 * The Draw view: a pad to draw a digit on, the preprocessing step by step, the live answer with
 * every layer's maps, and "teach it" (the person's own digits, fine-tuning a copy of the model).
 *
 * <p>May use: {@code engine}, {@code data}, {@code ui.network}, {@code ui.common} and JavaFX.
 */
package org.receptive.ui.draw;
