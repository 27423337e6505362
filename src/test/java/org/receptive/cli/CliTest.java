package org.receptive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.data.Mnist;
import org.receptive.engine.ModelFile;

class CliTest {

    /** MNIST test digit i, enlarged 6× and drawn dark on light, as a phone photo of paper would be. */
    static Path digitPng(Path dir, int i) throws Exception {
        float[] img = Mnist.test().image(i);
        BufferedImage png = new BufferedImage(168, 168, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 168; y++) {
            for (int x = 0; x < 168; x++) {
                int v = 255 - Math.round(255 * img[(y / 6) * 28 + x / 6]);
                png.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        Path file = dir.resolve("digit-" + i + ".png");
        ImageIO.write(png, "png", file.toFile());
        return file;
    }

    @Test
    void classifyPrintsOneLinePerImageAndReportsBadFilesWithoutStopping(@TempDir Path dir) throws Exception {
        Path seven = digitPng(dir, 0), two = digitPng(dir, 1);
        Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not a picture");
        CliRun run = CliRun.of("classify", seven.toString(), blank.toString(), text.toString(),
                dir.resolve("missing.png").toString(), two.toString());
        assertEquals(1, run.exit(), "a bad file makes the exit code non-zero");
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length, run.out());
        Matcher m = Pattern.compile("(.+)\t(\\d)\t(0\\.\\d{4}|1\\.0000)").matcher(lines[0]);
        assertTrue(m.matches(), lines[0]);
        assertEquals(seven.toString(), m.group(1));
        assertEquals("7", m.group(2));
        assertTrue(lines[1].startsWith(two + "\t2\t"), lines[1]);
        assertTrue(run.err().contains("blank.png: is empty"), run.err());
        assertTrue(run.err().contains("notes.png: is not a picture"), run.err());
        assertTrue(run.err().contains("missing.png: does not exist"), run.err());
    }

    @Test
    void trainWritesAModelThatEvaluateReads(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("tiny.rcpt");
        CliRun train = CliRun.of("train", "--arch", "tiny", "--epochs", "1", "--limit", "3000", "--batch", "16",
                "--seed", "3", "-o", model.toString());
        assertEquals(0, train.exit(), train.err());
        Matcher acc = Pattern.compile("test accuracy: (\\d+\\.\\d+)%").matcher(train.out());
        assertTrue(acc.find(), train.out());
        assertTrue(Double.parseDouble(acc.group(1)) > 75, train.out());
        assertTrue(train.err().contains("epoch 1 ["), "progress bar: " + train.err());
        assertTrue(ModelFile.load(model).note().contains("--arch \"1x28x28: conv5x5x4p2"), ModelFile.load(model).note());

        CliRun eval = CliRun.of("evaluate", "--model", model.toString());
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("test accuracy: " + acc.group(1) + "%"), eval.out());
        assertTrue(eval.out().contains("confusion matrix"), eval.out());
        assertEquals(11, eval.out().lines().filter(l -> l.matches("\\s+\\d+(\\s+\\d+){10}") || l.matches("\\s+(\\d\\s+){9}\\d")).count(),
                eval.out());
    }

    @Test
    void aBrokenModelFileIsNamedNotStackTraced(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.rcpt");
        Files.writeString(bad, "RCPTMODL but then nonsense");
        CliRun run = CliRun.of("evaluate", "--model", bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: bad.rcpt"), run.err());
    }

    @Test
    void benchPrintsThroughputAndLatency() {
        CliRun run = CliRun.of("bench", "--arch", "tiny", "--images", "1000", "--skip-explain");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s).*train tiny\\s+[\\d,]+ images/s\\s+[\\d.]+ GFLOP/s.*"), run.out());
        assertTrue(run.out().contains("drawn digit → prediction"), run.out());
    }

    @Test
    void anUnknownArchitectureIsExplained(@TempDir Path dir) {
        CliRun run = CliRun.of("train", "--arch", "conv5x5x8 wobble", "-o", dir.resolve("x").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("unknown layer 'wobble'"), run.err());
    }
}
