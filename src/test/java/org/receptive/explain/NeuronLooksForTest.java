package org.receptive.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Architecture;
import org.receptive.engine.Network;
import org.receptive.engine.ReceptiveField;
import org.receptive.engine.Samples;
import org.receptive.engine.Shape;

/** What a neuron looks for: the top patches against brute force, and gradient ascent's climb. */
class NeuronLooksForTest {

    static final Architecture ARCH = Architecture.parse("1x12x12: conv3x3x4p1 relu pool2 conv3x3x5 relu dense3");

    /** 70 random images (more than two runs of 32, and a part run). */
    static Samples randomImages() {
        Shape shape = new Shape(1, 12, 12);
        float[][] images = new float[70][];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < images.length; i++) {
            images[i] = new float[shape.size()];
            for (int j = 0; j < shape.size(); j++) {
                images[i][j] = random.nextDouble() < 0.3 ? (float) random.nextDouble() : 0f;
            }
        }
        return new Samples() {
            @Override public int size() { return images.length; }
            @Override public Shape shape() { return shape; }
            @Override public int label(int i) { return 0; }
            @Override public void copy(int i, float[] dest, SplittableRandom r) { System.arraycopy(images[i], 0, dest, 0, dest.length); }
        };
    }

    @Test
    void theNineTopPatchesOfEveryChannelAreTheNineLargestByBruteForce() {
        Network net = Network.create(ARCH, 7);
        Samples samples = randomImages();
        for (int activation : new int[] {2, 3, 5}) {   // after the first ReLU, after pooling, after the second ReLU
            List<List<ExcitingPatch>> top = TopPatches.of(net, samples, samples.size(), activation, 9, null);
            Shape shape = net.layer(activation - 1).outputShape();
            for (int c = 0; c < shape.channels(); c++) {
                // Every sample's strongest cell of channel c, one sample at a time through Network.forward.
                List<ExcitingPatch> all = new ArrayList<>();
                for (int s = 0; s < samples.size(); s++) {
                    float[] image = new float[samples.shape().size()];
                    samples.copy(s, image, null);
                    net.forward(image);
                    float[] a = net.lastPass().activation(activation);
                    int best = -1;
                    for (int y = 0; y < shape.height(); y++) {
                        for (int x = 0; x < shape.width(); x++) {
                            if (best < 0 || a[shape.index(c, y, x)] > a[best]) {
                                best = shape.index(c, y, x);
                            }
                        }
                    }
                    int y = best / shape.width() % shape.height(), x = best % shape.width();
                    all.add(new ExcitingPatch(s, y, x, a[best], ReceptiveField.in(net.layers(), activation - 1, y, x, 0)));
                }
                all.sort(Comparator.comparingDouble((ExcitingPatch p) -> -p.activation()).thenComparingInt(ExcitingPatch::sample));
                assertEquals(all.subList(0, 9), top.get(c), "activation " + activation + ", channel " + c);
            }
        }
    }

    @Test
    void aPatchIsTheSampleCutToItsReceptiveField() {
        float[] image = new float[16];
        for (int i = 0; i < 16; i++) {
            image[i] = i;
        }
        ExcitingPatch p = new ExcitingPatch(0, 0, 0, 1f, new ReceptiveField(1, 2, 2, 2));
        assertArrayEquals(new float[] {6, 7, 10, 11}, p.crop(image, 4));
    }

    @Test
    void gradientAscentRaisesTheNeuronsActivationMonotonicallyOnAFixedSeed() {
        Network net = Network.create(ARCH, 7);
        MostExcitingInput.Settings settings = new MostExcitingInput.Settings(60, 0.1, 1, 4, 0.02, 5, 0.5f);
        MostExcitingInput.Result r = MostExcitingInput.forNeuron(net, 5, 2, 2, 2, settings, null);
        double[] trace = r.trace();
        for (int k = 1; k < trace.length; k++) {
            assertTrue(trace[k] >= trace[k - 1], "step " + k + ": " + trace[k - 1] + " → " + trace[k]);
        }
        // The sum under the ReLU at grey, against after the climb.
        float[] grey = new float[144];
        java.util.Arrays.fill(grey, 0.5f);
        net.forward(grey);
        double start = net.lastPass().activation(4)[net.layer(3).outputShape().index(2, 2, 2)];
        assertTrue(trace[trace.length - 1] > start + 0.5, "from " + start + " to " + trace[trace.length - 1]);
        for (float v : r.image()) {
            assertTrue(v >= 0 && v <= 1);
        }
        assertArrayEquals(r.image(), MostExcitingInput.forNeuron(net, 5, 2, 2, 2, settings, null).image(), "same seed, same image");
    }

    @Test
    void gradientAscentOnAClassRaisesItsScore() {
        Network net = Network.create(ARCH, 7);
        double[] trace = MostExcitingInput.forClass(net, 1, new MostExcitingInput.Settings(40, 0.1, 1, 4, 0.02, 2, 0f), null).trace();
        assertTrue(trace[39] > trace[0] + 0.1, trace[0] + " → " + trace[39]);
    }

    @Test
    void theDefaultModelReadsEachOfItsTenClassImagesAsItsOwnDigit() {
        // From grey, the default model's class images for 1 and 7 were fog it read as 1 and 7 at
        // only 10-12%: a picture of "what the network thinks a 1 is" that it does not call a 1.
        Network net = org.receptive.engine.DefaultModel.load().network();
        for (int c = 0; c < net.classes(); c++) {
            float[] image = MostExcitingInput.forClass(net, c, MostExcitingInput.Settings.CLASS, null).image();
            float[] p = net.forward(image);
            assertTrue(p[c] > 0.8, "class image " + c + " read as " + c + " at " + p[c]);
        }
    }

    @Test
    void aNeuronBehindAReluOrAPoolIsPushedOnTheSumBelowIt() {
        Network net = Network.create(ARCH, 7);
        // activation 3 is the pooled map (6×6): its cell (1, 2) comes from the 12×12 sum's window at (2..3, 4..5).
        assertEquals(new MostExcitingInput.Target(1, 0, 3, 5), MostExcitingInput.pushed(net, new MostExcitingInput.Target(3, 0, 1, 2)));
        assertEquals(new MostExcitingInput.Target(4, 1, 2, 2), MostExcitingInput.pushed(net, new MostExcitingInput.Target(5, 1, 2, 2)));
    }
}
