package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.cli.ReceptiveCli;
import org.receptive.data.DigitPictures;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.ui.network.NetworkViewModel;

/**
 * A picture opened in the Draw view and the same file given to {@code classify} are one path:
 * the same digit (or the same "not a digit") and the same confidence, for grey, 16-bit, colour,
 * paletted and transparent files; a white digit on a transparent background reads as that digit.
 */
class OpenedPictureTest {

    @Test
    void theAppAndClassifyGiveTheSameAnswerForEveryKindOfPictureFile(@TempDir Path dir) throws Exception {
        DrawViewModel app = new DrawViewModel(new NetworkViewModel(DefaultModel.load().network(), Mnist.test()));
        List<String> problems = new ArrayList<>();
        for (int digit : new int[] {0, 3, 8}) {
            Map<String, Path> files = DigitPictures.write(dir, digit);
            int label = Mnist.test().label(digit);
            List<String> lines = classify(files.values());
            int i = 0;
            for (Map.Entry<String, Path> f : files.entrySet()) {
                assertTrue(app.openPicture(f.getValue()), app.messageProperty().get());
                Answer shown = app.answerProperty().get();
                String appLine = shown.best() < 0 ? f.getValue() + ": " + shown.status() : String.format(Locale.ROOT,
                        "%s\t%s\t%.4f", f.getValue(), shown.notADigit() || shown.tooSmall() ? "-" : shown.best(),
                        shown.probabilities()[shown.best()]);
                String line = i < lines.size() ? lines.get(i) : "(nothing)";
                i++;
                if (!appLine.equals(line)) {
                    problems.add(f.getKey() + ": the app says '" + appLine + "', classify '" + line + "'");
                }
                if (shown.best() != label || shown.notADigit()) {
                    problems.add(f.getKey() + " of test digit " + digit + " (a " + label + "): " + shown.status());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The lines {@code classify} prints for the files, in order. */
    private static List<String> classify(java.util.Collection<Path> files) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("classify"));
            files.forEach(f -> args.add(f.toString()));
            ReceptiveCli.run(args.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
