package org.receptive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.data.IdxFolders;
import org.receptive.data.PngHeaders;
import org.receptive.engine.Architecture;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;

/**
 * Every impossible setting of the command line ends in one plain sentence on stderr and a
 * non-zero exit, before any training starts; nothing trained is lost.
 */
class CliValidationTest {

    /** One plain sentence: "error: …" on one line, no Java exception names, no usage dump, nothing trained. */
    static void refusedPlainly(CliRun run, String... expected) {
        assertNotEquals(0, run.exit(), run.err());
        String err = run.err().strip();
        assertTrue(err.startsWith("error: "), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(err.matches("(?s).*(Exception|\\bat org\\.|For input string|Usage:).*"), err);
        assertFalse(run.err().contains("epoch 1 ["), "nothing was trained: " + run.err());
        for (String part : expected) {
            assertTrue(err.contains(part), "expected '" + part + "' in: " + err);
        }
    }

    @Test
    void anUnwritableDestinationIsFoundBeforeTraining(@TempDir Path dir) throws Exception {
        refusedPlainly(CliRun.of("train", "--arch", "tiny", "--limit", "64", "-o", ""), "no file name");
        refusedPlainly(CliRun.of("train", "--arch", "tiny", "--limit", "64", "-o", dir.toString()), "is a folder");
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file");
        refusedPlainly(CliRun.of("train", "--arch", "tiny", "--limit", "64", "-o", file.resolve("m.rcpt").toString()),
                "is a file, not a folder");
        refusedPlainly(CliRun.of("train", "--arch", "tiny", "--limit", "64", "-o", "/dev/null"), "not an ordinary file");
    }

    @Test
    void whenTheFinalSaveFailsTheModelIsKeptElsewhereAndTheMessageSaysWhere(@TempDir Path dir) throws Exception {
        Network net = Network.create(Architecture.named("tiny"), 1);
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where a folder should be");
        Path spare = dir.resolve("spare");
        ModelSaving.Outcome outcome = ModelSaving.saveOrKeep(net, "note", blocked.resolve("model.rcpt"), List.of(spare));
        assertFalse(outcome.savedWhereAsked());
        assertTrue(Files.isRegularFile(outcome.file()), outcome.file().toString());
        assertTrue(outcome.file().startsWith(spare), outcome.file().toString());
        assertTrue(outcome.message().contains(outcome.file().toString()), outcome.message());
        assertTrue(outcome.message().contains("model.rcpt"), outcome.message());
        assertEquals(1, outcome.message().lines().count(), outcome.message());
        assertEquals(net.architecture(), ModelFile.load(outcome.file()).network().architecture());
    }

    @Test
    void anArchitectureThatDoesNotFitTheDataIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        Path big = IdxFolders.write(dir.resolve("big"), 32, 32, 40, 20);
        Path out = dir.resolve("m.rcpt");
        refusedPlainly(CliRun.of("train", "--arch", "tiny", "--data", big.toString(), "-o", out.toString()),
                "32×32", "1x32x32");
        refusedPlainly(CliRun.of("train", "--arch", "1x14x14: conv3x3x4 relu dense10", "--limit", "64", "-o", out.toString()),
                "28×28");
        refusedPlainly(CliRun.of("train", "--arch", "relu", "--limit", "64", "-o", out.toString()), "784 outputs", "10 classes");
        refusedPlainly(CliRun.of("train", "--arch", "dense5", "--limit", "64", "-o", out.toString()), "5 outputs");
        assertFalse(Files.exists(out));
    }

    @Test
    void modelsThatDoNotFitTheDataOrThePicturesAreRefused(@TempDir Path dir) throws Exception {
        Path small = dir.resolve("small.rcpt");
        ModelFile.save(Network.create(Architecture.parse("1x14x14: conv3x3x4 relu dense10"), 1), "", small);
        refusedPlainly(CliRun.of("evaluate", "--model", small.toString()), "small.rcpt", "14");
        Path five = dir.resolve("five.rcpt");
        ModelFile.save(Network.create(Architecture.parse("conv3x3x4 relu dense5"), 1), "", five);
        Path png = CliTest.digitPng(dir, 0);
        refusedPlainly(CliRun.of("classify", "--model", five.toString(), png.toString()), "five.rcpt", "5 outputs");
    }

    @Test
    void aBlowUpOnTheLastStepIsNotSavedAsATrainedModel(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("blown.rcpt");
        CliRun run = CliRun.of("train", "--arch", "tiny", "--optimizer", "sgd", "--lr", "1e30", "--limit", "32",
                "--threads", "1", "-o", out.toString());
        assertNotEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(out), "nothing saved");
        assertTrue(run.err().contains("no longer numbers") || run.err().contains("diverged"), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("error: ") || l.startsWith("training diverged")),
                "the message starts its own line: " + run.err());
    }

    @Test
    void theDivergenceMessageIsPrintedOnItsOwnLine(@TempDir Path dir) {
        CliRun run = CliRun.of("train", "--arch", "tiny", "--optimizer", "sgd", "--lr", "1e30", "--limit", "320",
                "--threads", "1", "-o", dir.resolve("x.rcpt").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("training diverged")), run.err());
    }

    @Test
    void aHugeArchitectureIsRefusedByItsSizeBeforeAnythingIsAllocated(@TempDir Path dir) {
        refusedPlainly(CliRun.of("train", "--arch", "conv7x7x1024p8 conv7x7x1024p8 dense4096 dense10",
                "-o", dir.resolve("x.rcpt").toString()), "weights");
    }

    @Test
    void numbersAndLimitsAreCheckedWithTheOptionsName(@TempDir Path dir) {
        String out = dir.resolve("x.rcpt").toString();
        refusedPlainly(CliRun.of("train", "--epochs", "x", "-o", out), "--epochs", "whole number");
        refusedPlainly(CliRun.of("train", "--lr", "fast", "-o", out), "--lr", "number");
        refusedPlainly(CliRun.of("train", "--limit", "-5", "-o", out), "--limit", "-5");
        refusedPlainly(CliRun.of("train", "--epochs", "0", "-o", out), "--epochs");
        refusedPlainly(CliRun.of("train", "--batch", "0", "-o", out), "--batch");
        refusedPlainly(CliRun.of("train", "--threads", "0", "-o", out), "--threads");
        refusedPlainly(CliRun.of("train", "--lr", "NaN", "-o", out), "--lr");
        refusedPlainly(CliRun.of("train", "--lr-decay", "0", "-o", out), "--lr-decay");
        refusedPlainly(CliRun.of("train", "--optimizer", "rmsprop", "-o", out), "rmsprop");
        refusedPlainly(CliRun.of("train", "--arch", "conv5x5x99999999999 dense10", "-o", out), "99999999999");
        refusedPlainly(CliRun.of("evaluate", "--drawn", "-3"), "--drawn");
        refusedPlainly(CliRun.of("train", "--data", dir.resolve("nowhere").toString(), "-o", out), "nowhere");
    }

    @Test
    void aMissingOrFolderModelIsNamedWithTheReason(@TempDir Path dir) {
        refusedPlainly(CliRun.of("classify", "--model", dir.resolve("nosuch.rcpt").toString(), "x.png"),
                "nosuch.rcpt", "does not exist");
        refusedPlainly(CliRun.of("evaluate", "--model", dir.toString()), "is a folder");
    }

    @Test
    void classifyingAFolderClassifiesThePicturesInIt(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("scans"));
        CliTest.digitPng(folder, 0);
        CliTest.digitPng(folder, 1);
        Files.writeString(folder.resolve("readme.txt"), "not a picture, and not named as one");
        CliRun run = CliRun.of("classify", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("digit-0.png\t7\t"), run.out());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bomb = Files.write(dir.resolve("bomb.png"), PngHeaders.declaring(40_000, 40_000));
        CliRun both = CliRun.of("classify", empty.toString(), bomb.toString(), folder.toString());
        assertEquals(1, both.exit(), both.err());
        assertTrue(both.err().contains("empty: this folder has no pictures"), both.err());
        assertTrue(both.err().contains("bomb.png: is 40,000×40,000 pixels"), both.err());
        assertEquals(2, both.out().lines().count(), "the pictures after them are still classified: " + both.out());
    }
}
