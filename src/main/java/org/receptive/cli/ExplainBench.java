package org.receptive.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.receptive.data.Dataset;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.DrawnDigits;
import org.receptive.data.Mnist;
import org.receptive.engine.Conv2d;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.explain.Explainer;
import org.receptive.explain.Method;
import org.receptive.explain.MostExcitingInput;
import org.receptive.explain.Question;
import org.receptive.explain.TopPatches;

/**
 * {@code bench}'s figures for the explanations, on the default model and a drawn digit: each
 * "why?" map as the Draw view computes it (occlusion at stride 1 with a 6×6 square, the figure to
 * keep under 100 ms). Single thread, median and slowest of several runs after a warm-up.
 */
final class ExplainBench {

    private ExplainBench() {
    }

    static void print(PrintStream out) {
        Network net = DefaultModel.load().network();
        Dataset test = Mnist.test();
        float[] canvas = DrawnDigits.render(test.image(0), test.label(0), DrawnDigits.Variant.TYPICAL, new SplittableRandom(1));
        float[] image = DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE).pixels();
        Explainer explainer = new Explainer(net);
        Question why = Question.why(Mnist.test().label(0));
        for (Method m : Method.values()) {
            double[] ms = time(10, 40, i -> explainer.explain(m, image, why, Explainer.DEFAULT_PATCH, Explainer.DEFAULT_STRIDE));
            out.printf(Locale.ROOT, "why? %-28s %s: median %.1f ms, slowest %.1f ms wall; median %.1f ms CPU (%d runs, one thread)%n",
                    m.title(), m == Method.OCCLUSION ? "28×28, 6×6 square, stride 1" : "28×28", ms[0], ms[1], ms[2], 40);
        }
        lookingFor(out, net);
    }

    /** Gradient ascent for a neuron of each convolution, all ten classes, and the top patches over the test set. */
    private static void lookingFor(PrintStream out, Network net) {
        MostExcitingInput.Settings s = MostExcitingInput.Settings.DEFAULT;
        int[] convs = java.util.stream.IntStream.range(0, net.layers().size())
                .filter(i -> net.layer(i) instanceof Conv2d).map(i -> i + 2).toArray();   // the ReLU after each convolution
        for (int a : convs) {
            var shape = net.layer(a - 1).outputShape();
            double[] ms = time(2, 6, i -> MostExcitingInput.forNeuron(net, a, i % shape.channels(), shape.height() / 2,
                    shape.width() / 2, s, null));
            out.printf(Locale.ROOT, "neuron's most exciting input, activation %d (%d steps): median %.0f ms, slowest %.0f ms wall; "
                    + "median %.0f ms CPU (6 neurons, one thread)%n", a, s.steps(), ms[0], ms[1], ms[2]);
        }
        double[] ms = time(0, 1, i -> {
            for (int c = 0; c < net.classes(); c++) {
                MostExcitingInput.forClass(net, c, MostExcitingInput.Settings.CLASS, null);
            }
        });
        out.printf(Locale.ROOT, "the ten class images: %.0f ms wall, %.0f ms CPU (one thread)%n", ms[0], ms[2]);
        for (int a : convs) {
            double[] top = time(0, 1, i -> TopPatches.of(net, Mnist.test(), Mnist.test().size(), a, TopPatches.COUNT, null));
            out.printf(Locale.ROOT, "nine top patches of every channel of activation %d over the 10,000 test digits: %.0f ms wall, "
                    + "%.0f ms CPU (one thread, once per layer)%n", a, top[0], top[2]);
        }
    }

    /**
     * Median and largest wall time in ms of {@code runs} calls, after {@code warmUp} untimed ones,
     * then the median CPU time of the calling thread (which the other builds on a shared machine
     * move far less than the wall clock).
     */
    static double[] time(int warmUp, int runs, IntConsumer work) {
        for (int i = 0; i < warmUp; i++) {
            work.accept(i);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs], cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.accept(i);
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return new double[] {nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6};
    }
}
