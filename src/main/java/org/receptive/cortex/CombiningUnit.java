package org.receptive.cortex;

/**
 * A second-layer unit: it looks at a span×span block of first-layer positions and fires only
 * when every orientation it needs is present somewhere in that block (the weakest of the
 * strongest responses), so a cross detector needs a vertical and a horizontal line together.
 * Its receptive field is the union of the first-layer fields it pools, and so larger.
 */
public record CombiningUnit(String name, int row, int col, int span, int[] kinds) {

    /** The response given the first layer's responses [kind][row][col]. */
    public float respond(float[][][] first) {
        float weakest = Float.POSITIVE_INFINITY;
        for (int kind : kinds) {
            float strongest = 0;
            for (int r = row; r < Math.min(row + span, first[kind].length); r++) {
                for (int c = col; c < Math.min(col + span, first[kind][0].length); c++) {
                    strongest = Math.max(strongest, first[kind][r][c]);
                }
            }
            weakest = Math.min(weakest, strongest);
        }
        return weakest;
    }

    /** The visual-field rectangle this unit sees through the sheet: {top, left, size}. */
    public int[] field(NeuronSheet sheet) {
        OrientedNeuron first = sheet.neuron(0, row, col);
        int last = Math.min(span, sheet.rows() - row) - 1;
        OrientedNeuron far = sheet.neuron(0, row + last, col + Math.min(span, sheet.cols() - col) - 1);
        return new int[] {first.top(), first.left(), far.top() + far.size() - first.top()};
    }
}
