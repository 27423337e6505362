package org.receptive.cli;

import java.io.PrintStream;
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
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print training throughput, drawn-digit latency and, with --to-accuracy, time to a test accuracy.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--arch", split = ",", defaultValue = "lenet-small,tiny,default",
            description = "architectures to time (default: ${DEFAULT-VALUE})")
    String[] archs;

    @Option(names = "--images", defaultValue = "60000", description = "MNIST images per timed run (default: ${DEFAULT-VALUE})")
    int images;

    @Option(names = "--batch", defaultValue = "64", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--to-accuracy", description = "also train the 'fast' architecture from scratch until this test accuracy (e.g. 0.99) and print the wall time")
    Double target;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Dataset train = Mnist.train();
        out.printf(Locale.ROOT, "Receptive bench: %d threads, batch %d, Java %s, %d cores%n",
                workers, batch, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (String name : archs) {
            throughput(out, name.trim(), train, workers);
        }
        latency(out);
        if (target != null) {
            race(out, train, workers);
        }
        return 0;
    }

    private void throughput(PrintStream out, String name, Dataset train, int workers) {
        Architecture arch = Architecture.named(name);
        Network net = Network.create(arch, 1);
        TrainingConfig config = new TrainingConfig(1, batch, workers, 1, false, 1.0, 0, 0);
        // Warm-up lets HotSpot compile the kernels before the clock runs.
        new Trainer(net, new Adam(1e-3), config).train(train.subset(0, Math.min(20_000, train.size())), null, new TrainingListener() { });
        TrainingResult r = new Trainer(net, new Adam(1e-3), config)
                .train(train.subset(0, Math.min(images, train.size())), null, new TrainingListener() { });
        double gflops = r.imagesPerSecond() * 3.0 * net.forwardFlops() / 1e9;
        out.printf(Locale.ROOT, "train %-12s %,9.0f images/s  %6.1f GFLOP/s  (%.2f MFLOP forward, %,d images)%n",
                name, r.imagesPerSecond(), gflops, net.forwardFlops() / 1e6, r.images());
    }

    /** A 280×280 drawing → preprocessing → forward pass with every activation kept. */
    private static void latency(PrintStream out) throws Exception {
        Network net = DefaultModel.load().network();
        float[] canvas = DrawnDigits.render(Mnist.test().image(0), DrawnDigits.Variant.TYPICAL, new SplittableRandom(1));
        int runs = 3000;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs + 1000; i++) {
            long t = System.nanoTime();
            net.forward(DigitPreprocessor.process(canvas, DrawnDigits.SIZE, DrawnDigits.SIZE).pixels());
            if (i >= 1000) {
                nanos[i - 1000] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "drawn digit → prediction with all activations (default model, 280×280 canvas): "
                + "median %.2f ms, p99 %.2f ms%n", nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6);
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
            out.printf(Locale.ROOT, "fast (" + Architecture.FAST + ") from scratch to %.2f%% test accuracy: %.1f s wall time (reached %.2f%%)%n",
                    100 * target, reached[0], 100 * reached[1]);
        }
    }
}
