package org.receptive.cortex;

/**
 * A model simple cell: a square receptive field at (top, left) of the visual field and a kernel
 * of weights over it. Its response is the rectified weighted sum of what falls in its field,
 * max(0, Σ w·s), as a convolution unit followed by ReLU computes.
 */
public record OrientedNeuron(int top, int left, float[][] kernel) {

    public int size() {
        return kernel.length;
    }

    /** The response to a visual field (cells outside the field count as 0). */
    public float respond(float[][] field) {
        float sum = 0;
        int k = kernel.length;
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                int fy = top + y, fx = left + x;
                if (fy >= 0 && fy < field.length && fx >= 0 && fx < field[0].length) {
                    sum += kernel[y][x] * field[fy][fx];
                }
            }
        }
        return Math.max(0f, sum);
    }
}
