package org.receptive.cortex;

/**
 * A neuron's orientation tuning, measured the way Hubel and Wiesel did by hand: sweep a bar
 * through the centre of the receptive field over 0°–180° and record the response at each angle.
 */
public record TuningCurve(double[] angles, float[] responses) {

    /** Sweeps {@code steps} angles from 0° (inclusive) to 180° (exclusive). */
    public static TuningCurve measure(OrientedNeuron neuron, int steps) {
        double[] angles = new double[steps];
        float[] responses = new float[steps];
        int k = neuron.size();
        double cy = neuron.top() + (k - 1) / 2.0, cx = neuron.left() + (k - 1) / 2.0;
        int fieldSize = Math.max(neuron.top(), neuron.left()) + k + 1;
        for (int i = 0; i < steps; i++) {
            angles[i] = 180.0 * i / steps;
            float[][] field = Stimulus.bar(fieldSize, cy, cx, angles[i], 3 * k, Math.max(1, k / 5.0));
            responses[i] = neuron.respond(field);
        }
        return new TuningCurve(angles, responses);
    }

    /** The angle with the strongest response (the first, on ties). */
    public double preferred() {
        int best = 0;
        for (int i = 1; i < responses.length; i++) {
            if (responses[i] > responses[best]) {
                best = i;
            }
        }
        return angles[best];
    }

    /** Peak over mean response: 1 for a neuron that does not care about orientation. */
    public double selectivity() {
        double mean = 0, max = 0;
        for (float r : responses) {
            mean += r / responses.length;
            max = Math.max(max, r);
        }
        return mean == 0 ? 1 : max / mean;
    }
}
