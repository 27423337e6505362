package org.receptive.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code classify}: one line per image, IMAGE TAB DIGIT TAB CONFIDENCE, with the app's preprocessing. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify digit images; prints IMAGE<TAB>DIGIT<TAB>CONFIDENCE per image.")
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--model", description = "model file (default: the embedded default model)")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "PNG, JPEG, GIF or BMP files")
    List<Path> images;

    @Override
    public Integer call() throws Exception {
        Network net = ModelOption.load(model).network();
        int failures = 0;
        for (Path image : images) {
            String problem = classify(net, image);
            if (problem != null) {
                System.err.println(image + ": " + problem);
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** Prints the result line, or returns why the image could not be classified. */
    private static String classify(Network net, Path file) {
        BufferedImage picture;
        try {
            if (!Files.isRegularFile(file)) {
                return "no such file";
            }
            picture = ImageIO.read(file.toFile());
        } catch (Exception e) {
            return "cannot be read as an image (" + e.getMessage() + ")";
        }
        if (picture == null) {
            return "is not an image this program can read (PNG, JPEG, GIF or BMP)";
        }
        PreprocessedDigit digit = DigitPreprocessor.process(picture);
        if (digit.isEmpty()) {
            return "is empty or nearly empty: there is no digit to classify";
        }
        float[] probs = net.forward(digit.pixels());
        int best = SoftmaxCrossEntropy.argmax(probs);
        System.out.printf(Locale.ROOT, "%s\t%d\t%.4f%n", file, best, probs[best]);
        return null;
    }
}
