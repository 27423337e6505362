package org.receptive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.ModelFile;
import org.receptive.engine.Network;
import org.receptive.engine.Shape;
import picocli.CommandLine.Option;

/**
 * {@code --model}, the one home of that option for every command that reads a model (a picocli
 * {@code @Mixin}): a file, or the embedded default model.
 */
final class ModelOption {

    @Option(names = "--model", paramLabel = "<model>", description = "model file (default: the embedded default model)")
    Path file;

    /** The model file named by {@code --model}, or the default model without it. */
    ModelFile.Model load() throws IOException {
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
    Network fitting(Shape input, int classes, String purpose) throws IOException {
        Network net = load().network();
        String mismatch = net.architecture().mismatch(input, classes);
        if (mismatch != null) {
            String name = file == null ? "the default model" : file.getFileName().toString();
            throw new Refusal(name + " cannot be used for " + purpose + ": " + mismatch);
        }
        return net;
    }
}
