package org.receptive.ui.network;

import java.util.List;
import org.receptive.engine.Layer;
import org.receptive.engine.LayerSpec;
import org.receptive.engine.Shape;

/** Which activations are worth drawing, and how to name them for a student. */
final class StageCaptions {

    private StageCaptions() {
    }

    /**
     * Whether activation a (= output of layer a − 1) is drawn: spatial maps only, and a
     * convolution followed by a ReLU is drawn once, after the ReLU.
     */
    static boolean drawn(List<Layer> layers, int a) {
        if (a == 0) {
            return true;
        }
        Shape s = layers.get(a - 1).outputShape();
        if (s.height() * s.width() <= 1) {
            return false;
        }
        return a >= layers.size() || !(layers.get(a).spec() instanceof LayerSpec.Relu);
    }

    static String caption(List<Layer> layers, int a, int convNumber) {
        if (a == 0) {
            return "Input · 28×28 pixels";
        }
        Layer layer = layers.get(a - 1);
        LayerSpec spec = layer.spec();
        Shape s = layer.outputShape();
        String out = s.channels() + " maps of " + s.height() + "×" + s.width();
        if (spec instanceof LayerSpec.Relu && a >= 2 && layers.get(a - 2).spec() instanceof LayerSpec.Conv c) {
            return "Convolution " + convNumber + " · " + c.filters() + " kernels of " + c.kernel() + "×" + c.kernel()
                    + (c.padding() > 0 ? ", padding " + c.padding() : "")
                    + (c.stride() > 1 ? ", stride " + c.stride() : "") + ", then ReLU → " + out;
        }
        if (spec instanceof LayerSpec.Conv c) {
            return "Convolution " + convNumber + " · " + c.filters() + " kernels of " + c.kernel() + "×" + c.kernel() + " → " + out;
        }
        if (spec instanceof LayerSpec.Pool p) {
            return "Max pooling " + p.size() + "×" + p.size() + (p.stride() != p.size() ? ", stride " + p.stride() : "")
                    + " → " + out;
        }
        return spec.token() + " → " + out;
    }
}
