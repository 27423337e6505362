package org.receptive.explain;

import java.util.ArrayList;
import java.util.List;
import org.receptive.engine.BatchPass;
import org.receptive.engine.Network;
import org.receptive.engine.Shape;

/**
 * The occlusion map (Zeiler and Fergus 2014, "Visualizing and Understanding Convolutional
 * Networks"): a grey square slides over the input, the same sliding window as a convolution's,
 * and at each position the network answers again for the covered image. A pixel's value is the
 * drop of the question's probability (the target's, or the target's minus the versus class's),
 * averaged over the positions of the square that cover it: positive where covering hurts the answer.
 *
 * <p>The covered images go through the network a run of {@link #RUN} at a time ({@link BatchPass}),
 * whose working memory (8 MB for the default model) is made for the first map, as large as the map
 * needs (a square as large as the image has one position), and let go by {@link #release()}.
 * Every position's square lies inside the image; when the stride does not end on the border, one
 * more position against it is added, so every pixel is covered at least once.
 */
public final class Occlusion {

    /** The square's grey: halfway between the background (0) and full ink (1). */
    public static final float GREY = 0.5f;
    /** Covered images per run through the network. */
    static final int RUN = 32;

    private final Network net;
    private BatchPass batch;   // null until a map needs it, and after release()

    public Occlusion(Network net) {
        this.net = net;
    }

    /** Lets go of the working memory; the next map makes it again. */
    public void release() {
        batch = null;
    }

    /** How many covered images the working memory holds at once: 0 when it holds none. */
    int runCapacity() {
        return batch == null ? 0 : batch.capacity();
    }

    /** Whether a square of this size and stride fits the network's input; null if so, else why not, in a sentence. */
    public static String problem(Shape input, int patch, int stride) {
        int side = Math.min(input.height(), input.width());
        if (patch < 1 || patch > side) {
            return "The grey square must be 1 to " + side + " pixels wide, not " + patch + ".";
        }
        if (stride < 1 || stride > side) {
            return "The square must move 1 to " + side + " pixels at a time, not " + stride + ".";
        }
        return null;
    }

    /** The map for {@code image} (values in 0..1, the network's input shape). */
    public AttributionMap map(float[] image, Question question, int patch, int stride) {
        Shape in = net.inputShape();
        String problem = problem(in, patch, stride);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int h = in.height(), w = in.width(), plane = h * w, size = in.size(), classes = net.classes();
        List<Integer> ys = positions(h, patch, stride), xs = positions(w, patch, stride);
        int total = ys.size() * xs.size();
        if (batch == null || batch.capacity() < Math.min(RUN, total)) {
            batch = new BatchPass(net, Math.min(RUN, total));
        }
        float[] inputs = batch.inputs();
        System.arraycopy(image, 0, inputs, 0, size);
        double base = question.of(batch.forward(1), 0);

        double[] sum = new double[plane];
        int[] count = new int[plane];
        for (int start = 0; start < total; start += batch.capacity()) {
            int n = Math.min(batch.capacity(), total - start);
            for (int s = 0; s < n; s++) {
                int y0 = ys.get((start + s) / xs.size()), x0 = xs.get((start + s) % xs.size());
                System.arraycopy(image, 0, inputs, s * size, size);
                for (int c = 0; c < in.channels(); c++) {
                    for (int y = y0; y < y0 + patch; y++) {
                        java.util.Arrays.fill(inputs, s * size + c * plane + y * w + x0, s * size + c * plane + y * w + x0 + patch, GREY);
                    }
                }
            }
            float[] probs = batch.forward(n);
            for (int s = 0; s < n; s++) {
                double drop = base - question.of(probs, s * classes);
                int y0 = ys.get((start + s) / xs.size()), x0 = xs.get((start + s) % xs.size());
                for (int y = y0; y < y0 + patch; y++) {
                    for (int x = x0; x < x0 + patch; x++) {
                        sum[y * w + x] += drop;
                        count[y * w + x]++;
                    }
                }
            }
        }
        float[] values = new float[plane];
        for (int i = 0; i < plane; i++) {
            values[i] = count[i] == 0 ? 0 : (float) (sum[i] / count[i]);
        }
        return new AttributionMap(Method.OCCLUSION, question, h, w, values);
    }

    /** Top rows (or left columns) of the square: every stride while it fits, and one against the far border. */
    static List<Integer> positions(int side, int patch, int stride) {
        List<Integer> at = new ArrayList<>();
        for (int p = 0; p + patch <= side; p += stride) {
            at.add(p);
        }
        if (at.get(at.size() - 1) != side - patch) {
            at.add(side - patch);
        }
        return at;
    }
}
