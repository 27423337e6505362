package org.receptive.stepper;

/**
 * One product of a step: input cell (channel, row, column) times kernel cell (ky, kx).
 * Rows and columns are input coordinates and may be negative or past the edge when the cell is
 * padding, whose value is 0.
 */
public record Term(int channel, int row, int col, int ky, int kx, boolean padding, float input, float weight) {

    public float product() {
        return input * weight;
    }
}
