package org.receptive.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Writes small IDX data sets for tests: random images of any size, labels 0–9. */
public final class IdxFolders {

    private IdxFolders() {
    }

    /** The four MNIST-named files of a set of rows×cols images in {@code dir}; returns dir. */
    public static Path write(Path dir, int rows, int cols, int train, int test) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(rows * 31L + cols);
        Files.write(dir.resolve("train-images-idx3-ubyte"), images(train, rows, cols, random));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), labels(train));
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), images(test, rows, cols, random));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels(test));
        return dir;
    }

    /** An IDX file of n rows×cols unsigned-byte images. */
    public static byte[] images(int n, int rows, int cols, SplittableRandom random) {
        byte[] b = new byte[16 + n * rows * cols];
        b[2] = 0x08;
        b[3] = 3;
        putInt(b, 4, n);
        putInt(b, 8, rows);
        putInt(b, 12, cols);
        for (int i = 16; i < b.length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    /** An IDX file of n labels cycling 0–9. */
    public static byte[] labels(int n) {
        byte[] b = new byte[8 + n];
        b[2] = 0x08;
        b[3] = 1;
        putInt(b, 4, n);
        for (int i = 0; i < n; i++) {
            b[8 + i] = (byte) (i % 10);
        }
        return b;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
