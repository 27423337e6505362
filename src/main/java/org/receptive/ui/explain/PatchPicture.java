package org.receptive.ui.explain;

/**
 * A small grey picture the neuron panel draws: {@code height × width} values in 0..1, row by row,
 * a caption under it, and a rectangle to outline (top, left, height, width; null for none).
 */
public record PatchPicture(float[] pixels, int height, int width, String caption, int[] outline) {
}
