package org.receptive.stepper;

/**
 * One product of a step: input cell (channel, row, column) under window cell (ky, kx), times the
 * weight of kernel cell (wy, wx). The two kernel cells are the same for cross-correlation; true
 * convolution reads the kernel turned 180°, so there (wy, wx) = (k−1−ky, k−1−kx). Rows and
 * columns are input coordinates and may be negative or past the edge when the cell is padding,
 * whose value is 0.
 */
public record Term(int channel, int row, int col, int ky, int kx, int wy, int wx, boolean padding, float input, float weight) {

    public float product() {
        return input * weight;
    }
}
