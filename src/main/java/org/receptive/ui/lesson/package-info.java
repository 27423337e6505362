/**
 * The Lessons view: the lesson list and a page at a time, Markdown drawn as nodes, question and
 * exercise cards, and the registry of live widgets a lesson can hold.
 *
 * <p>May use: {@code lesson}, {@code engine}, {@code data}, {@code ui.network} and
 * {@code ui.cortex} (their widgets), {@code ui.common} and JavaFX.
 */
package org.receptive.ui.lesson;
