package org.receptive.stepper;

import java.util.ArrayList;
import java.util.List;

/**
 * The backward pass of a convolution, one output cell at a time, in the forward sweep's order.
 * Given dL/dY for every output cell, position (n, oy, ox) takes δ = dL/dY · act′(sum) and
 * <pre>
 *   dL/dW[n, c, wy, wx] += δ · x[c, oy·s − p + ky·d, ox·s − p + kx·d]
 *   dL/db[n]            += δ
 *   dL/dX[c, oy·s − p + ky·d, ox·s − p + kx·d] += δ · W[n, c, wy, wx]   (padding cells dropped)
 * </pre>
 * with (wy, wx) the kernel cell the forward step read at window cell (ky, kx). After the last
 * position these are the whole gradients, which the engine's {@code Conv2d.backward} computes
 * with matrix products instead (the tests hold the two to float rounding).
 */
public final class BackwardStepper {

    private final ConvolutionStepper forward;
    private final float[][][] upstream;   // (N, outH, outW): dL/dY, after the activation
    private final float[][][] delta;      // (N, outH, outW): dL/d(sum before the activation)

    /** {@code upstream} is dL/dY with the output's shape; it is copied. */
    public BackwardStepper(ConvolutionStepper forward, float[][][] upstream) {
        this.forward = forward;
        Setup s = forward.setup();
        int oh = forward.outputHeight(), ow = forward.outputWidth();
        if (upstream.length != s.kernels()) {
            throw new IllegalArgumentException("dL/dY has " + upstream.length + " maps, the output " + s.kernels());
        }
        this.upstream = new float[s.kernels()][oh][];
        this.delta = new float[s.kernels()][oh][ow];
        for (int n = 0; n < s.kernels(); n++) {
            if (upstream[n].length != oh) {
                throw new IllegalArgumentException("dL/dY has " + upstream[n].length + " rows, the output " + oh);
            }
            for (int y = 0; y < oh; y++) {
                if (upstream[n][y].length != ow) {
                    throw new IllegalArgumentException("dL/dY has " + upstream[n][y].length + " columns, the output " + ow);
                }
                this.upstream[n][y] = upstream[n][y].clone();
                for (int x = 0; x < ow; x++) {
                    boolean passes = s.activation() != Activation.RELU || forward.total(n, y, x) > 0f;
                    delta[n][y][x] = passes ? upstream[n][y][x] : 0f;
                }
            }
        }
    }

    public ConvolutionStepper forward() {
        return forward;
    }

    public int positions() {
        return forward.positions();
    }

    /** dL/dY, (N, outH, outW), a copy. */
    public float[][][] upstream() {
        return Grids.copy(upstream);
    }

    /** δ for every output cell: dL/dY through the activation, (N, outH, outW), a copy. */
    public float[][][] deltas() {
        return Grids.copy(delta);
    }

    /** The backward arithmetic of position {@code index}. */
    public BackwardStep step(int index) {
        Step f = forward.step(index);
        float d = delta[f.kernel()][f.outRow()][f.outCol()];
        List<BackwardTerm> terms = new ArrayList<>(f.terms().size());
        for (Term t : f.terms()) {
            terms.add(new BackwardTerm(t, d));
        }
        return new BackwardStep(f, forward.setup().activation(), upstream[f.kernel()][f.outRow()][f.outCol()], d, List.copyOf(terms));
    }

    /** The gradients once every position is done. */
    public Gradients gradients() {
        return after(positions());
    }

    /**
     * The gradients after positions 0..count−1 have added their terms, as plain loops (a whole
     * sweep at every frame of the animation is too many {@link Term}s to make).
     */
    public Gradients after(int count) {
        Gradients g = Gradients.zeros(forward.setup());
        addTo(g, 0, count);
        return g;
    }

    /** Adds what positions from .. to−1 contribute into {@code g} (so playing on adds only the new ones). */
    public void addTo(Gradients g, int from, int to) {
        Setup s = forward.setup();
        float[][][] in = forward.inputArray();
        float[][][][] w = forward.kernelArray();
        int k = s.kernelSize(), st = s.stride(), p = s.padding(), dil = s.dilation();
        int oh = forward.outputHeight(), ow = forward.outputWidth();
        boolean flip = s.mode() == Mode.CONVOLUTION;
        int end = Math.min(to, positions());
        for (int i = Math.max(0, from); i < end; i++) {
            int n = i / (oh * ow), oy = i / ow % oh, ox = i % ow;
            float d = delta[n][oy][ox];
            g.bias()[n] += d;
            if (d == 0f) {
                continue;   // adds nothing anywhere (ReLU stopped it, or no gradient arrived)
            }
            for (int c = 0; c < s.channels(); c++) {
                for (int ky = 0; ky < k; ky++) {
                    int y = oy * st - p + ky * dil;
                    if (y < 0 || y >= s.height()) {
                        continue;
                    }
                    for (int kx = 0; kx < k; kx++) {
                        int x = ox * st - p + kx * dil;
                        if (x < 0 || x >= s.width()) {
                            continue;
                        }
                        int wy = flip ? k - 1 - ky : ky, wx = flip ? k - 1 - kx : kx;
                        g.weights()[n][c][wy][wx] += d * in[c][y][x];
                        g.input()[c][y][x] += d * w[n][c][wy][wx];
                    }
                }
            }
        }
    }
}
