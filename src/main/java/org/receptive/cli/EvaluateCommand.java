package org.receptive.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.receptive.data.Mnist;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Evaluator;
import org.receptive.engine.Network;
import org.receptive.engine.Shape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evaluate}: test accuracy and confusion matrix, and optionally the drawn-digit test. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Print a model's test accuracy and confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    ModelOption model;

    @Mixin
    DataOption data;

    @Option(names = "--drawn", defaultValue = "0",
            description = "also re-draw this many MNIST test digits as mouse-style strokes on a 280×280 canvas "
                    + "(typical, thin, thick, small off-centre) and report accuracy per variant and digit, and on "
                    + "those of them written in styles MNIST rarely has (slashed 0, continental 1, crossed 7, open 4, "
                    + "straight-tailed 9)")
    int drawn;

    @Option(names = "--non-digits", defaultValue = "0",
            description = "also measure the rule that says a picture is not a digit, on this many MNIST test digits "
                    + "(drawn and scanned) and as many generated non-digits, and propose its constants (docs/DEVELOPING.md)")
    int nonDigits;

    @Override
    public Integer call() throws Exception {
        Refusal.unlessWithin("--drawn", drawn, 0, 10_000, "0 to 10000 (how many test digits to re-draw)");
        Refusal.unlessWithin("--non-digits", nonDigits, 0, 10_000, "0 to 10000");
        DataOption.Sets sets = data.load();
        Network net = model.fitting(sets.test().shape(), DataOption.CLASSES, "these test images");
        if ((drawn > 0 || nonDigits > 0) && !net.inputShape().equals(new Shape(1, PreprocessedDigit.SIDE, PreprocessedDigit.SIDE))) {
            throw new Refusal("--drawn and --non-digits need a model that reads 28×28 digits; this one reads " + net.inputShape());
        }
        Evaluation eval = Evaluator.evaluate(net, sets.test(), 0, Runtime.getRuntime().availableProcessors());
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "test accuracy: %.2f%% (%d/%d), mean loss %.4f%n",
                100 * eval.accuracy(), eval.correct(), eval.count(), eval.meanLoss());
        printConfusion(out, eval.confusion());
        if (drawn > 0) {
            DrawnTest.print(out, DrawnTest.run(net, Mnist.test(), drawn, Runtime.getRuntime().availableProcessors()), drawn);
        }
        if (nonDigits > 0) {
            NonDigitMeasurement.report(out, net, nonDigits);
        }
        return 0;
    }

    static void printConfusion(PrintStream out, int[][] confusion) {
        out.println("confusion matrix (rows: true digit, columns: predicted)");
        out.print("      ");
        for (int j = 0; j < confusion.length; j++) {
            out.printf(Locale.ROOT, "%6d", j);
        }
        out.println();
        for (int i = 0; i < confusion.length; i++) {
            out.printf(Locale.ROOT, "%6d", i);
            for (int j = 0; j < confusion.length; j++) {
                out.printf(Locale.ROOT, "%6d", confusion[i][j]);
            }
            out.println();
        }
    }
}
