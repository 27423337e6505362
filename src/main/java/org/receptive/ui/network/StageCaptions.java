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
     * Whether activation a (the output of layer a − 1) is drawn: the input, and every layer's
     * output except a layer followed by a ReLU (drawn once, after the ReLU), a flatten (the same
     * numbers as before) and the last layer (its scores are the prediction, drawn as bars).
     */
    static boolean drawn(List<Layer> layers, int a) {
        if (a == 0) {
            return true;
        }
        if (a >= layers.size() || layers.get(a - 1).spec() instanceof LayerSpec.Flatten) {
            return false;
        }
        return !(layers.get(a).spec() instanceof LayerSpec.Relu);
    }

    /** The caption of activation a; {@code ordinal} counts earlier layers of the same kind, from 1. */
    static String caption(List<Layer> layers, int a, int ordinal) {
        if (a == 0) {
            Shape in = layers.get(0).inputShape();
            return "Input · " + in.height() + "×" + in.width() + " pixels";
        }
        Layer layer = layers.get(a - 1);
        boolean relu = layer.spec() instanceof LayerSpec.Relu && a >= 2;
        Layer main = relu ? layers.get(a - 2) : layer;
        String plusRelu = relu ? " + ReLU" : "";
        Shape s = layer.outputShape();
        String maps = s.channels() + " maps of " + s.height() + "×" + s.width();
        if (main.spec() instanceof LayerSpec.Conv c) {
            return "Convolution " + ordinal + plusRelu + " · " + c.filters() + " kernels of " + c.kernel() + "×" + c.kernel()
                    + (c.padding() > 0 ? ", padding " + c.padding() : "")
                    + (c.stride() > 1 ? ", stride " + c.stride() : "")
                    + (c.dilation() > 1 ? ", dilation " + c.dilation() : "") + " → " + maps;
        }
        if (main.spec() instanceof LayerSpec.Pool p) {
            return "Max pooling " + ordinal + " · " + p.size() + "×" + p.size()
                    + (p.stride() != p.size() ? ", stride " + p.stride() : "") + " → " + maps;
        }
        if (main.spec() instanceof LayerSpec.Dense d) {
            return "Dense " + ordinal + plusRelu + " · " + d.outputs() + " neurons, each wired to all "
                    + main.inputShape().size() + " numbers above";
        }
        return main.spec().token() + plusRelu + " → " + s;
    }

    /** The kind of layer that activation a shows (for numbering: "Convolution 2"). */
    static Class<?> kind(List<Layer> layers, int a) {
        Layer layer = layers.get(a - 1);
        if (layer.spec() instanceof LayerSpec.Relu && a >= 2) {
            layer = layers.get(a - 2);
        }
        return layer.spec().getClass();
    }
}
