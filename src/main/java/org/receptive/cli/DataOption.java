package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.receptive.data.Dataset;
import org.receptive.data.IdxFolder;
import org.receptive.data.Mnist;

/** The train and test sets a command uses: the embedded MNIST, or an IDX folder. */
record DataOption(Dataset train, Dataset test) {

    static DataOption load(Path folder) throws IOException {
        if (folder == null) {
            return new DataOption(Mnist.train(), Mnist.test());
        }
        IdxFolder f = IdxFolder.open(folder);
        return new DataOption(f.train(), f.test());
    }
}
