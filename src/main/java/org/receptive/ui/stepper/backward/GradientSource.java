package org.receptive.ui.stepper.backward;

/** Where the backward sweep's dL/dY comes from, as a student picks it. */
public enum GradientSource {
    PRESET_TARGET("Target: a preset applied to this input", "L = ½Σ(y − t)² with t the input filtered by a preset kernel: "
            + "the gradient pulls this kernel towards that preset"),
    FROZEN_TARGET("Target: the output as it is now", "Freezes today's output as the target t; change a weight and the "
            + "gradient shows the way back"),
    ZERO_TARGET("Target: zero everywhere", "L = ½Σy²: every output cell is pulled towards 0"),
    ONES("All ones (L = Σy)", "dL/dY = 1 in every cell: the simplest gradient, showing how often each cell is used"),
    NETWORK("The network's real gradient", "The default network's gradient for one MNIST digit and its label, arriving at "
            + "four of its first layer's sixteen 5×5 kernels (this sets the stepper to that layer's own settings)");

    private final String label;
    private final String tooltip;

    GradientSource(String label, String tooltip) {
        this.label = label;
        this.tooltip = tooltip;
    }

    public String label() {
        return label;
    }

    public String tooltip() {
        return tooltip;
    }
}
