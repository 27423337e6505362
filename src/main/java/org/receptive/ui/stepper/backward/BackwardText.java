package org.receptive.ui.stepper.backward;

import org.receptive.stepper.Activation;
import org.receptive.stepper.BackwardStep;
import org.receptive.stepper.SgdStep;
import org.receptive.ui.stepper.StepperText;

/** The Backward mode's sentences: where δ comes from, a product, what dL/db gets, a step's losses. */
final class BackwardText {

    private BackwardText() {
    }

    /** Where δ comes from at this position, with ReLU's verdict in words. */
    static String delta(BackwardStep s) {
        String at = "At output map " + (s.kernel() + 1) + ", row " + s.forward().outRow() + ", column " + s.forward().outCol()
                + ": dL/dY = " + StepperText.significant(s.upstream());
        if (s.activation() != Activation.RELU) {
            return at + ", so δ = dL/dY = " + StepperText.significant(s.delta()) + ".";
        }
        if (s.zeroedByActivation()) {
            return at + ", but the sum before ReLU was " + StepperText.significant(s.forward().total())
                    + ", not positive: ReLU let nothing through forward, so it passes no gradient back. δ = 0, and this position"
                    + " adds nothing to dL/dW or dL/dX.";
        }
        return at + "; the sum before ReLU was " + StepperText.significant(s.forward().total())
                + (s.forward().total() > 0 ? ", positive, so ReLU passes the gradient on: δ = " : ": δ = ")
                + StepperText.significant(s.delta()) + ".";
    }

    /** "0.42·(−1)" — a factor pair, short enough for a grid cell. */
    static String product(float delta, float other) {
        return StepperText.factor(delta) + "·" + StepperText.factor(other);
    }

    static String bias(BackwardStep s) {
        return "dL/db of kernel " + (s.kernel() + 1) + " += δ = " + StepperText.significant(s.delta())
                + "   (the bias is added to every output cell of its map, so each cell's δ counts once)";
    }

    /** "loss 3.21 → 2.05 (η = 0.01)". */
    static String step(SgdStep s) {
        return "Last step (η = " + StepperText.plain(s.learningRate()) + "): loss " + StepperText.significant(s.lossBefore()) + " → "
                + StepperText.significant(s.lossAfter()) + (s.lossAfter() < s.lossBefore() ? "  (down)" : s.lossAfter() > s.lossBefore()
                ? "  (up: the step was too large; try a smaller η)" : "");
    }
}
