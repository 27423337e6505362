package org.receptive.ui.training;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.receptive.ui.common.ColorMap;

/**
 * The kernels of one convolution as a grid of small images on the blue–white–red map, one gap
 * cell between kernels. For the first layer (one input channel) the kernels wrap into rows of
 * {@code perRow}; for deeper layers each row is one filter and each column the input map it
 * reads. Drawn as one image (a pixel per weight) scaled without smoothing, so even the default
 * model's 512 second-layer kernels cost one draw call 30 times a second.
 */
final class KernelGridView extends Canvas {

    private ConvKernels kernels;
    private boolean ownScale;
    private double cell;
    private int perRow;
    private WritableImage image;
    private final Tooltip tip = new Tooltip();

    KernelGridView() {
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> tip.setText(describe(e.getX(), e.getY())));
    }

    /** Draws {@code k} with cells of {@code cellSize} px; {@code ownScale}: each kernel on its own ±max. */
    void show(ConvKernels k, double cellSize, int perRow, boolean ownScale) {
        this.kernels = k;
        this.cell = cellSize;
        this.perRow = k.channels() == 1 ? Math.max(1, Math.min(perRow, k.filters())) : k.channels();
        this.ownScale = ownScale;
        redraw();
    }

    /** The kernels drawn now, for tests. */
    ConvKernels kernels() {
        return kernels;
    }

    private int rows() {
        return kernels.channels() == 1 ? (kernels.filters() + perRow - 1) / perRow : kernels.filters();
    }

    private void redraw() {
        int k = kernels.size(), step = k + 1;
        int w = perRow * step - 1, h = rows() * step - 1;
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        PixelWriter px = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px.setArgb(x, y, 0);   // transparent gaps: the card shows through
            }
        }
        for (int f = 0; f < kernels.filters(); f++) {
            for (int c = 0; c < kernels.channels(); c++) {
                int slot = kernels.channels() == 1 ? f : f * kernels.channels() + c;
                int gx = (slot % perRow) * step, gy = (slot / perRow) * step;
                float m = ownScale ? kernels.maxAbs(f, c) : kernels.maxAbs();
                int o = kernels.offset(f, c);
                for (int y = 0; y < k; y++) {
                    for (int x = 0; x < k; x++) {
                        px.setColor(gx + x, gy + y, ColorMap.DIVERGING.of(kernels.weights()[o + y * k + x], -m, m));
                    }
                }
            }
        }
        setWidth(Math.round(w * cell));
        setHeight(Math.round(h * cell));
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setImageSmoothing(false);   // one crisp square per weight
        g.drawImage(image, 0, 0, getWidth(), getHeight());
    }

    private String describe(double px, double py) {
        if (kernels == null) {
            return null;
        }
        int k = kernels.size(), step = k + 1;
        int gx = (int) (px / cell), gy = (int) (py / cell);
        int slotX = gx / step, slotY = gy / step, x = gx % step, y = gy % step;
        if (x == k || y == k || slotX >= perRow) {
            return "the gap between kernels";
        }
        int f = kernels.channels() == 1 ? slotY * perRow + slotX : slotY, c = kernels.channels() == 1 ? 0 : slotX;
        if (f >= kernels.filters()) {
            return null;
        }
        float v = kernels.weights()[kernels.offset(f, c) + y * k + x];
        return kernels.channels() == 1
                ? String.format(Locale.ROOT, "kernel %d · row %d, column %d: weight %+.3f", f + 1, y, x, v)
                : String.format(Locale.ROOT, "kernel %d, reading map %d · row %d, column %d: weight %+.3f", f + 1, c + 1, y, x, v);
    }
}
