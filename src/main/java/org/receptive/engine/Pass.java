package org.receptive.engine;

/**
 * The working memory of one thread running a {@link Network}: the activation of every layer, the
 * gradient flowing back through it, and each layer's scratch space. {@code activation(0)} is the
 * input; {@code activation(i + 1)} is the output of layer i.
 */
public final class Pass {

    private final Network net;
    private final float[][] act;
    private final float[][] delta;
    private final float[][][] scratch;
    private final float[] probs;

    Pass(Network net) {
        this.net = net;
        int n = net.layers().size();
        act = new float[n + 1][];
        delta = new float[n + 1][];
        scratch = new float[n][][];
        act[0] = new float[net.inputShape().size()];
        delta[0] = null;   // nobody needs the gradient with respect to the image
        for (int i = 0; i < n; i++) {
            Layer l = net.layer(i);
            act[i + 1] = new float[l.outputShape().size()];
            delta[i + 1] = new float[l.outputShape().size()];
            scratch[i] = l.newScratch();
        }
        probs = new float[net.classes()];
    }

    /** Forward pass of one sample; returns the probabilities (live array of this pass). */
    public float[] forward(float[] input) {
        System.arraycopy(input, 0, act[0], 0, act[0].length);
        for (int i = 0; i < scratch.length; i++) {
            net.layer(i).forward(act[i], act[i + 1], scratch[i]);
        }
        SoftmaxCrossEntropy.softmax(act[act.length - 1], probs);
        return probs;
    }

    /**
     * Back-propagates the loss of the sample last run through {@link #forward} with its true label,
     * adding the parameter gradients into {@code grads} (same layout as the network's params).
     * Returns the sample's loss.
     */
    public float backward(int label, float[] grads) {
        int n = scratch.length;
        float loss = SoftmaxCrossEntropy.lossAndGradient(probs, label, delta[n]);
        for (int i = n - 1; i >= 0; i--) {
            net.layer(i).backward(act[i], act[i + 1], delta[i + 1], delta[i], grads, scratch[i]);
        }
        return loss;
    }

    /** Activation {@code i}: 0 is the input, i + 1 the output of layer i. Live array: copy it to keep it. */
    public float[] activation(int i) {
        return act[i];
    }

    /**
     * The gradient of the last {@link #backward} loss with respect to activation {@code i}
     * (1 to the number of layers): what arrives at layer i − 1's output from the layers above.
     * Live array: copy it to keep it. The input's gradient (i = 0) is never computed.
     */
    public float[] gradient(int i) {
        if (i < 1 || i >= delta.length) {
            throw new IndexOutOfBoundsException("activation " + i + " has no gradient (1 to " + (delta.length - 1) + ")");
        }
        return delta[i];
    }

    /** Probabilities of the last forward pass (live array). */
    public float[] probabilities() {
        return probs;
    }

    public Network network() {
        return net;
    }
}
