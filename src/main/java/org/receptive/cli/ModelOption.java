package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;
import org.receptive.engine.Shape;

/** The model a command uses: a file, or the embedded default model. */
final class ModelOption {

    private ModelOption() {
    }

    static ModelFile.Model load(Path file) throws IOException {
        if (file == null) {
            return DefaultModel.load();
        }
        if (Files.isDirectory(file)) {
            throw new Refusal(file + " is a folder, not a model file");
        }
        if (!Files.exists(file)) {
            throw new Refusal("the model file " + file + " does not exist");
        }
        return ModelFile.load(file);
    }

    /**
     * The model's network, refused in one sentence unless it reads {@code input} and answers one
     * of {@code classes} classes ({@code purpose} says what for, e.g. "the test images").
     */
    static Network fitting(Path file, Shape input, int classes, String purpose) throws IOException {
        Network net = load(file).network();
        String mismatch = net.architecture().mismatch(input, classes);
        if (mismatch != null) {
            String name = file == null ? "the default model" : file.getFileName().toString();
            throw new Refusal(name + " cannot be used for " + purpose + ": " + mismatch);
        }
        return net;
    }
}
