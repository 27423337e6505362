package org.receptive.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.receptive.data.Dataset;
import org.receptive.data.IdxFolder;
import org.receptive.data.Mnist;

/**
 * Where a run's images come from: the embedded MNIST, Fashion-MNIST when the Debian package is
 * installed, or an IDX folder the student picked. Loading waits until a run starts (it takes a
 * second), and happens once.
 */
public final class DataSource {

    /** Loads the two sets; may take a while and may fail with a message for the student. */
    @FunctionalInterface
    interface Loader {
        Dataset[] load() throws IOException;
    }

    /** Test images on which held-out accuracy is measured during a run (the same ones every time). */
    public static final int HELD_OUT = 500;

    /** Where Fashion-MNIST lives when the Debian package dataset-fashion-mnist is installed. */
    static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist");

    private final String name;
    private final String sizes;
    private final Loader loader;
    private Dataset train, test;

    DataSource(String name, String sizes, Loader loader) {
        this.name = name;
        this.sizes = sizes;
        this.loader = loader;
    }

    /** The handwritten digits shipped inside the app. */
    public static DataSource mnist() {
        return new DataSource("MNIST digits (built in)", "60,000 training · 10,000 test images",
                () -> new Dataset[] {Mnist.train(), Mnist.test()});
    }

    /** Fashion-MNIST, or null when it is not installed. */
    public static DataSource fashionMnistIfInstalled() {
        if (!Files.isDirectory(FASHION)) {
            return null;
        }
        return folder(FASHION, "Fashion-MNIST (clothes)", "60,000 training · 10,000 test images");
    }

    /** An IDX folder already opened (so its sizes are known and a broken folder was refused). */
    public static DataSource of(IdxFolder f) {
        String sizes = String.format(Locale.ROOT, "%,d training · %,d test images", f.train().size(), f.test().size());
        DataSource d = new DataSource("folder " + f.folder().getFileName(), sizes, () -> new Dataset[] {f.train(), f.test()});
        d.train = f.train();
        d.test = f.test();
        return d;
    }

    private static DataSource folder(Path dir, String name, String sizes) {
        return new DataSource(name, sizes, () -> {
            IdxFolder f = IdxFolder.open(dir);
            return new Dataset[] {f.train(), f.test()};
        });
    }

    /** Loads both sets on first call (off the UI thread). */
    public synchronized void load() throws IOException {
        if (train == null) {
            Dataset[] sets = loader.load();
            train = sets[0];
            test = sets[1];
        }
    }

    /** The first {@link #HELD_OUT} test images (fewer in a smaller set), loading them first if need be. */
    public Dataset heldOut() throws IOException {
        load();
        Dataset t = test();
        return t.subset(0, Math.min(HELD_OUT, t.size()));
    }

    synchronized Dataset train() { return train; }
    public synchronized Dataset test() { return test; }

    /** "60,000 training · 10,000 test images". */
    public String sizes() {
        return sizes;
    }

    @Override
    public String toString() {
        return name;
    }
}
