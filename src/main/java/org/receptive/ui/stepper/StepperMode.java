package org.receptive.ui.stepper;

/** What the Stepper view shows: the forward sweep, the backward sweep, or a kernel learning. */
public enum StepperMode {
    FORWARD("Forward", "The forward pass: each output cell is the sum of the products under the kernel (F)"),
    BACKWARD("Backward", "The backward pass: how the loss's gradient reaches each weight and each input cell (B)"),
    LEARN("Learn a kernel", "Watch a kernel learn to be a preset from its gradient, update after update (L)");

    private final String label;
    private final String tooltip;

    StepperMode(String label, String tooltip) {
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
