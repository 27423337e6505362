package org.receptive.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The model shipped inside the app (resource {@value #RESOURCE}), trained by our own
 * {@code train} command with a fixed seed; the README gives the command that reproduces it.
 */
public final class DefaultModel {

    /** Classpath location of the default model. */
    public static final String RESOURCE = "/org/receptive/engine/default-model.rcpt";

    private DefaultModel() {
    }

    /** Loads a fresh copy of the default model (each caller gets its own weights). */
    public static ModelFile.Model load() {
        try (InputStream in = DefaultModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default model " + RESOURCE + " is missing from the build");
            }
            return ModelFile.load(in, "the default model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
