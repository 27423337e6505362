package org.receptive.ui.training.kernels;

import java.util.ArrayList;
import java.util.List;
import org.receptive.engine.Conv2d;
import org.receptive.engine.Layer;
import org.receptive.engine.Magnitude;
import org.receptive.engine.Network;

/**
 * The kernels of one convolution, copied out of a network (the studio's display network, never
 * the one the trainer writes): {@code kernels[filter][channel]} is one size×size kernel as rows,
 * {@code maxAbs} the largest magnitude among them all (for a shared colour scale).
 */
public record ConvKernels(int convolution, int filters, int channels, int size, float[][][][] kernels, float maxAbs) {

    /** Kernel (filter, channel), rows of weights (not a copy: do not write into it). */
    public float[][] kernel(int filter, int channel) {
        return kernels[filter][channel];
    }

    /** Largest magnitude within one kernel, for a per-kernel colour scale. */
    public float maxAbs(int filter, int channel) {
        return Magnitude.largest(kernels[filter][channel]);
    }

    /** What changed since {@code base} (same shape): these weights minus base's. */
    public ConvKernels minus(ConvKernels base) {
        float[][][][] d = new float[filters][channels][size][size];
        for (int f = 0; f < filters; f++) {
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        d[f][c][y][x] = kernels[f][c][y][x] - base.kernels[f][c][y][x];
                    }
                }
            }
        }
        return new ConvKernels(convolution, filters, channels, size, d, Magnitude.largest(d));
    }

    /** Every convolution's kernels as {@code network} holds them now, numbered from 1. */
    public static List<ConvKernels> of(Network network) {
        List<ConvKernels> all = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof Conv2d c) {
                float[][][][] k = new float[c.filters()][][][];
                for (int f = 0; f < c.filters(); f++) {
                    k[f] = new float[c.channels()][][];
                    for (int ch = 0; ch < c.channels(); ch++) {
                        k[f][ch] = c.kernel(f, ch);
                    }
                }
                all.add(new ConvKernels(all.size() + 1, c.filters(), c.channels(), c.size(), k, Magnitude.largest(k)));
            }
        }
        return List.copyOf(all);
    }
}
