package org.receptive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.data.DigitOrNot;
import org.receptive.data.DigitPictures;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.NonDigitRule;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;

/**
 * Pictures that are not digits are said to be so, digits are still read: on files through
 * {@code classify}, and on a slice of the measured set (the full measurement is
 * {@code evaluate --non-digits}; its figures are in docs/DEVELOPING.md).
 */
class NonDigitTest {

    static Path picture(Path dir, String name, java.util.function.Consumer<Graphics2D> paint) throws Exception {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        paint.accept(g);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void classifyMarksAWordAndAGradientAsNotDigitsAndStillReadsDigits(@TempDir Path dir) throws Exception {
        Path hello = picture(dir, "hello.png", g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 90));
            g.drawString("HELLO", 20, 190);
        });
        Path gradient = picture(dir, "gradient.png", g -> {
            g.setPaint(new GradientPaint(0, 0, Color.WHITE, 400, 300, Color.BLACK));
            g.fillRect(0, 0, 400, 300);
        });
        Path seven = DigitPictures.write(dir, 0).get("white-on-transparent");
        CliRun run = CliRun.of("classify", hello.toString(), gradient.toString(), seven.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(hello + "\t-\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith(gradient + "\t-\t"), lines.get(1));
        assertTrue(lines.get(2).startsWith(seven + "\t7\t"), lines.get(2));
    }

    @Test
    void onASliceOfTheMeasuredSetMostNonDigitsAreTurnedAwayAndAlmostNoDigits() {
        Network net = DefaultModel.load().network();
        int digits = 0, digitsAway = 0, others = 0, othersAway = 0;
        for (int i = 1; i < 80; i += 2) {               // held-out indices: the constants were chosen on even ones
            for (DigitOrNot.Picture p : DigitOrNot.digits(i)) {
                digits++;
                digitsAway += turnedAway(net, p) ? 1 : 0;
            }
        }
        for (int i = 10; i < 200; i += 20) {              // held-out tens of non-digits, every kind
            for (int k = 0; k < 10; k++) {
                others++;
                othersAway += turnedAway(net, DigitOrNot.nonDigit(i + k)) ? 1 : 0;
            }
        }
        assertTrue(digitsAway <= 0.03 * digits, digitsAway + " of " + digits + " digits turned away");
        assertTrue(othersAway >= 0.5 * others, "only " + othersAway + " of " + others + " non-digits turned away");
    }

    @Test
    void theDrawViewGivesNoDigitForMostPenDoodlesOfEveryKind() {
        List<NonDigitMeasurement.Measured> doodles = NonDigitMeasurement.doodles(DefaultModel.load().network(), 60);
        assertEquals(60, doodles.size());
        assertEquals(java.util.Set.of("drawn letters", "drawn scribbles", "drawn shapes"),
                doodles.stream().map(NonDigitMeasurement.Measured::group).collect(java.util.stream.Collectors.toSet()));
        assertTrue(doodles.stream().noneMatch(NonDigitMeasurement.Measured::digit));
        double unsure = NonDigitMeasurement.share(doodles, false, m -> m.unsure(NonDigitRule.LIMITS));
        assertTrue(unsure >= 0.5, "a digit given for " + (100 * (1 - unsure)) + "% of the doodles");
    }

    private static boolean turnedAway(Network net, DigitOrNot.Picture picture) {
        PreprocessedDigit p = DigitPreprocessor.process(picture.grey(), picture.height(), picture.width());
        if (p.isEmpty()) {
            return true;
        }
        net.forward(p.pixels());
        return NonDigitRule.judge(p, net.logits()) != null;
    }
}
