package org.receptive.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.receptive.engine.Samples;

/**
 * Extra training images drawn the way people draw on the pad: training digits re-drawn with a
 * brush ({@link DrawnDigits}), some written in the {@link DigitStyle}s MNIST rarely has, and
 * non-digit doodles ({@link PenDoodles}) labelled {@link Samples#OUTLIER}, which the trainer
 * pushes towards equal probabilities for every digit (outlier exposure). Each image is drawn on
 * the 280×280 pad and preprocessed exactly as the app preprocesses a drawing, then kept as
 * 28×28 bytes like MNIST. Made only from the set it is given (MNIST's training set), never from
 * the test set the drawn-digit figures are measured on.
 */
public final class DrawnTraining {

    /**
     * The pens of the training drawings: wider ranges than the test's {@link DrawnDigits.Variant}s
     * (10–26 px, 30–85% of the pad), slanted and squeezed, so the network meets more hands than
     * the test draws with. One drawing in four is small and near an edge.
     */
    static final DrawnDigits.Pen CENTRED = new DrawnDigits.Pen(10, 26, 0.45, 0.85, false, 0.3, 0.15);
    static final DrawnDigits.Pen OFF_CENTRE = new DrawnDigits.Pen(12, 22, 0.30, 0.55, true, 0.3, 0.15);

    /** Tries at most this many digits of a class before drawing one without its style. */
    private static final int TRIES = 30;

    /**
     * How many images of each kind, as shares of the source set's size.
     *
     * @param drawn    digits re-drawn as they are
     * @param styled   digits written in a {@link DigitStyle}, the styles taking turns
     * @param outliers doodles that are not digits
     */
    public record Mix(double drawn, double styled, double outliers) {
        public Mix {
            for (double v : new double[] {drawn, styled, outliers}) {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("each share must be 0 to 1, not " + v);
                }
            }
        }

        /** How many images of the three kinds, for a source of n images. */
        int[] counts(int n) {
            return new int[] {(int) Math.round(drawn * n), (int) Math.round(styled * n), (int) Math.round(outliers * n)};
        }

        /** The total number of images for a source of n images. */
        public int total(int n) {
            int[] c = counts(n);
            return c[0] + c[1] + c[2];
        }
    }

    private DrawnTraining() {
    }

    /**
     * The drawn images for {@code source}, on {@code threads} threads. Image k depends only on
     * (seed, k), so the set is the same whatever the thread count; {@code done} hears how many
     * are finished, now and then.
     */
    public static Dataset build(Dataset source, Mix mix, long seed, int threads, IntConsumer done) throws InterruptedException {
        int[] counts = mix.counts(source.size());
        int total = counts[0] + counts[1] + counts[2], side = PreprocessedDigit.SIDE;
        byte[] pixels = new byte[total * side * side];
        byte[] labels = new byte[total];
        List<List<Integer>> byClass = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < source.size(); i++) {
            byClass.get(source.label(i)).add(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "receptive-drawn-training");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            int chunk = 256;
            java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
            for (int from = 0; from < total; from += chunk) {
                int a = from, z = Math.min(total, from + chunk);
                parts.add(pool.submit(() -> {
                    for (int k = a; k < z; k++) {
                        draw(source, byClass, counts, k, seed, pixels, labels);
                    }
                    done.accept(finished.addAndGet(z - a));
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("drawing the training images failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Dataset(source.name() + ", drawn", pixels, labels, side, side);
    }

    /** Image k: re-drawn digits first, then styled digits, then doodles. */
    private static void draw(Dataset source, List<List<Integer>> byClass, int[] counts, int k, long seed,
                             byte[] pixels, byte[] labels) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k);
        PenPath path = null;
        int label;
        if (k < counts[0]) {
            int i = r.nextInt(source.size());
            path = PenPath.of(source.image(i), source.label(i));
            label = source.label(i);
        } else if (k < counts[0] + counts[1]) {
            DigitStyle style = DigitStyle.values()[(k - counts[0]) % DigitStyle.values().length];
            List<Integer> digits = byClass.get(style.digit());
            label = style.digit();
            for (int t = 0; t < TRIES && path == null && !digits.isEmpty(); t++) {
                PenPath plain = PenPath.of(source.image(digits.get(r.nextInt(digits.size()))), style.digit());
                path = style.restyle(plain, r);
                if (path == null && t == TRIES - 1) {
                    path = plain;
                }
            }
        } else {
            path = PenDoodles.draw(r);
            label = Samples.OUTLIER;
        }
        if (path == null) {
            labels[k] = (byte) Samples.OUTLIER;          // no digit of that class in the source: a blank, unsure image
            return;
        }
        labels[k] = (byte) label;
        DrawnDigits.Pen pen = r.nextInt(4) == 0 ? OFF_CENTRE : CENTRED;
        float[] canvas = DrawnDigits.render(path, pen, r);
        float[] input = DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE).pixels();
        int at = k * input.length;
        for (int j = 0; j < input.length; j++) {
            pixels[at + j] = (byte) Math.round(255 * Math.min(1f, input[j]));
        }
    }
}
