package org.receptive.cli;

import java.util.SplittableRandom;
import org.receptive.engine.Samples;
import org.receptive.engine.Shape;

/** Seeded random images with random labels: enough to time the engine without reading data. */
final class SyntheticSamples implements Samples {

    private final float[][] images;
    private final int[] labels;
    private final Shape shape;

    SyntheticSamples(Shape shape, int count, long seed) {
        this.shape = shape;
        SplittableRandom r = new SplittableRandom(seed);
        images = new float[count][shape.size()];
        labels = new int[count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < shape.size(); j++) {
                images[i][j] = r.nextInt(4) == 0 ? (float) r.nextDouble() : 0f;   // sparse, like digits
            }
            labels[i] = r.nextInt(10);
        }
    }

    @Override public int size() { return images.length; }
    @Override public Shape shape() { return shape; }
    @Override public int label(int i) { return labels[i]; }

    @Override
    public void copy(int i, float[] dest, SplittableRandom random) {
        System.arraycopy(images[i], 0, dest, 0, dest.length);
    }
}
