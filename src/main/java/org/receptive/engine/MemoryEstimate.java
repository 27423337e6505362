package org.receptive.engine;

import java.util.Locale;

/**
 * How much memory a network needs, worked out from its architecture in long arithmetic before
 * anything is allocated, so a huge architecture is refused with a sentence instead of an
 * {@code OutOfMemoryError} a minute later (or an int that wraps round to a small, wrong size).
 *
 * @param parameters   weights and biases of every layer
 * @param passFloats   floats one thread's {@link Pass} holds whatever its number of samples: the
 *                     layers' scratch space (for a convolution, as {@link Conv2d} lays out its
 *                     buffers: the padded input and its gradient, the unrolled patches and their
 *                     gradient, the transposed output and weight gradients)
 * @param sampleFloats floats a pass holds for each sample it runs at once: the input, every
 *                     layer's activation and gradient, pooling winners, a dense layer's transposes
 */
public record MemoryEstimate(long parameters, long passFloats, long sampleFloats) {

    /** Most parameters one network may hold: they live in one Java array. */
    public static final long MAX_PARAMETERS = Integer.MAX_VALUE - 8;

    /** Floats held per parameter while training with Adam: weights, summed gradients, two moments. */
    private static final int PER_PARAMETER = 4;

    /** The estimate for {@code architecture}; throws (plain message) when a layer does not fit. */
    public static MemoryEstimate of(Architecture architecture) {
        Shape shape = architecture.input();
        long params = 0, floats = 0, sample = shape.size();
        for (int i = 0; i < architecture.layers().size(); i++) {
            LayerSpec spec = architecture.layers().get(i);
            Shape out;
            try {
                // Building a layer only works out shapes; no array is allocated.
                out = spec.build(shape).outputShape();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("layer " + (i + 1) + " (" + spec.token() + "): " + e.getMessage(), e);
            }
            sample += 2L * out.size();
            if (spec instanceof LayerSpec.Conv c) {
                long patch = (long) shape.channels() * c.kernel() * c.kernel();
                long pixels = (long) out.height() * out.width();
                long padded = (long) shape.channels() * (shape.height() + 2L * c.padding()) * (shape.width() + 2L * c.padding());
                long columns = Math.max(c.filters(), Kernels.SLACK);
                params += c.filters() * patch + c.filters();
                floats += 2 * padded + (2 * patch + 1) * pixels + (pixels + patch + 1) * columns + 4L * Kernels.SLACK;
            } else if (spec instanceof LayerSpec.Dense d) {
                params += (long) d.outputs() * shape.size() + d.outputs();
                sample += shape.size() + d.outputs();
            } else if (spec instanceof LayerSpec.Pool) {
                sample += out.size();
            }
            shape = out;
        }
        return new MemoryEstimate(params, floats, sample);
    }

    /** Bytes to run one sample (the Network view, classify, evaluate on one thread). */
    public long inferenceBytes() {
        return 4 * (parameters + passFloats + sampleFloats);
    }

    /** {@link #trainingBytes(int, int)} with the app's default batch of 32. */
    public long trainingBytes(int threads) {
        return trainingBytes(threads, 32);
    }

    /**
     * Bytes to train on {@code threads} threads with mini-batches of {@code batch}: each thread
     * has its own pass, holding its slice of the batch, and its own gradient buffer.
     */
    public long trainingBytes(int threads, int batch) {
        long slice = (batch + threads - 1) / threads;
        return 4 * (parameters * (PER_PARAMETER + threads) + (passFloats + sampleFloats * slice) * threads);
    }

    /** Bytes Java may still allocate: the heap's limit less what is in use now. */
    public static long availableBytes() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** Why this network cannot even be held, or null. */
    public String sizeProblem() {
        if (parameters > MAX_PARAMETERS) {
            return String.format(Locale.ROOT, "it has %,d weights; at most %,d fit in one network: use fewer filters "
                    + "or a smaller dense layer (or pool before it)", parameters, MAX_PARAMETERS);
        }
        return null;
    }

    /** {@link #trainingProblem(int, int, long)} with the app's default batch of 32. */
    public String trainingProblem(int threads, long available) {
        return trainingProblem(threads, 32, available);
    }

    /** Why this network cannot be trained on {@code threads} threads, batch {@code batch}, within {@code available} bytes, or null. */
    public String trainingProblem(int threads, int batch, long available) {
        String size = sizeProblem();
        if (size != null) {
            return "this network cannot be trained: " + size;
        }
        long need = trainingBytes(threads, batch);
        if (need > available) {
            return String.format(Locale.ROOT, "this network needs about %s of memory to train on %d thread%s "
                            + "(%,d weights, %s of working memory per thread), more than the %s Java may use here: "
                            + "use fewer filters, a smaller dense layer or fewer threads, or give Java more memory (-Xmx)",
                    bytes(need), threads, threads == 1 ? "" : "s", parameters,
                    bytes(4 * (passFloats + sampleFloats * ((batch + threads - 1) / threads))), bytes(available));
        }
        return null;
    }

    /** Why this network cannot be run within {@code available} bytes, or null. */
    public String inferenceProblem(long available) {
        String size = sizeProblem();
        if (size != null) {
            return size;
        }
        long need = inferenceBytes();
        if (need > available) {
            return String.format(Locale.ROOT, "it needs about %s of memory to run, more than the %s Java may use here",
                    bytes(need), bytes(available));
        }
        return null;
    }

    /** "1.4 GB", "38 MB". */
    static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, Math.round(n / (double) (1L << 20))));
    }
}
