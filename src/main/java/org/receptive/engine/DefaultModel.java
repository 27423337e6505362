package org.receptive.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The model shipped inside the app (resource {@value #RESOURCE}), trained by our own
 * {@code train} command with a fixed seed; the README gives the command that reproduces it.
 * The file is read and checked once; every caller then gets its own copy of the weights.
 */
public final class DefaultModel {

    /** Classpath location of the default model. */
    public static final String RESOURCE = "/org/receptive/engine/default-model.rcpt";

    private DefaultModel() {
    }

    /** A fresh copy of the default model: each caller gets its own weights, to change as it likes. */
    public static ModelFile.Model load() {
        ModelFile.Model read = Read.MODEL;
        return new ModelFile.Model(read.network().copy(), read.note());
    }

    /** Read on first use, by the class loader's lock: once, whichever thread asks first. */
    private static final class Read {
        static final ModelFile.Model MODEL = read();
    }

    private static ModelFile.Model read() {
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
