package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Receptive fields against brute force. With every weight, bias and input positive, every ReLU
 * passes and every activation increases strictly with every input it depends on (a max increases
 * when one of its cells jumps past it), so raising one input pixel by 1000 changes exactly the
 * neurons that depend on it. The bounding box of the pixels that change a neuron is its field.
 */
class ReceptiveFieldTest {

    @Test
    void fieldsOfRandomNetworksEqualTheBruteForceAnswer() {
        SplittableRandom random = new SplittableRandom(77);
        int networks = 0, neurons = 0, clipped = 0, blind = 0;
        while (networks < 60) {
            Network net = randomNetwork(random);
            if (net == null) {
                continue;
            }
            networks++;
            List<Layer> layers = net.layers();
            float[][] acts = positiveActivations(net, random);
            for (int target = 0; target < layers.size(); target += 1 + random.nextInt(2)) {
                int[][][] boxes = dependencies(layers, acts, target);
                for (int i = target; i < layers.size(); i++) {
                    Shape out = layers.get(i).outputShape();
                    for (int c = 0; c < out.channels(); c++) {
                        for (int y = 0; y < out.height(); y++) {
                            for (int x = 0; x < out.width(); x++) {
                                int[] box = boxes[i][out.index(c, y, x)];
                                ReceptiveField f = target == 0 ? ReceptiveField.of(net, i, y, x)
                                        : ReceptiveField.in(layers, i, y, x, target);
                                String what = net.architecture() + ": layer " + i + " (" + c + ", " + y + ", " + x
                                        + ") on activation " + target;
                                assertEquals(expected(box), f, what);
                                neurons++;
                                blind += box == null ? 1 : 0;
                                if (box != null && f.width() < ReceptiveField.nominalSize(net.architecture().layers(), i + 1)) {
                                    clipped++;
                                }
                            }
                        }
                    }
                }
            }
        }
        // Enough neurons, many with fields cut by a border, and some that see only padding (0×0).
        assertTrue(neurons - blind > 5000 && clipped > 500 && blind > 0,
                neurons + " neurons, " + clipped + " clipped by a border, " + blind + " seeing only padding");
    }

    @Test
    void lenetSmallFieldsWorkedOutByHand() {
        Network net = Network.create(Architecture.named("lenet-small"), 1);
        // conv5x5p2 (layer 0): rows 12..16 around the centre; the corner loses the padding.
        assertEquals(new ReceptiveField(12, 12, 5, 5), ReceptiveField.of(net, 0, 14, 14));
        assertEquals(new ReceptiveField(0, 0, 3, 3), ReceptiveField.of(net, 0, 0, 0));
        assertEquals(new ReceptiveField(12, 12, 5, 5), ReceptiveField.of(net, 1, 14, 14));   // relu keeps it
        // pool2 (layer 2) cell 7 covers conv rows 14..15, i.e. input rows 12..17.
        assertEquals(new ReceptiveField(12, 12, 6, 6), ReceptiveField.of(net, 2, 7, 7));
        // conv5x5p2 (layer 3) cell 7 covers pool rows 5..9 = conv rows 10..19 = input rows 8..21.
        assertEquals(new ReceptiveField(8, 8, 14, 14), ReceptiveField.of(net, 3, 7, 7));
        // pool3 (layer 5) cell 2: conv₂ rows 6..8, pool rows 4..10, conv₁ rows 8..21, input 6..23.
        assertEquals(new ReceptiveField(6, 6, 18, 18), ReceptiveField.of(net, 5, 2, 2));
        // Its corner cell 0: pool rows −2..4 clip to 0..4, conv₁ rows 0..9, input −2..11 → 0..11.
        assertEquals(new ReceptiveField(0, 0, 12, 12), ReceptiveField.of(net, 5, 0, 0));
        // Cell 3: input rows 12..29 clip to 12..27.
        assertEquals(new ReceptiveField(12, 12, 16, 16), ReceptiveField.of(net, 5, 3, 3));
        // On the pool₁ output (activation 3) cell 2 of layer 5 sees pool rows 4..10.
        assertEquals(new ReceptiveField(4, 4, 7, 7), ReceptiveField.in(net.layers(), 5, 2, 2, 3));
        // The dense layer sees the whole image.
        assertEquals(new ReceptiveField(0, 0, 28, 28), ReceptiveField.of(net, 6, 0, 0));
    }

    @Test
    void nominalSizesOfLenetSmall() {
        // r ← r + (k − 1)·d·j, j ← j·s: conv5 → 5; pool2 → 5 + 1 = 6, j = 2; conv5 → 6 + 4·2 = 14;
        // pool3 → 14 + 2·2 = 18, j = 6; dense → the whole input (−1).
        List<LayerSpec> specs = Architecture.named("lenet-small").layers();
        int[] expected = {1, 5, 5, 6, 14, 14, 18, -1};
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], ReceptiveField.nominalSize(specs, n), "after " + n + " layers");
        }
        // Dilation and stride: conv3 d2 → 5; conv3 s2 → 7, j = 2; conv3 → 7 + 2·2 = 11.
        List<LayerSpec> dilated = Architecture.parse("1x32x32: conv3x3x4d2 conv3x3x4s2 conv3x3x4").layers();
        assertEquals(11, ReceptiveField.nominalSize(dilated, 3));
    }

    @Test
    void neuronsOutsideTheLayerAreRefused() {
        Network net = Network.create(Architecture.named("tiny"), 1);
        assertThrows(IllegalArgumentException.class, () -> ReceptiveField.of(net, 0, 28, 0));
        assertThrows(IllegalArgumentException.class, () -> ReceptiveField.of(net, 0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> ReceptiveField.of(net, 9, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ReceptiveField.in(net.layers(), 2, 0, 0, 4));
    }

    /** The field a bounding box {minY, maxY, minX, maxX} stands for; null means no pixel at all. */
    static ReceptiveField expected(int[] box) {
        return box == null ? new ReceptiveField(0, 0, 0, 0)
                : new ReceptiveField(box[0], box[2], box[1] - box[0] + 1, box[3] - box[2] + 1);
    }

    /** A random stack of convolutions (with stride, padding, dilation), ReLUs and poolings, or null if it cannot be built. */
    static Network randomNetwork(SplittableRandom random) {
        StringBuilder spec = new StringBuilder()
                .append(1 + random.nextInt(2)).append('x').append(8 + random.nextInt(9)).append('x').append(8 + random.nextInt(9))
                .append(':');
        int depth = 1 + random.nextInt(4);
        for (int i = 0; i < depth; i++) {
            if (random.nextInt(3) > 0) {
                int k = 1 + random.nextInt(5);
                spec.append(" conv").append(k).append('x').append(k).append('x').append(1 + random.nextInt(3))
                        .append('p').append(random.nextInt(4)).append('s').append(1 + random.nextInt(3))
                        .append('d').append(1 + random.nextInt(3));
                if (random.nextBoolean()) {
                    spec.append(" relu");
                }
            } else {
                spec.append(" pool").append(2 + random.nextInt(2)).append('s').append(1 + random.nextInt(3));
            }
        }
        try {
            return Network.create(Architecture.parse(spec.toString()), 1);
        } catch (IllegalArgumentException e) {
            return null;                                   // a window did not fit: draw again
        }
    }

    /** Makes every parameter positive and returns the activations of a positive input. */
    static float[][] positiveActivations(Network net, SplittableRandom random) {
        float[] p = RandomTensors.uniform(random, net.params().length, 0.2, 1.0);
        net.setParams(p);
        Pass pass = net.newPass();
        pass.forward(RandomTensors.uniform(random, net.inputShape().size(), 0.5, 1.0));
        float[][] acts = new float[net.layers().size() + 1][];
        for (int i = 0; i < acts.length; i++) {
            acts[i] = pass.activation(i).clone();
        }
        return acts;
    }

    /**
     * For every neuron of every layer from {@code target} on, the bounding box {minY, maxY, minX,
     * maxX} of the cells of activation {@code target} whose change changes it (null if none).
     */
    static int[][][] dependencies(List<Layer> layers, float[][] base, int target) {
        int n = layers.size();
        int[][][] boxes = new int[n][][];
        float[][] acts = new float[n + 1][];
        List<Layer.Scratch> scratch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boxes[i] = new int[layers.get(i).outputShape().size()][];
            acts[i + 1] = new float[layers.get(i).outputShape().size()];
            scratch.add(layers.get(i).newScratch());
        }
        Shape in = target == 0 ? layers.get(0).inputShape() : layers.get(target - 1).outputShape();
        for (int py = 0; py < in.height(); py++) {
            for (int px = 0; px < in.width(); px++) {
                acts[target] = base[target].clone();
                for (int c = 0; c < in.channels(); c++) {
                    acts[target][in.index(c, py, px)] += 1000f;
                }
                for (int i = target; i < n; i++) {
                    layers.get(i).forward(acts[i], acts[i + 1], scratch.get(i));
                    for (int j = 0; j < acts[i + 1].length; j++) {
                        if (acts[i + 1][j] != base[i + 1][j]) {
                            int[] b = boxes[i][j];
                            boxes[i][j] = b == null ? new int[] {py, py, px, px}
                                    : new int[] {Math.min(b[0], py), Math.max(b[1], py), Math.min(b[2], px), Math.max(b[3], px)};
                        }
                    }
                }
            }
        }
        return boxes;
    }
}
