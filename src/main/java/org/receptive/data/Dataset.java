package org.receptive.data;

import java.util.SplittableRandom;
import org.receptive.engine.Samples;
import org.receptive.engine.Shape;

/**
 * Labelled grey images held compactly as bytes (one per pixel, 0..255) and handed to the engine
 * as floats in 0..1. Subsets and augmented views share the bytes.
 */
public final class Dataset implements Samples {

    private final String name;
    private final byte[] pixels;   // (n, rows, cols)
    private final byte[] labels;   // (n)
    private final int offset;
    private final int count;
    private final Shape shape;
    private final Augmentation augmentation;

    /** A data set over whole arrays; checks that labels and images agree. */
    public Dataset(String name, byte[] pixels, byte[] labels, int rows, int cols) {
        this(name, pixels, labels, 0, labels.length, new Shape(1, rows, cols), Augmentation.NONE);
        if ((long) labels.length * rows * cols != pixels.length) {
            throw new IllegalArgumentException(name + ": " + labels.length + " labels but "
                    + pixels.length / Math.max(1, rows * cols) + " images");
        }
    }

    private Dataset(String name, byte[] pixels, byte[] labels, int offset, int count, Shape shape, Augmentation a) {
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
        this.offset = offset;
        this.count = count;
        this.shape = shape;
        this.augmentation = a;
    }

    /** Builds a data set from an images file and a labels file, checking that they agree. */
    public static Dataset of(String name, IdxFile images, IdxFile labels) throws IdxFormatException {
        if (images.dims().length != 3) {
            throw new IdxFormatException(name + ": the images file should have 3 dimensions (count, rows, columns), not "
                    + images.dims().length);
        }
        if (labels.dims().length != 1) {
            throw new IdxFormatException(name + ": the labels file should have 1 dimension, not " + labels.dims().length);
        }
        if (images.count() != labels.count()) {
            throw new IdxFormatException(name + ": " + images.count() + " images but " + labels.count() + " labels");
        }
        for (byte l : labels.data()) {
            if (l < 0 || l > 9) {
                throw new IdxFormatException(name + ": a label is " + (l & 0xff) + "; labels must be 0 to 9");
            }
        }
        return new Dataset(name, images.data(), labels.data(), images.dims()[1], images.dims()[2]);
    }

    public String name() {
        return name;
    }

    @Override public int size() { return count; }
    @Override public Shape shape() { return shape; }
    @Override public int label(int i) { return labels[offset + check(i)]; }

    @Override
    public void copy(int i, float[] dest, SplittableRandom random) {
        int n = shape.size();
        int base = (offset + check(i)) * n;
        for (int j = 0; j < n; j++) {
            dest[j] = (pixels[base + j] & 0xff) * (1f / 255f);
        }
        if (random != null && augmentation != Augmentation.NONE) {
            augmentation.apply(dest, shape.height(), shape.width(), random);
        }
    }

    /** A copy of image i (not augmented), values 0..1. */
    public float[] image(int i) {
        float[] img = new float[shape.size()];
        copy(i, img, null);
        return img;
    }

    /** Images [from, from + count) of this set, sharing its bytes. */
    public Dataset subset(int from, int n) {
        if (from < 0 || n < 0 || from + n > count) {
            throw new IllegalArgumentException("subset [" + from + ", " + (from + n) + ") is outside 0.." + count);
        }
        return new Dataset(name, pixels, labels, offset + from, n, shape, augmentation);
    }

    /** One set holding the images of every part in order (same image size), e.g. my digits and MNIST. */
    public static Dataset concat(String name, Dataset... parts) {
        int n = 0;
        Shape shape = parts[0].shape;
        for (Dataset d : parts) {
            if (!d.shape.equals(shape)) {
                throw new IllegalArgumentException("cannot join " + d.shape + " images with " + shape + " images");
            }
            n += d.count;
        }
        int size = shape.size();
        byte[] pixels = new byte[n * size];
        byte[] labels = new byte[n];
        int at = 0;
        for (Dataset d : parts) {
            System.arraycopy(d.pixels, d.offset * size, pixels, at * size, d.count * size);
            System.arraycopy(d.labels, d.offset, labels, at, d.count);
            at += d.count;
        }
        return new Dataset(name, pixels, labels, shape.height(), shape.width());
    }

    /** The same images, augmented whenever the trainer passes a random generator. */
    public Dataset withAugmentation(Augmentation a) {
        return new Dataset(name, pixels, labels, offset, count, shape, a);
    }

    private int check(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("image " + i + " is outside 0.." + (count - 1) + " of " + name);
        }
        return i;
    }

    @Override
    public String toString() {
        return name + " (" + count + " images of " + shape.height() + "×" + shape.width() + ")";
    }
}
