package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.NonDigitRule;
import org.receptive.data.PictureFile;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.Network;
import org.receptive.engine.Shape;
import org.receptive.engine.SoftmaxCrossEntropy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code classify}: one line per picture, IMAGE TAB DIGIT TAB CONFIDENCE, read and preprocessed
 * exactly as the app's Draw view reads an opened picture ({@link PictureFile}). A folder stands
 * for the pictures in it. DIGIT is "-" when the picture does not look like a digit
 * ({@link NonDigitRule}); CONFIDENCE is then the top probability all the same. A picture that
 * cannot be read is named on stderr and the next one is classified: one bad file never stops a batch.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify digit pictures; prints IMAGE<TAB>DIGIT<TAB>CONFIDENCE per picture.",
                "DIGIT is '-' when the picture does not look like a digit (a word, a shape, a scribble…)."})
final class ClassifyCommand implements Callable<Integer> {

    /** Endings of the pictures taken from a folder. */
    private static final List<String> PICTURES = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    @Mixin
    ModelOption model;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "PNG, JPEG, GIF or BMP files, or folders of them")
    List<Path> images;

    @Override
    public Integer call() throws Exception {
        Network net = model.fitting(new Shape(1, PreprocessedDigit.SIDE, PreprocessedDigit.SIDE),
                DataOption.CLASSES, "28×28 digit pictures");
        int failures = 0;
        for (Path p : images) {
            List<Path> files = Files.isDirectory(p) ? picturesIn(p) : List.of(p);
            if (files.isEmpty()) {
                System.err.println(p + ": this folder has no pictures in it (PNG, JPEG, GIF or BMP)");
                failures++;
            }
            for (Path image : files) {
                String problem;
                try {
                    problem = classify(net, image);
                } catch (RuntimeException e) {
                    problem = "could not be classified (" + e + ")";
                }
                if (problem != null) {
                    System.err.println(image + ": " + problem);
                    failures++;
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** The pictures directly inside a folder, by name (an unreadable folder has none). */
    private static List<Path> picturesIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> Files.isRegularFile(f) && PICTURES.stream()
                            .anyMatch(end -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(end)))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Prints the result line, or returns why the picture could not be classified. */
    private static String classify(Network net, Path file) {
        PictureFile.Picture picture;
        try {
            picture = PictureFile.read(file);
        } catch (PictureFile.PictureException e) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            // The message starts with the file's name; the line already starts with its path.
            return e.getMessage().startsWith(name) ? e.getMessage().substring(name.length()).strip() : e.getMessage();
        }
        PreprocessedDigit digit = DigitPreprocessor.process(picture);
        if (digit.isEmpty()) {
            return "is empty or nearly empty: there is no digit to classify";
        }
        float[] probs = net.forward(digit.pixels());
        int best = SoftmaxCrossEntropy.argmax(probs);
        boolean notADigit = NonDigitRule.judge(digit, net.logits()) != null;
        System.out.printf(Locale.ROOT, "%s\t%s\t%.4f%n", file, notADigit ? "-" : Integer.toString(best), probs[best]);
        return null;
    }
}
