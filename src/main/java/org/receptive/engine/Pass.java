package org.receptive.engine;

/**
 * The working memory of one thread running a {@link Network}: the activation of every layer, the
 * gradient flowing back through it, and each layer's scratch space. {@code activation(0)} is the
 * input; {@code activation(i + 1)} is the output of layer i.
 *
 * <p>A pass from {@link Network#newPass()} holds one sample, which is what the views draw. The
 * trainer and the evaluator use passes that hold a run of samples side by side, so each layer
 * works through the whole run at once; a sample's numbers are the same bits either way.
 */
public final class Pass {

    private final Network net;
    private final int capacity;
    private final float[][] act;
    private final float[][] delta;
    private final Layer.Scratch[] scratch;
    private final float[] probs;

    Pass(Network net) {
        this(net, 1, Kernels.best(), false, true);
    }

    /**
     * A pass for up to {@code capacity} samples at a time, multiplying with {@code kernels}; a
     * training pass may keep copies derived from the parameters, which its trainer refreshes
     * ({@link Layer#parametersChanged}). Without {@code gradients} it only runs forward and keeps
     * no gradient arrays: as large as the activations, they were 5 MB of an occlusion map's 13
     * (32 samples of the default model), and the evaluator's runs need none either.
     */
    Pass(Network net, int capacity, Kernels kernels, boolean training, boolean gradients) {
        this.net = net;
        this.capacity = capacity;
        int n = net.layers().size();
        act = new float[n + 1][];
        delta = new float[n + 1][];
        scratch = new Layer.Scratch[n];
        act[0] = new float[capacity * net.inputShape().size()];
        delta[0] = null;   // nobody needs the gradient with respect to the image
        for (int i = 0; i < n; i++) {
            Layer l = net.layer(i);
            act[i + 1] = new float[capacity * l.outputShape().size()];
            delta[i + 1] = gradients ? new float[capacity * l.outputShape().size()] : null;
            scratch[i] = training ? l.newTrainingScratch(capacity, kernels) : l.newScratch(capacity, kernels);
        }
        probs = new float[capacity * net.classes()];
    }

    private Pass(Pass shared) {
        net = shared.net;
        capacity = shared.capacity;
        act = shared.act;
        delta = shared.delta;
        probs = shared.probs;
        scratch = new Layer.Scratch[shared.scratch.length];
        for (int i = 0; i < scratch.length; i++) {
            scratch[i] = shared.scratch[i].sibling();
        }
    }

    /**
     * A pass for another thread working on other samples of the same run: the same activations,
     * gradients and probabilities, working buffers of its own.
     */
    Pass sibling() {
        return new Pass(this);
    }

    /**
     * Forward pass of one sample; returns the probabilities (live array of this pass, holding
     * exactly the classes for a one-sample pass).
     */
    public float[] forward(float[] input) {
        System.arraycopy(input, 0, act[0], 0, net.inputShape().size());
        forward(1);
        return probs;
    }

    /**
     * Back-propagates the loss of the sample last run through {@link #forward} with its true label,
     * adding the parameter gradients into {@code grads} (same layout as the network's params).
     * Returns the sample's loss.
     */
    public float backward(int label, float[] grads) {
        return backward(new int[] {label}, 1, grads);
    }

    /** Where the next run's inputs go: sample s at {@code s · inputShape().size()}. */
    float[] input() {
        return act[0];
    }

    /** Runs the first n samples of {@link #input()} forward; their probabilities follow each other. */
    void forward(int n) {
        forward(0, n);
    }

    /** Runs samples from … from + n − 1 of {@link #input()} forward. */
    void forward(int from, int n) {
        if (from < 0 || from + n > capacity) {
            throw new IllegalArgumentException("samples " + from + " to " + (from + n) + " do not fit a pass of " + capacity);
        }
        for (int i = 0; i < scratch.length; i++) {
            net.layer(i).forward(act[i], act[i + 1], from, n, scratch[i]);
        }
        int classes = net.classes();
        float[] logits = act[act.length - 1];
        for (int s = from; s < from + n; s++) {
            SoftmaxCrossEntropy.softmax(logits, s * classes, probs, s * classes, classes);
        }
    }

    /**
     * Back-propagates the losses of samples from … from + n − 1 (last run forward) against
     * {@code labels[from …]} down to every layer's input, writing each sample's loss into
     * {@code losses[from …]}. The parameter gradients are left to {@link Layer#addGradient}.
     */
    void backwardInputs(int[] labels, int from, int n, float[] losses) {
        keepsGradients();
        int layers = scratch.length, classes = net.classes();
        for (int s = from; s < from + n; s++) {
            losses[s] = SoftmaxCrossEntropy.lossAndGradient(probs, s * classes, labels[s], delta[layers], classes);
        }
        for (int i = layers - 1; i >= 0; i--) {
            net.layer(i).backwardInput(act[i], act[i + 1], delta[i + 1], delta[i], from, n, scratch[i]);
        }
    }

    /** Layer i's scratch in this pass. */
    Layer.Scratch scratch(int i) {
        return scratch[i];
    }

    /** The gradient of the loss with respect to activation i (null for the input). */
    float[] delta(int i) {
        return delta[i];
    }

    /**
     * Back-propagates the losses of the last run's n samples against their labels, adding the
     * parameter gradients summed over the samples into {@code grads}. Returns the summed loss.
     */
    float backward(int[] labels, int n, float[] grads) {
        keepsGradients();
        int layers = scratch.length, classes = net.classes();
        float loss = 0;
        for (int s = 0; s < n; s++) {
            loss += SoftmaxCrossEntropy.lossAndGradient(probs, s * classes, labels[s], delta[layers], classes);
        }
        for (int i = layers - 1; i >= 0; i--) {
            net.layer(i).backward(act[i], act[i + 1], delta[i + 1], delta[i], grads, n, scratch[i]);
        }
        return loss;
    }

    /**
     * Activation {@code i}: 0 is the input, i + 1 the output of layer i. Live array: copy it to
     * keep it. In a pass of several samples, sample s starts at {@code s ·} the layer's size.
     */
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
        keepsGradients();
        return delta[i];
    }

    private void keepsGradients() {
        if (delta.length > 1 && delta[1] == null) {
            throw new IllegalStateException("this pass only runs forward: it keeps no gradients");
        }
    }

    /** Probabilities of the last forward pass (live array). */
    public float[] probabilities() {
        return probs;
    }

    /** How many samples this pass can run at once. */
    int capacity() {
        return capacity;
    }

    public Network network() {
        return net;
    }
}
