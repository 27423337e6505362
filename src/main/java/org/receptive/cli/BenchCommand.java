package org.receptive.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.receptive.data.Dataset;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.DrawnDigits;
import org.receptive.data.Mnist;
import org.receptive.engine.Adam;
import org.receptive.engine.Architecture;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Evaluator;
import org.receptive.engine.Network;
import org.receptive.engine.Trainer;
import org.receptive.engine.TrainingConfig;
import org.receptive.engine.TrainingListener;
import org.receptive.engine.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the engine's speed figures. Training throughput counts a training image as three
 * forward passes of floating-point work (forward, gradient of the input, gradient of the weights).
 * Each run is timed as {@code ../shared/bench/pytorch_bench.py} times PyTorch: Adam 1e-3, whole
 * batches only, a warm-up of 20,000 images, then 60,000 timed; a {@code RESULT} line in the
 * script's own format puts the two side by side.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print training throughput, two threads against one, drawn-digit latency and, with --to-accuracy, "
                + "time to a test accuracy.")
final class BenchCommand implements Callable<Integer> {

    private static final int WARM_UP = 20_000;

    @Option(names = "--arch", split = ",", defaultValue = "lenet-small,default,lenet5-ish",
            description = "architectures to time (default: ${DEFAULT-VALUE})")
    String[] archs;

    @Option(names = "--images", defaultValue = "60000", description = "MNIST images per timed run (default: ${DEFAULT-VALUE})")
    int images;

    @Option(names = "--batch", defaultValue = "64", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--scaling-images", defaultValue = "10000",
            description = "images per run when comparing one thread with all of them (four runs: one thread, all, all, one); "
                    + "0 skips it (default: ${DEFAULT-VALUE})")
    int scalingImages;

    @Option(names = "--to-accuracy",
            description = "also train the 'fast' architecture from scratch until this test accuracy (e.g. 0.99) and print the wall time")
    Double target;

    @Option(names = "--explain-only",
            description = "only the drawn-digit latency and the explanations' times (\"why?\" maps, what a neuron looks for)")
    boolean explainOnly;

    @Option(names = "--skip-explain", description = "leave out the explanations' times (they take about 20 s)")
    boolean skipExplain;

    @Option(names = "--latency-only", description = "only the drawn-digit latency, with the preprocessing and the forward pass apart")
    boolean latencyOnly;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (explainOnly || latencyOnly) {
            latency(out);
            if (!latencyOnly) {
                ExplainBench.print(out);
            }
            return 0;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Dataset train = Mnist.train();
        out.printf(Locale.ROOT, "Receptive bench: %d threads, batch %d, Adam 1e-3, Java %s, %d cores, kernels: %s%n",
                workers, batch, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Network.kernels());
        for (String name : archs) {
            throughput(out, name.trim(), train, workers);
        }
        latency(out);
        if (!skipExplain) {
            ExplainBench.print(out);
        }
        if (target != null) {
            race(out, train, workers);
        }
        return 0;
    }

    private void throughput(PrintStream out, String name, Dataset train, int workers) {
        Network net = Network.create(Architecture.named(name), 1);
        Adam adam = new Adam(1e-3);
        run(net, adam, train, WARM_UP, workers);          // lets HotSpot compile the kernels before the clock runs
        TrainingResult r = run(net, adam, train, images, workers);
        double gflops = r.imagesPerSecond() * 3.0 * net.forwardFlops() / 1e9;
        double seconds = r.images() / r.imagesPerSecond();
        double accuracy = Evaluator.evaluate(net, Mnist.test(), 0, workers).accuracy();
        out.printf(Locale.ROOT, "train %-12s %,9.0f images/s  %6.1f GFLOP/s  (%.2f MFLOP forward, %,d images, %.1f s)%n",
                name, r.imagesPerSecond(), gflops, net.forwardFlops() / 1e6, r.images(), seconds);
        out.printf(Locale.ROOT, "RESULT peer=receptive net=%s batch=%d threads=%d opt=adam1e-3 train_images=%d train_s=%.2f "
                + "img_per_s=%.1f gflops=%.1f test_acc=%.4f%n", name, batch, workers, r.images(), seconds,
                r.imagesPerSecond(), gflops, accuracy);
        if (workers > 1 && scalingImages > 0) {
            // One thread, all of them, all, one, right after each other (A B B A): a load that
            // rises or falls steadily over the four runs weighs on both sides alike, which one
            // pair cannot do. The ratio is of the total times for the same number of images.
            double[] runSeconds = new double[4];
            long perRun = 0;
            int[] order = {1, workers, workers, 1};
            for (int i = 0; i < 4; i++) {
                TrainingResult s = run(net, adam, train, scalingImages, order[i]);
                runSeconds[i] = s.images() / s.imagesPerSecond();
                perRun = s.images();
            }
            double one = 2 * perRun / (runSeconds[0] + runSeconds[3]), all = 2 * perRun / (runSeconds[1] + runSeconds[2]);
            out.printf(Locale.ROOT, "scale %-12s 1 thread %,9.0f images/s, %d threads %,9.0f images/s: %.2f× "
                    + "(%,d images a run, threads 1, %d, %d, 1: %.2f, %.2f, %.2f, %.2f s)%n",
                    name, one, workers, all, all / one, perRun, workers, workers,
                    runSeconds[0], runSeconds[1], runSeconds[2], runSeconds[3]);
        }
    }

    /** One epoch over the whole batches in the first {@code count} images, continuing with the same optimiser. */
    private TrainingResult run(Network net, Adam adam, Dataset train, int count, int workers) {
        Dataset images = train.subset(0, Math.max(batch, Math.min(count, train.size()) / batch * batch));
        TrainingConfig config = new TrainingConfig(1, batch, workers, 1, false, 1.0, 0, 0);
        return new Trainer(net, adam, config).train(images, null, new TrainingListener() { });
    }

    /**
     * A 280×280 drawing → preprocessing → forward pass with every activation kept, then each of
     * the two alone, with the collections the JVM ran meanwhile: a p99 far above the median is
     * jitter (a collection, the scheduler, compilation), and these say which.
     */
    private static void latency(PrintStream out) {
        Network net = DefaultModel.load().network();
        Dataset test = Mnist.test();
        float[] canvas = DrawnDigits.render(test.image(0), test.label(0), DrawnDigits.Variant.TYPICAL, new SplittableRandom(1));
        float[] pixels = DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE).pixels();
        String both = percentiles(() -> net.forward(DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE).pixels()));
        String forward = percentiles(() -> net.forward(pixels));
        String preprocessing = percentiles(() -> DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE));
        out.printf(Locale.ROOT, "drawn digit → prediction with all activations (default model, 280×280 canvas): %s%n", both);
        out.printf(Locale.ROOT, "  the forward pass alone: %s; the preprocessing alone: %s%n", forward, preprocessing);
    }

    /**
     * Median and p99 of 3,000 timed runs after 1,000 untimed, the p99 of the thread's CPU time (a
     * wall-time p99 far above it is the scheduler giving the core away, not the work), and the
     * collections during the timed runs.
     */
    private static String percentiles(Runnable work) {
        int runs = 3000;
        long[] nanos = new long[runs], cpu = new long[runs];
        for (int i = 0; i < 1000; i++) {
            work.run();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] gc = collections();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        long[] after = collections();
        allocated = (threads.getCurrentThreadAllocatedBytes() - allocated) / runs;
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms (CPU p99 %.2f ms; %,d bytes allocated a run; "
                + "%d collections, %d ms)", nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6, cpu[runs * 99 / 100] / 1e6,
                allocated, after[0] - gc[0], after[1] - gc[1]);
    }

    /** Collections so far and their total time in ms, over all the JVM's collectors. */
    private static long[] collections() {
        long count = 0, ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    /** Wall time from fresh weights to the target test accuracy, evaluating on the full test set. */
    private void race(PrintStream out, Dataset train, int workers) {
        Dataset test = Mnist.test();
        Network net = Network.create(Architecture.named("fast"), 1);
        int every = 400;
        TrainingConfig config = new TrainingConfig(20, 32, workers, 1, false, 0.6, every, 0);
        long start = System.nanoTime();
        Trainer trainer = new Trainer(net, new Adam(2e-3), config);
        double[] reached = {-1, 0};
        trainer.train(train, test, new TrainingListener() {
            @Override
            public void evaluationDone(EvaluationEvent e) {
                Evaluation ev = e.evaluation();
                if (ev.accuracy() >= target && reached[0] < 0) {
                    reached[0] = (System.nanoTime() - start) / 1e9;
                    reached[1] = ev.accuracy();
                    trainer.cancel();
                }
            }
        });
        if (reached[0] < 0) {
            out.printf(Locale.ROOT, "fast did not reach %.2f%% test accuracy in %d epochs%n", 100 * target, config.epochs());
        } else {
            out.printf(Locale.ROOT, "fast (" + Architecture.FAST
                    + ") from scratch to %.2f%% test accuracy: %.1f s wall time (reached %.2f%%)%n",
                    100 * target, reached[0], 100 * reached[1]);
            out.printf(Locale.ROOT, "RACE peer=receptive net=fast target=%s wall_s=%.1f acc=%.4f%n", target, reached[0], reached[1]);
        }
    }
}
