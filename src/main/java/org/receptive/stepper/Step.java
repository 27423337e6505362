package org.receptive.stepper;

import java.util.List;

/**
 * Everything about one position of the sliding kernel: which kernel, which output cell it
 * writes, every product in reading order, the partial sum of each input channel, the bias, the
 * total and the activated result.
 */
public record Step(int index, int kernel, int outRow, int outCol, List<Term> terms, float[] channelSums,
                   float sum, float bias, float total, float result) {

    /** Top-left input cell of the kernel's footprint (may lie in the padding). */
    public int top() {
        return terms.get(0).row();
    }

    public int left() {
        return terms.get(0).col();
    }
}
