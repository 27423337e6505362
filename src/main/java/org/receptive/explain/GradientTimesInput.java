package org.receptive.explain;

import org.receptive.engine.InputGradient;
import org.receptive.engine.Shape;

/**
 * Gradient × input (Shrikumar et al. 2016; a saliency map, after Simonyan et al. 2014): each
 * pixel's value times the derivative of the question's score (the target's logit, minus the
 * versus class's) with respect to it. Positive where the ink pushes the score up. A pixel without
 * ink (0 in MNIST's convention) gets 0 whatever its gradient, which is this method's blind spot.
 */
public final class GradientTimesInput {

    private GradientTimesInput() {
    }

    public static AttributionMap map(InputGradient gradient, float[] image, Question question) {
        float[] g = gradient.ofClassDifference(image, question.target(), question.versus());
        Shape in = gradient.network().inputShape();
        int plane = in.height() * in.width();
        float[] values = new float[plane];
        for (int i = 0; i < in.size(); i++) {
            values[i % plane] += g[i] * image[i];   // channels summed: one value per pixel
        }
        return new AttributionMap(Method.GRADIENT_TIMES_INPUT, question, in.height(), in.width(), values);
    }
}
