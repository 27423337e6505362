/**
 * The command line (picocli): {@code train}, {@code evaluate}, {@code classify}, {@code bench}. The
 * only package that writes to the standard streams.
 *
 * <p>May use: {@code engine}, {@code data}. No JavaFX.
 */
package org.receptive.cli;
