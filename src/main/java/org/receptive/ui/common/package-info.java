/**
 * What every view uses alike: the heatmap and its colour maps and legends, the theme, the small
 * controls built the same way everywhere ({@code Controls}: a button with id, words and
 * tooltip; a message line hidden when empty), two-way bound fields, typed numbers, frame
 * statistics.
 *
 * <p>May use: {@code engine} and JavaFX. No view package.
 */
package org.receptive.ui.common;
