package org.receptive.ui.stepper;

/**
 * One cell of a grid the stepper draws: {@code map} is the input channel, the kernel's channel
 * slice or the output map (kernel), then row and column. Input rows and columns may lie in the
 * padding (negative or past the edge).
 */
public record Cell(int map, int row, int col) {
}
