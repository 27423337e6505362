/**
 * Lessons written in Markdown: the parser, the blocks of a page (text, questions, exercises,
 * live widgets), exercises checked against the engine, the bundled lessons and a student's
 * progress.
 *
 * <p>May use: {@code engine}, {@code stepper} (exercises about a sliding window), commonmark. No JavaFX.
 */
package org.receptive.lesson;
