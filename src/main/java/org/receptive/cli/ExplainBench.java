package org.receptive.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.DrawnDigits;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.explain.Explainer;
import org.receptive.explain.Method;
import org.receptive.explain.Question;

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
        float[] canvas = DrawnDigits.render(Mnist.test().image(0), DrawnDigits.Variant.TYPICAL, new SplittableRandom(1));
        float[] image = DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE).pixels();
        Explainer explainer = new Explainer(net);
        Question why = Question.why(Mnist.test().label(0));
        for (Method m : Method.values()) {
            double[] ms = time(10, 40, i -> explainer.explain(m, image, why, Explainer.DEFAULT_PATCH, Explainer.DEFAULT_STRIDE));
            out.printf(Locale.ROOT, "why? %-28s %s: median %.1f ms, slowest %.1f ms wall; median %.1f ms CPU (%d runs, one thread)%n",
                    m.title(), m == Method.OCCLUSION ? "28×28, 6×6 square, stride 1" : "28×28", ms[0], ms[1], ms[2], 40);
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
