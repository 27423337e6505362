package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.receptive.data.Dataset;
import org.receptive.data.IdxFolder;
import org.receptive.data.Mnist;
import picocli.CommandLine.Option;

/**
 * {@code --data}, the one home of that option for every command that reads a data set (a picocli
 * {@code @Mixin}): the embedded MNIST, Fashion-MNIST (the word {@code fashion}, when the Debian
 * package is installed), or any folder of IDX files.
 */
final class DataOption {

    /** Every set Receptive reads has labels 0–9 (the IDX reader refuses others). */
    static final int CLASSES = 10;

    @Option(names = "--data", paramLabel = "<data>",
            description = "a folder of IDX files, or \"fashion\" for Fashion-MNIST when installed, instead of the embedded MNIST")
    Path folder;

    /** The train and test sets a command uses. */
    record Sets(Dataset train, Dataset test) {
    }

    /** Whether {@code --data} was given, so the embedded MNIST is not what is read. */
    boolean given() {
        return folder != null;
    }

    /** The sets named by {@code --data}, refused in one sentence when they cannot be used. */
    Sets load() throws IOException {
        if (folder == null) {
            return new Sets(Mnist.train(), Mnist.test());
        }
        if (folder.toString().equals("fashion")) {
            IdxFolder f = IdxFolder.fashionMnist().orElseThrow(() -> new Refusal(
                    "Fashion-MNIST is not installed; on Debian or Ubuntu: sudo apt-get install dataset-fashion-mnist"));
            return new Sets(f.train(), f.test());
        }
        if (!Files.exists(folder)) {
            throw new Refusal("the data folder " + folder + " does not exist");
        }
        IdxFolder f = IdxFolder.open(folder);
        if (!f.train().shape().equals(f.test().shape())) {
            throw new Refusal(folder + ": the training images are " + f.train().shape()
                    + " but the test images are " + f.test().shape() + "; both sets need the same size");
        }
        return new Sets(f.train(), f.test());
    }
}
