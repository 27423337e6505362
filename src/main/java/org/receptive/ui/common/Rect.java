package org.receptive.ui.common;

/** A rectangle of grid cells to outline: first row and column, height and width. */
public record Rect(int top, int left, int height, int width) {

    public boolean contains(int row, int col) {
        return row >= top && row < top + height && col >= left && col < left + width;
    }
}
