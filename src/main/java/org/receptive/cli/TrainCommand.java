package org.receptive.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptive.data.Augmentation;
import org.receptive.data.Dataset;
import org.receptive.data.DrawnTraining;
import org.receptive.engine.Architecture;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Evaluator;
import org.receptive.engine.FileProblems;
import org.receptive.engine.MemoryEstimate;
import org.receptive.engine.Network;
import org.receptive.engine.Optimizer;
import org.receptive.engine.Trainer;
import org.receptive.engine.TrainingConfig;
import org.receptive.engine.TrainingListener;
import org.receptive.engine.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train}: trains a network on MNIST (or an IDX folder) and saves it. Every setting, the
 * destination, the data and the architecture against the data are checked before training starts;
 * a run that blows up is not saved, and a model whose save fails at the end is kept elsewhere.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network and save it as a model file; ends with its test accuracy.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--arch", defaultValue = "default",
            description = "lenet-small, tiny, default, or a layer list such as \"conv5x5x8p2 relu pool2 dense10\" (default: "
                    + "${DEFAULT-VALUE})")
    String arch;

    @Option(names = "--epochs", defaultValue = "1", description = "passes over the training set, 1 to 1000 (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "32", description = "mini-batch size, 1 to 4096 (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--optimizer", defaultValue = "adam", description = "adam or sgd (default: ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.001", description = "learning rate (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--lr-decay", defaultValue = "1.0",
            description = "learning rate multiplier after each epoch, in (0, 1] (default: ${DEFAULT-VALUE})")
    double decay;

    @Option(names = "--seed", defaultValue = "1", description = "seed for weights, shuffling and augmentation (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "worker threads, 1 to 256 (default: all cores)")
    Integer threads;

    @Option(names = "--augment", negatable = true, defaultValue = "false",
            description = "random shifts, scaling, rotation and stroke thickness (default: ${DEFAULT-VALUE})")
    boolean augment;

    @Option(names = "--first-kernel-scale", defaultValue = "1",
            description = "start the first convolution's kernels at this share of the usual (He) size; 0.1 is the "
                    + "training studio's \"start them faint\", so what training writes into them stands out (default: ${DEFAULT-VALUE})")
    double firstKernelScale;

    @Option(names = "--first-kernel-decay", defaultValue = "0",
            description = "shrink the first convolution's weights by the learning rate times this after every step "
                    + "(decoupled weight decay on that layer only), so only what the data keeps asking for stays in them "
                    + "(default: ${DEFAULT-VALUE})")
    double firstKernelDecay;

    @Option(names = "--drawn", defaultValue = "0",
            description = "add this share of the training set again, re-drawn as pen strokes the way the drawn-digit test "
                    + "draws (0 to 1; default: ${DEFAULT-VALUE})")
    double drawn;

    @Option(names = "--styles", defaultValue = "0",
            description = "add this share of the training set as digits written in styles MNIST rarely has: slashed 0, "
                    + "continental 1, crossed 7, open 4, straight-tailed 9 (0 to 1; default: ${DEFAULT-VALUE})")
    double styles;

    @Option(names = "--outliers", defaultValue = "0",
            description = "add this share of the training set as drawn letters, scribbles and shapes, trained towards "
                    + "\"none of the digits\" (outlier exposure; 0 to 1; default: ${DEFAULT-VALUE})")
    double outliers;

    @Mixin
    DataOption data;

    @Option(names = "--limit", defaultValue = "0", description = "train on the first N images only (0 = all)")
    int limit;

    @Option(names = {"--out", "-o"}, defaultValue = "model.rcpt", description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Refusal.unlessWithin("--epochs", epochs, 1, 1000, "1 to 1000");
        Refusal.unlessWithin("--batch", batch, 1, 4096, "1 to 4096");
        Refusal.unlessWithin("--threads", workers, 1, 256, "1 to 256");
        Refusal.unlessWithin("--limit", limit, 0, Integer.MAX_VALUE, "0 (all images) or more");
        Refusal.unlessAboveUpTo("--lr", learningRate, 0, Double.MAX_VALUE, "a number above 0");
        Refusal.unlessAboveUpTo("--lr-decay", decay, 0, 1, "above 0 and at most 1");
        Refusal.unlessAboveUpTo("--first-kernel-scale", firstKernelScale, 0, 10, "above 0 and at most 10");
        if (!(firstKernelDecay >= 0 && firstKernelDecay * learningRate < 1)) {
            throw new Refusal("--first-kernel-decay must be 0 or more, and below 1 / --lr (it would wipe the kernels out at every step)");
        }
        for (String name : new String[] {"--drawn", "--styles", "--outliers"}) {
            double share = name.equals("--drawn") ? drawn : name.equals("--styles") ? styles : outliers;
            if (!(share >= 0 && share <= 1)) {
                throw new Refusal(name + " must be 0 to 1 (a share of the training set), not " + share);
            }
        }
        DrawnTraining.Mix mix = new DrawnTraining.Mix(drawn, styles, outliers);
        if (data.given() && mix.total(1_000_000) > 0) {
            throw new Refusal("--drawn, --styles and --outliers re-draw MNIST digits as pen strokes, "
                    + "so they need the embedded MNIST, not --data");
        }
        Optimizer opt = Optimizer.named(optimizer, learningRate);
        Architecture architecture = Architecture.named(arch);
        String destination = FileProblems.cannotWrite(out);
        if (destination != null) {
            throw new Refusal("the model cannot be saved: " + destination);
        }

        DataOption.Sets sets = data.load();
        String mismatch = architecture.mismatch(sets.train().shape(), DataOption.CLASSES);
        if (mismatch != null) {
            throw new Refusal("this architecture does not fit the data: " + mismatch);
        }
        String memory = MemoryEstimate.of(architecture).trainingProblem(workers, batch, MemoryEstimate.availableBytes());
        if (memory != null) {
            throw new Refusal(memory);
        }
        Dataset train = limit > 0 ? sets.train().subset(0, Math.min(limit, sets.train().size())) : sets.train();
        if (mix.total(train.size()) > 0) {
            train = withDrawings(train, mix, workers, err);
        }
        Dataset trainView = augment ? train.withAugmentation(Augmentation.DEFAULT) : train;
        Network net = Network.create(architecture, seed);
        if (firstKernelScale != 1) {
            net.scaleFirstConvolution((float) firstKernelScale);
        }
        TrainingConfig config = new TrainingConfig(epochs, batch, workers, seed, augment, decay, 0, 0);
        err.printf(Locale.ROOT, "training %s (%,d parameters) on %,d images, testing on %,d; %s, %s%n",
                architecture, net.paramCount(), train.size(), sets.test().size(), opt, config);
        ProgressBar progress = new ProgressBar(err);
        TrainingListener listener = firstKernelDecay > 0 ? new FirstKernelDecay(net, opt, firstKernelDecay, progress) : progress;
        TrainingResult result = new Trainer(net, opt, config).train(trainView, sets.test(), listener);
        progress.endLine();
        if (result.status() == TrainingResult.Status.DIVERGED) {
            err.println(result.message());
            return 2;
        }
        Evaluation eval = !net.weightsAreFinite() ? null : result.lastEvaluation() != null ? result.lastEvaluation()
                : Evaluator.evaluate(net, sets.test(), 0, workers);
        if (eval == null || !Double.isFinite(eval.meanLoss())) {
            // The loss of the last step was still a number, but its update was not (or the weights
            // grew so large that the answers overflow): nothing worth saving.
            throw new Refusal("training blew up on its last steps: the network's weights or answers are no longer "
                    + "numbers (NaN or infinite), so nothing was saved; try a smaller --lr");
        }
        String note = String.format(Locale.ROOT,
                "trained with: train --arch \"%s\" --epochs %d --batch %d --optimizer %s --lr %s --lr-decay %s --seed %d%s%s; "
                        + "test accuracy %.2f%%",
                architecture, epochs, batch, optimizer, learningRate, decay, seed, augment ? " --augment" : "",
                extras(), 100 * eval.accuracy());
        ModelSaving.Outcome saved = ModelSaving.saveOrKeep(net, note, out, ModelSaving.spareFolders());
        System.out.printf(Locale.ROOT, "test accuracy: %.2f%% (%d/%d)%n", 100 * eval.accuracy(), eval.correct(), eval.count());
        if (!saved.savedWhereAsked()) {
            err.println("error: " + saved.message());
            return 1;
        }
        err.printf(Locale.ROOT, "saved %s (%.1f s, %,.0f images/s)%n", out, result.seconds(), result.imagesPerSecond());
        return 0;
    }

    /** The training set and, after it, the drawings the mix asks for (made from it, not from the test set). */
    private Dataset withDrawings(Dataset train, DrawnTraining.Mix mix, int workers, PrintStream err) throws InterruptedException {
        int total = mix.total(train.size());
        err.printf(Locale.ROOT, "drawing %,d training images as pen strokes on a 280×280 pad…%n", total);
        long start = System.nanoTime();
        Dataset drawings = DrawnTraining.build(train, mix, seed, workers, done -> { });
        err.printf(Locale.ROOT, "drawn in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return Dataset.concat(train.name() + " and drawings", train, drawings);
    }

    /** The options beyond the usual ones, as typed, for the model file's note. */
    private String extras() {
        StringBuilder s = new StringBuilder();
        if (firstKernelScale != 1) {
            s.append(" --first-kernel-scale ").append(firstKernelScale);
        }
        if (firstKernelDecay > 0) {
            s.append(" --first-kernel-decay ").append(firstKernelDecay);
        }
        if (drawn > 0) {
            s.append(" --drawn ").append(drawn);
        }
        if (styles > 0) {
            s.append(" --styles ").append(styles);
        }
        if (outliers > 0) {
            s.append(" --outliers ").append(outliers);
        }
        return s.toString();
    }
}
