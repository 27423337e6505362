/**
 * Images and labels: the IDX reader, the embedded MNIST, IDX folders and Fashion-MNIST, the one
 * picture reader, batching and augmentation, the drawing-to-28×28 preprocessing and the rule that
 * says "not a digit", the drawn-digit test set, the person's own digits.
 *
 * <p>May use: {@code engine} (its {@code Samples} and {@code Shape}, atomic saving, the memory
 * estimate). No JavaFX.
 */
package org.receptive.data;
