package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.receptive.data.Dataset;
import org.receptive.data.IdxFolder;
import org.receptive.data.Mnist;

/**
 * The train and test sets a command uses: the embedded MNIST, Fashion-MNIST (the word
 * {@code fashion}, when the Debian package is installed), or any folder of IDX files.
 */
record DataOption(Dataset train, Dataset test) {

    /** Every set Receptive reads has labels 0–9 (the IDX reader refuses others). */
    static final int CLASSES = 10;

    static DataOption load(Path folder) throws IOException {
        if (folder == null) {
            return new DataOption(Mnist.train(), Mnist.test());
        }
        if (folder.toString().equals("fashion")) {
            IdxFolder f = IdxFolder.fashionMnist().orElseThrow(() -> new Refusal(
                    "Fashion-MNIST is not installed; on Debian or Ubuntu: sudo apt-get install dataset-fashion-mnist"));
            return new DataOption(f.train(), f.test());
        }
        if (!Files.exists(folder)) {
            throw new Refusal("the data folder " + folder + " does not exist");
        }
        IdxFolder f = IdxFolder.open(folder);
        if (!f.train().shape().equals(f.test().shape())) {
            throw new Refusal(folder + ": the training images are " + f.train().shape()
                    + " but the test images are " + f.test().shape() + "; both sets need the same size");
        }
        return new DataOption(f.train(), f.test());
    }
}
