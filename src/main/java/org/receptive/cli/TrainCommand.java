package org.receptive.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptive.data.Augmentation;
import org.receptive.data.Dataset;
import org.receptive.engine.Architecture;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Evaluator;
import org.receptive.engine.FileProblems;
import org.receptive.engine.MemoryEstimate;
import org.receptive.engine.Network;
import org.receptive.engine.Optimizer;
import org.receptive.engine.Trainer;
import org.receptive.engine.TrainingConfig;
import org.receptive.engine.TrainingResult;
import picocli.CommandLine.Command;
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

    @Option(names = "--data",
            description = "a folder of IDX files, or \"fashion\" for Fashion-MNIST when installed, instead of the embedded MNIST")
    Path data;

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
        Optimizer opt = Optimizer.named(optimizer, learningRate);
        Architecture architecture = Architecture.named(arch);
        String destination = FileProblems.cannotWrite(out);
        if (destination != null) {
            throw new Refusal("the model cannot be saved: " + destination);
        }

        DataOption sets = DataOption.load(data);
        String mismatch = architecture.mismatch(sets.train().shape(), DataOption.CLASSES);
        if (mismatch != null) {
            throw new Refusal("this architecture does not fit the data: " + mismatch);
        }
        String memory = MemoryEstimate.of(architecture).trainingProblem(workers, batch, MemoryEstimate.availableBytes());
        if (memory != null) {
            throw new Refusal(memory);
        }
        Dataset train = limit > 0 ? sets.train().subset(0, Math.min(limit, sets.train().size())) : sets.train();
        Dataset trainView = augment ? train.withAugmentation(Augmentation.DEFAULT) : train;
        Network net = Network.create(architecture, seed);
        TrainingConfig config = new TrainingConfig(epochs, batch, workers, seed, augment, decay, 0, 0);
        err.printf(Locale.ROOT, "training %s (%,d parameters) on %,d images, testing on %,d; %s, %s%n",
                architecture, net.paramCount(), train.size(), sets.test().size(), opt, config);
        ProgressBar progress = new ProgressBar(err);
        TrainingResult result = new Trainer(net, opt, config).train(trainView, sets.test(), progress);
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
                "trained with: train --arch \"%s\" --epochs %d --batch %d --optimizer %s --lr %s --lr-decay %s --seed %d%s; "
                        + "test accuracy %.2f%%",
                architecture, epochs, batch, optimizer, learningRate, decay, seed, augment ? " --augment" : "",
                100 * eval.accuracy());
        ModelSaving.Outcome saved = ModelSaving.saveOrKeep(net, note, out, ModelSaving.spareFolders());
        System.out.printf(Locale.ROOT, "test accuracy: %.2f%% (%d/%d)%n", 100 * eval.accuracy(), eval.correct(), eval.count());
        if (!saved.savedWhereAsked()) {
            err.println("error: " + saved.message());
            return 1;
        }
        err.printf(Locale.ROOT, "saved %s (%.1f s, %,.0f images/s)%n", out, result.seconds(), result.imagesPerSecond());
        return 0;
    }
}
