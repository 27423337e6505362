package org.receptive.cortex;

/**
 * A neuron's orientation tuning, measured the way Hubel and Wiesel did by hand: at each angle
 * from 0° to 180°, move a bar across the receptive field and record the strongest response.
 * Moving the bar matters for kernels learned by training: their favourite line rarely runs
 * exactly through the centre of the field, and a bar held only at the centre would miss it.
 */
public record TuningCurve(double[] angles, float[] responses) {

    /** Sweeps {@code steps} angles from 0° (inclusive) to 180° (exclusive). */
    public static TuningCurve measure(OrientedNeuron neuron, int steps) {
        double[] angles = new double[steps];
        float[] responses = new float[steps];
        int k = neuron.size();
        double cy = neuron.top() + (k - 1) / 2.0, cx = neuron.left() + (k - 1) / 2.0;
        int fieldSize = Math.max(neuron.top(), neuron.left()) + k + 1;
        double reach = (k - 1) / 2.0;
        for (int i = 0; i < steps; i++) {
            angles[i] = 180.0 * i / steps;
            double a = Math.toRadians(angles[i]);
            double ny = Math.cos(a), nx = Math.sin(a);       // across the bar (y grows downwards)
            // Half-cell steps across the field: the bar's soft border makes the response smooth between.
            for (double d = -reach; d <= reach + 1e-9; d += 0.5) {
                float[][] field = Stimulus.bar(fieldSize, cy + d * ny, cx + d * nx, angles[i], 3 * k, Math.max(1, k / 5.0));
                responses[i] = Math.max(responses[i], neuron.respond(field));
            }
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

    /**
     * (max − min) / mean: how much turning the bar changes the response, relative to the usual
     * response. 0 for a neuron that does not care about orientation (a blur), and, unlike
     * {@link #selectivity()}, blind to a response every angle shares.
     */
    public double modulation() {
        double mean = 0, max = 0, min = Double.POSITIVE_INFINITY;
        for (float r : responses) {
            mean += r / responses.length;
            max = Math.max(max, r);
            min = Math.min(min, r);
        }
        return mean == 0 ? 0 : (max - min) / mean;
    }
}
