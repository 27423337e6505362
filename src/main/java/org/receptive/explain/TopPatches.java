package org.receptive.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.receptive.engine.BatchPass;
import org.receptive.engine.Network;
import org.receptive.engine.ReceptiveField;
import org.receptive.engine.Samples;
import org.receptive.engine.Shape;

/**
 * "What is this neuron looking for?", answered from data: for every channel of one activation,
 * the samples whose strongest response in that channel's map is largest, each with the cell where
 * it is and that cell's receptive field (so the patches grow with depth). One patch per sample, so
 * nine copies of the same stroke do not crowd out the rest. A convolution's neurons share their
 * kernel across the map, which is why the channel, not the cell, is what is looked for.
 */
public final class TopPatches {

    /** How many patches a neuron shows. */
    public static final int COUNT = 9;

    private TopPatches() {
    }

    /**
     * The top {@code count} patches of every channel of activation {@code activation} (i + 1 is
     * layer i's output) over the first {@code n} samples, channel by channel, best first (ties:
     * the earlier sample). {@code progress} hears how many samples are done, every run.
     */
    public static List<List<ExcitingPatch>> of(Network net, Samples samples, int n, int activation, int count, IntConsumer progress) {
        if (activation < 1 || activation > net.layers().size()) {
            throw new IllegalArgumentException("activation " + activation + " is not a layer's output");
        }
        Shape shape = net.layer(activation - 1).outputShape();
        int channels = shape.channels(), plane = shape.height() * shape.width();
        int total = Math.min(n, samples.size()), size = net.inputShape().size();
        float[][] bestValue = new float[channels][count];
        int[][] bestSample = new int[channels][count], bestCell = new int[channels][count];
        int[] filled = new int[channels];
        BatchPass batch = new BatchPass(net, 32);
        float[] image = new float[size];
        for (int start = 0; start < total; start += batch.capacity()) {
            int run = Math.min(batch.capacity(), total - start);
            for (int s = 0; s < run; s++) {
                samples.copy(start + s, image, null);
                System.arraycopy(image, 0, batch.inputs(), s * size, size);
            }
            batch.forward(run);
            float[] act = batch.activation(activation);
            for (int s = 0; s < run; s++) {
                for (int c = 0; c < channels; c++) {
                    int at = s * shape.size() + c * plane, cell = 0;
                    for (int i = 1; i < plane; i++) {
                        cell = act[at + i] > act[at + cell] ? i : cell;
                    }
                    insert(bestValue[c], bestSample[c], bestCell[c], filled, c, count, act[at + cell], start + s, cell);
                }
            }
            if (progress != null) {
                progress.accept(start + run);
            }
        }
        List<List<ExcitingPatch>> out = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            List<ExcitingPatch> top = new ArrayList<>();
            for (int k = 0; k < filled[c]; k++) {
                int y = bestCell[c][k] / shape.width(), x = bestCell[c][k] % shape.width();
                top.add(new ExcitingPatch(bestSample[c][k], y, x, bestValue[c][k],
                        ReceptiveField.in(net.layers(), activation - 1, y, x, 0)));
            }
            out.add(top);
        }
        return out;
    }

    /** Keeps the list sorted by value, largest first; a later sample never displaces an equal earlier one. */
    private static void insert(float[] value, int[] sample, int[] cell, int[] filled, int c, int count, float v, int s, int at) {
        int k = filled[c];
        if (k == count && !(v > value[count - 1])) {
            return;
        }
        int i = Math.min(k, count - 1);
        while (i > 0 && v > value[i - 1]) {
            value[i] = value[i - 1];
            sample[i] = sample[i - 1];
            cell[i] = cell[i - 1];
            i--;
        }
        value[i] = v;
        sample[i] = s;
        cell[i] = at;
        filled[c] = Math.min(count, k + 1);
    }
}
