package org.receptive.stepper;

/** What is applied to the sum after the bias. */
public enum Activation {
    NONE, RELU;

    public float apply(float v) {
        return this == RELU ? Math.max(0f, v) : v;
    }
}
