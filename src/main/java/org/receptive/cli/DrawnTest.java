package org.receptive.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.receptive.data.Dataset;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.DigitStyle;
import org.receptive.data.DrawnDigits;
import org.receptive.data.PenPath;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;

/**
 * {@code evaluate --drawn N}: the first N test digits re-drawn as pen strokes in each
 * {@link DrawnDigits.Variant}, and every digit among them of a {@link DigitStyle}'s class written
 * in that style (the variants taking turns), read through the app's own preprocessing. Accuracy
 * per variant and digit, and per style. The drawings depend only on N and fixed seeds.
 */
final class DrawnTest {

    /** Right answers and drawings, per digit. */
    record Tally(int[] correct, int[] total) {
        Tally() {
            this(new int[10], new int[10]);
        }

        int correctAll() {
            return java.util.Arrays.stream(correct).sum();
        }

        int totalAll() {
            return java.util.Arrays.stream(total).sum();
        }

        double accuracy() {
            return (double) correctAll() / Math.max(1, totalAll());
        }

        double accuracy(int digit) {
            return (double) correct[digit] / Math.max(1, total[digit]);
        }
    }

    /** The tallies of every variant and style, and how many digits of each style's class did not suit it. */
    record Result(Map<DrawnDigits.Variant, Tally> variants, Map<DigitStyle, Tally> styles, Map<DigitStyle, Integer> unsuitable) {
    }

    private DrawnTest() {
    }

    /** Draws and reads the first {@code n} digits of {@code test} on {@code threads} threads. */
    static Result run(Network net, Dataset test, int n, int threads) throws InterruptedException {
        int count = Math.min(n, test.size());
        Map<DrawnDigits.Variant, Tally> variants = new EnumMap<>(DrawnDigits.Variant.class);
        for (DrawnDigits.Variant v : DrawnDigits.Variant.values()) {
            // One generator per variant, split once per digit in order (as the test has always drawn).
            SplittableRandom random = new SplittableRandom(7 + v.ordinal());
            SplittableRandom[] perDigit = new SplittableRandom[count];
            for (int i = 0; i < count; i++) {
                perDigit[i] = random.split();
            }
            variants.put(v, tally(net, test, count, threads, i -> DrawnDigits.render(test.image(i), test.label(i), v, perDigit[i])));
        }
        Map<DigitStyle, Tally> styles = new EnumMap<>(DigitStyle.class);
        Map<DigitStyle, Integer> unsuitable = new EnumMap<>(DigitStyle.class);
        for (DigitStyle s : DigitStyle.values()) {
            // The variant of each styled digit goes by its place among the digits of that class.
            int[] place = new int[count];
            int seen = 0;
            for (int i = 0; i < count; i++) {
                place[i] = test.label(i) == s.digit() ? seen++ : -1;
            }
            int[] notSuited = new int[1];
            Tally t = tally(net, test, count, threads, i -> {
                if (place[i] < 0) {
                    return null;
                }
                SplittableRandom r = new SplittableRandom(100_000L * (s.ordinal() + 1) + i);
                PenPath styled = s.restyle(PenPath.of(test.image(i), test.label(i)), r);
                if (styled == null) {
                    synchronized (notSuited) {
                        notSuited[0]++;
                    }
                    return null;
                }
                DrawnDigits.Variant v = DrawnDigits.Variant.values()[place[i] % DrawnDigits.Variant.values().length];
                return DrawnDigits.render(styled, v.pen(), r);
            });
            styles.put(s, t);
            unsuitable.put(s, notSuited[0]);
        }
        return new Result(variants, styles, unsuitable);
    }

    /** A pad drawing of test digit i, or null to leave it out. */
    private interface Drawer {
        float[] draw(int i);
    }

    /** Reads the drawings of digits 0 … count−1, each thread with its own copy of the network. */
    private static Tally tally(Network net, Dataset test, int count, int threads, Drawer drawer) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Tally>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) count * t / threads), to = (int) ((long) count * (t + 1) / threads);
            parts.add(pool.submit(() -> {
                Network copy = net.copy();
                Tally tally = new Tally();
                for (int i = from; i < to; i++) {
                    float[] canvas = drawer.draw(i);
                    if (canvas == null) {
                        continue;
                    }
                    int label = test.label(i);
                    tally.total()[label]++;
                    PreprocessedDigit digit = DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE);
                    if (!digit.isEmpty() && SoftmaxCrossEntropy.argmax(copy.forward(digit.pixels())) == label) {
                        tally.correct()[label]++;
                    }
                }
                return tally;
            }));
        }
        Tally sum = new Tally();
        try {
            for (Future<Tally> f : parts) {
                Tally part = f.get();
                for (int d = 0; d < 10; d++) {
                    sum.correct()[d] += part.correct()[d];
                    sum.total()[d] += part.total()[d];
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the drawn-digit test failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return sum;
    }

    static void print(PrintStream out, Result result, int n) {
        out.printf(Locale.ROOT, "drawn digits: the first %d test digits re-drawn as pen strokes on a 280×280 pad, "
                + "accuracy per variant and digit%n", n);
        out.printf(Locale.ROOT, "%-18s %7s", "variant", "all");
        for (int d = 0; d < 10; d++) {
            out.printf(Locale.ROOT, " %6d", d);
        }
        out.println();
        result.variants().forEach((v, t) -> {
            out.printf(Locale.ROOT, "%-18s %6.2f%%", v.label(), 100 * t.accuracy());
            for (int d = 0; d < 10; d++) {
                out.printf(Locale.ROOT, " %6.1f", 100 * t.accuracy(d));
            }
            out.println();
        });
        out.println("drawn digits in styles MNIST rarely has: the digits of that class among them, restyled, "
                + "the variants taking turns");
        result.styles().forEach((s, t) -> out.printf(Locale.ROOT, "%-18s %6.2f%% of %d (%d did not suit the style)%n",
                s.label(), 100 * t.accuracy(), t.totalAll(), result.unsuitable().get(s)));
    }
}
