package org.receptive.stepper;

/**
 * One product of the backward pass at a position: δ (the output cell's gradient, through the
 * activation) times the input cell under window cell (ky, kx) goes into dL/dW at kernel cell
 * (wy, wx); δ times that weight is scattered back onto the input cell, unless the cell is padding
 * (a constant 0 has no gradient to receive).
 */
public record BackwardTerm(Term term, float delta) {

    /** δ · a: what this product adds to dL/dW[channel][wy][wx]. */
    public float weightGradient() {
        return delta * term.input();
    }

    /** δ · w: what this product adds to dL/dX[channel][row][col]; 0 for a padding cell, which is dropped. */
    public float inputGradient() {
        return term.padding() ? 0f : delta * term.weight();
    }
}
