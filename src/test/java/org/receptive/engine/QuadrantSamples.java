package org.receptive.engine;

import java.util.SplittableRandom;

/**
 * A learnable toy task: 1×8×8 noise images where one 4×4 quadrant is brighter; the label is the
 * brightest quadrant (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right). With a random
 * generator, {@link #copy} adds faint noise drawn only from it, as an augmenting data set would.
 */
final class QuadrantSamples implements Samples {

    static final Shape SHAPE = new Shape(1, 8, 8);

    private final float[][] images;
    private final int[] labels;

    QuadrantSamples(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        images = new float[count][];
        labels = new int[count];
        for (int i = 0; i < count; i++) {
            int bright = random.nextInt(4);
            float[] img = RandomTensors.uniform(random, SHAPE.size(), 0.0, 0.6);
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    if (quadrant(y, x) == bright) {
                        img[SHAPE.index(0, y, x)] += 0.4f;
                    }
                }
            }
            images[i] = img;
            labels[i] = brightest(img);
        }
    }

    static int quadrant(int y, int x) {
        return (y / 4) * 2 + x / 4;
    }

    /** The label by definition: the quadrant with the largest sum. */
    static int brightest(float[] img) {
        double[] sums = new double[4];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                sums[quadrant(y, x)] += img[SHAPE.index(0, y, x)];
            }
        }
        int best = 0;
        for (int q = 1; q < 4; q++) {
            if (sums[q] > sums[best]) {
                best = q;
            }
        }
        return best;
    }

    @Override public int size() { return images.length; }
    @Override public Shape shape() { return SHAPE; }
    @Override public int label(int i) { return labels[i]; }

    @Override
    public void copy(int i, float[] dest, SplittableRandom random) {
        System.arraycopy(images[i], 0, dest, 0, dest.length);
        if (random != null) {
            for (int j = 0; j < dest.length; j++) {
                dest[j] += (float) random.nextDouble(-0.02, 0.02);
            }
        }
    }
}
