package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.ModelFile;

/** The model a command uses: a file, or the embedded default model. */
final class ModelOption {

    private ModelOption() {
    }

    static ModelFile.Model load(Path file) throws IOException {
        return file == null ? DefaultModel.load() : ModelFile.load(file);
    }
}
