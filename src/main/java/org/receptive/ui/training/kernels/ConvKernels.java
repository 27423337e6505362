package org.receptive.ui.training.kernels;

import java.util.ArrayList;
import java.util.List;
import org.receptive.engine.Conv2d;
import org.receptive.engine.LayerSpec;
import org.receptive.engine.Network;

/**
 * The kernels of one convolution, copied out of a parameter array: {@code weights} is
 * (filters, channels, size, size) row-major, {@code maxAbs} the largest magnitude (for a shared
 * colour scale).
 */
public record ConvKernels(int convolution, int filters, int channels, int size, float[] weights, float maxAbs) {

    /** Kernel (filter, channel) as size×size values starting at this offset in {@link #weights}. */
    public int offset(int filter, int channel) {
        return (filter * channels + channel) * size * size;
    }

    /** Largest magnitude within one kernel, for a per-kernel colour scale. */
    public float maxAbs(int filter, int channel) {
        float m = 0;
        int o = offset(filter, channel);
        for (int i = 0; i < size * size; i++) {
            m = Math.max(m, Math.abs(weights[o + i]));
        }
        return m;
    }

    /** What changed since {@code base} (same shape): these weights minus base's. */
    public ConvKernels minus(ConvKernels base) {
        float[] d = new float[weights.length];
        float m = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = weights[i] - base.weights[i];
            m = Math.max(m, Math.abs(d[i]));
        }
        return new ConvKernels(convolution, filters, channels, size, d, m);
    }

    /**
     * Every convolution's kernels in {@code params}, laid out as {@code network}'s parameters
     * (Conv2d binds its weights (O, C, k, k) first, then the biases).
     */
    public static List<ConvKernels> of(Network network, float[] params) {
        List<ConvKernels> all = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < network.layers().size(); i++) {
            if (network.layer(i) instanceof Conv2d c) {
                int k = ((LayerSpec.Conv) c.spec()).kernel();
                int filters = c.outputShape().channels(), channels = c.inputShape().channels();
                int from = network.paramOffset(i), count = filters * channels * k * k;
                float[] w = new float[count];
                System.arraycopy(params, from, w, 0, count);
                float m = 0;
                for (float v : w) {
                    m = Math.max(m, Math.abs(v));
                }
                all.add(new ConvKernels(++n, filters, channels, k, w, m));
            }
        }
        return List.copyOf(all);
    }
}
