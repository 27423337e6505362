/**
 * Images and labels: the IDX reader, the embedded MNIST, IDX folders and Fashion-MNIST, batching
 * and augmentation, the drawing-to-28×28 preprocessing, the drawn-digit test set, the person's
 * own digits.
 *
 * <p>May use: {@code engine} (for its {@code Samples} interface). No JavaFX.
 */
package org.receptive.data;
