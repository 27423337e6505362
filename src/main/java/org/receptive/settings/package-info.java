/**
 * What the app remembers between runs besides lesson progress: one small settings file
 * ({@code ~/.receptive/settings.properties}), read with limits (size, keys, lengths, version) so a
 * damaged, hostile, huge or old file gives the usual settings and one plain sentence, and written
 * atomically ({@code engine.AtomicFile}). Values are read by type and range; what they mean is the
 * app's business.
 *
 * <p>May use: {@code engine} (for {@code AtomicFile} and {@code FileProblems}). No JavaFX.
 */
package org.receptive.settings;
