package org.receptive.ui.stepper.backward;

import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.NetworkLoss;
import org.receptive.stepper.OutputSum;
import org.receptive.stepper.TargetLoss;
import org.receptive.stepper.Upstream;

/**
 * What a student chose as the gradient's source, and the loss it makes for a forward pass: a
 * preset's output on the same input as the target (scaled to one picture's share when it comes
 * from the lab), the output frozen at one moment, zeros, all ones, or the network.
 */
final class GradientChoice {

    GradientSource source = GradientSource.PRESET_TARGET;
    KernelPreset preset = KernelPreset.SOBEL_Y;   // the first kernel starts as Sobel x: a different target
    float scale = 1f;                             // 1, or one picture's share of the lab's mean
    String shareNote = "";
    NetworkLoss network;
    float[][][] frozen;

    /** Back to a plain source of the stepper's own (not the lab's share). */
    void plain(GradientSource s) {
        source = s;
        scale = 1f;
        shareNote = "";
    }

    /** The loss for {@code st}; throws IllegalArgumentException, in words, when it cannot be made. */
    Upstream upstream(ConvolutionStepper st) {
        return switch (source) {
            case PRESET_TARGET -> TargetLoss.ofPreset(st, preset, scale);
            case FROZEN_TARGET -> {
                if (frozen == null) {
                    frozen = st.output();
                }
                yield TargetLoss.of(frozen, "the output as it was when frozen");
            }
            case ZERO_TARGET -> TargetLoss.zeros(st);
            case ONES -> new OutputSum();
            case NETWORK -> network;
        };
    }
}
