package org.receptive.explain;

import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.receptive.engine.InputGradient;
import org.receptive.engine.LayerSpec;
import org.receptive.engine.Network;
import org.receptive.engine.ReLU;
import org.receptive.engine.Shape;

/**
 * The input that excites a neuron (or a class score) most, found by gradient ascent from grey (or black)
 * (Erhan et al. 2009; the regularisers after Yosinski et al. 2015, "Understanding Neural Networks
 * Through Deep Visualization"): each step moves the image along the input gradient taken on a
 * randomly shifted copy (jitter, so the answer does not hang on one pixel grid), minus a pull
 * towards 0 (small values: ink only where it pays), every few steps blurred a little (no
 * pixel-level noise), and kept in 0..1. A step is kept only if the neuron's activation does not
 * fall, otherwise the step size is halved: the activation rises monotonically.
 *
 * <p>A neuron behind a ReLU is pushed on its input, the convolution's sum, because a ReLU that
 * is 0 at grey has no gradient to follow; a pooled neuron is pushed on the middle cell of its window.
 */
public final class MostExcitingInput {

    /**
     * The settings: steps, the first step size (in grey levels), jitter in pixels, blur every n
     * steps, the pull to 0, the seed, and the grey level the ascent starts from.
     */
    public record Settings(int steps, double rate, int jitter, int blurEvery, double decay, long seed, float start) {
        /** Well under 2 s for a neuron of the default model on one core; from mid-grey, so a neuron can ask for dark as well as ink. */
        public static final Settings DEFAULT = new Settings(160, 0.1, 1, 4, 0.02, 1, 0.5f);
        /**
         * For a class score, which every pixel feeds: more jitter, a blur every step and a stronger
         * pull to 0, else the image is a high-frequency texture (seen on the default model, side
         * by side with DEFAULT's settings); and from black, the paper of every MNIST digit, so
         * ink appears only where the class asks for a stroke. From grey, the default model's 1, 7
         * and 0 came out as grey fog with bright blotches; from black, the 0 is a ring and 2, 3, 8
         * and 9 are strokes in their shape (compared side by side on all ten, 2026-12-02).
         */
        public static final Settings CLASS = new Settings(200, 0.1, 2, 1, 0.1, 1, 0f);
    }

    /** The image found and the objective after every step (non-decreasing). */
    public record Result(float[] image, double[] trace) {
    }

    /** Which activation and cell gradient ascent pushes on. */
    record Target(int activation, int channel, int y, int x) {
    }

    private MostExcitingInput() {
    }

    /** For the neuron at (channel, y, x) of activation {@code activation}; {@code progress} hears 0..1. */
    public static Result forNeuron(Network net, int activation, int channel, int y, int x, Settings s, DoubleConsumer progress) {
        Target t = pushed(net, new Target(activation, channel, y, x));
        Shape shape = shape(net, t.activation());
        float[] seed = new float[shape.size()];
        seed[shape.index(t.channel(), t.y(), t.x())] = 1;
        return ascend(net, t.activation(), seed, s, progress);
    }

    /** For class c's score (its logit). */
    public static Result forClass(Network net, int c, Settings s, DoubleConsumer progress) {
        float[] seed = new float[net.classes()];
        seed[c] = 1;
        return ascend(net, net.layers().size(), seed, s, progress);
    }

    /** Walks down through ReLUs (to the sum they cut) and pooling (to the middle of the window). */
    static Target pushed(Network net, Target t) {
        while (t.activation() > 1) {
            var layer = net.layer(t.activation() - 1);
            if (layer instanceof ReLU) {
                t = new Target(t.activation() - 1, t.channel(), t.y(), t.x());
            } else if (layer.spec() instanceof LayerSpec.Pool p) {
                Shape in = layer.inputShape();
                t = new Target(t.activation() - 1, t.channel(), Math.min(in.height() - 1, t.y() * p.stride() + p.size() / 2),
                        Math.min(in.width() - 1, t.x() * p.stride() + p.size() / 2));
            } else {
                break;
            }
        }
        return t;
    }

    private static Shape shape(Network net, int activation) {
        return activation == 0 ? net.inputShape() : net.layer(activation - 1).outputShape();
    }

    static Result ascend(Network net, int activation, float[] seed, Settings s, DoubleConsumer progress) {
        InputGradient g = new InputGradient(net);
        Shape in = net.inputShape();
        int size = in.size();
        SplittableRandom random = new SplittableRandom(s.seed());
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            // the start, with a whisper of noise (kept in 0..1: from black, only the upward half stays)
            x[i] = Math.max(0f, Math.min(1f, s.start() + (float) random.nextDouble(-0.01, 0.01)));
        }
        double current = objective(g, x, activation, seed);
        double rate = s.rate();
        double[] trace = new double[s.steps()];
        float[] shifted = new float[size], step = new float[size];
        for (int k = 0; k < s.steps(); k++) {
            int dy = random.nextInt(2 * s.jitter() + 1) - s.jitter(), dx = random.nextInt(2 * s.jitter() + 1) - s.jitter();
            shift(x, shifted, in, dy, dx);
            float[] grad = g.of(shifted, activation, seed);
            shift(grad, step, in, -dy, -dx);   // the gradient back on the unshifted grid
            float largest = 1e-12f;
            for (float v : step) {
                largest = Math.max(largest, Math.abs(v));
            }
            float[] candidate = new float[size];
            for (int i = 0; i < size; i++) {
                candidate[i] = (float) (x[i] + rate * (step[i] / largest - s.decay() * x[i] / s.rate()));
            }
            if (s.blurEvery() > 0 && k % s.blurEvery() == s.blurEvery() - 1) {
                blur(candidate, in);
            }
            for (int i = 0; i < size; i++) {
                candidate[i] = Math.max(0f, Math.min(1f, candidate[i]));
            }
            double value = objective(g, candidate, activation, seed);
            if (value >= current) {
                x = candidate;
                current = value;
            } else {
                rate /= 2;   // overshot: a smaller step next time
            }
            trace[k] = current;
            if (progress != null) {
                progress.accept((k + 1.0) / s.steps());
            }
        }
        return new Result(x, trace);
    }

    /** Σ seed · activation for image x. */
    private static double objective(InputGradient g, float[] x, int activation, float[] seed) {
        g.pass().forward(x);
        float[] a = g.pass().activation(activation);
        double sum = 0;
        for (int i = 0; i < seed.length; i++) {
            sum += (double) seed[i] * a[i];
        }
        return sum;
    }

    /** out[c, y, x] = in[c, y − dy, x − dx], 0 where that falls outside. */
    static void shift(float[] src, float[] out, Shape in, int dy, int dx) {
        int h = in.height(), w = in.width();
        java.util.Arrays.fill(out, 0f);
        for (int c = 0; c < in.channels(); c++) {
            for (int y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
                for (int xx = Math.max(0, dx); xx < Math.min(w, w + dx); xx++) {
                    out[(c * h + y) * w + xx] = src[(c * h + y - dy) * w + xx - dx];
                }
            }
        }
    }

    /** A light blur: each pixel half itself, half the mean of its 3×3 neighbourhood. */
    static void blur(float[] img, Shape in) {
        int h = in.height(), w = in.width();
        float[] copy = img.clone();
        for (int c = 0; c < in.channels(); c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double sum = 0;
                    int n = 0;
                    for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                        for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                            sum += copy[(c * h + yy) * w + xx];
                            n++;
                        }
                    }
                    int i = (c * h + y) * w + x;
                    img[i] = (float) (0.5 * copy[i] + 0.5 * sum / n);
                }
            }
        }
    }
}
