package org.receptive.explain;

import org.receptive.engine.InputGradient;
import org.receptive.engine.Network;

/**
 * Answers "why?" for one network, by any {@link Method}: keeps the working memory of each method
 * so a live view can ask again every time the drawing changes, made when first asked and let go
 * by {@link #release()} (a view no longer explaining anything keeps none). Not thread-safe: one
 * per thread.
 */
public final class Explainer {

    /** The grey square's default side and step: about a stroke's width on a 28×28 digit, moved one pixel at a time. */
    public static final int DEFAULT_PATCH = 6, DEFAULT_STRIDE = 1;

    private final Network net;
    private InputGradient gradient;   // null until asked, and after release()
    private final Occlusion occlusion;

    public Explainer(Network net) {
        this.net = net;
        this.occlusion = new Occlusion(net);
    }

    /** Lets go of every method's working memory; the next question makes what it needs again. */
    public void release() {
        gradient = null;
        occlusion.release();
    }

    /** Whether any working memory is held (between a question and {@link #release()}). */
    public boolean keepsWorkingMemory() {
        return gradient != null || occlusion.runCapacity() > 0;
    }

    private InputGradient gradient() {
        if (gradient == null) {
            gradient = new InputGradient(net);
        }
        return gradient;
    }

    /** The map for {@code image} by {@code method}; patch and stride matter only to occlusion. */
    public AttributionMap explain(Method method, float[] image, Question question, int patch, int stride) {
        if (question.target() >= net.classes() || question.versus() >= net.classes()) {
            throw new IllegalArgumentException("the network has only " + net.classes() + " classes");
        }
        return switch (method) {
            case OCCLUSION -> occlusion.map(image, question, patch, stride);
            case GRADIENT_TIMES_INPUT -> GradientTimesInput.map(gradient(), image, question);
            case GRAD_CAM -> GradCam.map(gradient(), image, question);
        };
    }

    /** The network's class probabilities for {@code image} (a copy). */
    public float[] probabilities(float[] image) {
        return gradient().pass().forward(image).clone();
    }

    public Network network() {
        return net;
    }
}
