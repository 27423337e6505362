package org.receptive.stepper;

import java.util.List;

/**
 * Everything about one position of the backward sweep: the forward step it undoes, the gradient
 * arriving at its output cell (dL/dY), the gradient of the sum before the activation (δ: ReLU
 * passes it only where the sum was positive), and one {@link BackwardTerm} per product, in the
 * forward step's order. δ is also what the position adds to dL/db.
 */
public record BackwardStep(Step forward, Activation activation, float upstream, float delta, List<BackwardTerm> terms) {

    /** Whether ReLU stopped a non-zero gradient here, because the sum was not positive. */
    public boolean zeroedByActivation() {
        return activation == Activation.RELU && upstream != 0f && delta == 0f;
    }

    public int index() {
        return forward.index();
    }

    public int kernel() {
        return forward.kernel();
    }
}
