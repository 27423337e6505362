package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.receptive.data.Dataset;
import org.receptive.data.IdxFolder;
import org.receptive.data.Mnist;

/**
 * The train and test sets a command uses: the embedded MNIST, Fashion-MNIST (the word
 * {@code fashion}, when the Debian package is installed), or any folder of IDX files.
 */
record DataOption(Dataset train, Dataset test) {

    static DataOption load(Path folder) throws IOException {
        if (folder == null) {
            return new DataOption(Mnist.train(), Mnist.test());
        }
        if (folder.toString().equals("fashion")) {
            IdxFolder f = IdxFolder.fashionMnist().orElseThrow(() -> new IOException(
                    "Fashion-MNIST is not installed; on Debian or Ubuntu: sudo apt-get install dataset-fashion-mnist"));
            return new DataOption(f.train(), f.test());
        }
        IdxFolder f = IdxFolder.open(folder);
        return new DataOption(f.train(), f.test());
    }
}
