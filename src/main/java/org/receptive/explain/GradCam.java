package org.receptive.explain;

import java.util.List;
import org.receptive.engine.Conv2d;
import org.receptive.engine.InputGradient;
import org.receptive.engine.Layer;
import org.receptive.engine.Network;
import org.receptive.engine.ReLU;
import org.receptive.engine.Shape;

/**
 * Grad-CAM (Selvaraju et al. 2017, "Grad-CAM: Visual Explanations from Deep Networks via
 * Gradient-based Localization"): the last convolution's feature maps A_k (after its ReLU), each
 * weighted by α_k, the mean over the map of d score / d A_k; the sum's positive part, ReLU(Σ α_k A_k),
 * says where that layer found evidence for the question's answer. The coarse map is enlarged to
 * the input bilinearly, centre on centre.
 */
public final class GradCam {

    private GradCam() {
    }

    /** The activation Grad-CAM reads: the last convolution's output, after its ReLU if one follows; −1 if none. */
    public static int mapsActivation(Network net) {
        List<Layer> layers = net.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof Conv2d) {
                return i + 1 < layers.size() && layers.get(i + 1) instanceof ReLU ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    public static AttributionMap map(InputGradient gradient, float[] image, Question question) {
        Network net = gradient.network();
        int a = mapsActivation(net);
        if (a < 0) {
            throw new IllegalArgumentException("Grad-CAM needs a network with a convolution");
        }
        gradient.ofClassDifference(image, question.target(), question.versus());
        float[] maps = gradient.pass().activation(a), grads = gradient.gradientAt(a);
        Shape s = net.layer(a - 1).outputShape();
        int plane = s.height() * s.width();
        float[] cam = new float[plane];
        for (int k = 0; k < s.channels(); k++) {
            double alpha = 0;
            for (int i = 0; i < plane; i++) {
                alpha += grads[k * plane + i];
            }
            alpha /= plane;
            for (int i = 0; i < plane; i++) {
                cam[i] += (float) (alpha * maps[k * plane + i]);
            }
        }
        for (int i = 0; i < plane; i++) {
            cam[i] = Math.max(0f, cam[i]);
        }
        Shape in = net.inputShape();
        return new AttributionMap(Method.GRAD_CAM, question, in.height(), in.width(),
                enlarge(cam, s.height(), s.width(), in.height(), in.width()));
    }

    /** Bilinear resampling of an h × w map to H × W, cell centres on cell centres, edges held. */
    static float[] enlarge(float[] map, int h, int w, int toH, int toW) {
        float[] out = new float[toH * toW];
        for (int y = 0; y < toH; y++) {
            double sy = Math.max(0, Math.min(h - 1, (y + 0.5) * h / toH - 0.5));
            int y0 = (int) sy, y1 = Math.min(h - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < toW; x++) {
                double sx = Math.max(0, Math.min(w - 1, (x + 0.5) * w / toW - 0.5));
                int x0 = (int) sx, x1 = Math.min(w - 1, x0 + 1);
                double fx = sx - x0;
                out[y * toW + x] = (float) ((1 - fy) * ((1 - fx) * map[y0 * w + x0] + fx * map[y0 * w + x1])
                        + fy * ((1 - fx) * map[y1 * w + x0] + fx * map[y1 * w + x1]));
            }
        }
        return out;
    }
}
