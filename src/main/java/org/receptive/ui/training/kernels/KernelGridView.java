package org.receptive.ui.training.kernels;

import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.receptive.ui.common.ColorMap;

/**
 * The kernels of one convolution as a grid of small images on the blue–white–red map, one gap
 * cell between kernels. For the first layer (one input channel) the kernels wrap into rows of
 * {@code perRow}; for deeper layers each row is one filter and each column the input map it
 * reads. Drawn into one image at its final pixel size (whole-pixel cells) and shown unscaled:
 * the software renderer then only copies pixels, where a scaled canvas image cost ~10 ms a frame.
 */
public final class KernelGridView extends ImageView {

    private ConvKernels kernels;
    private boolean ownScale;
    private float range;
    private int cell;
    private int perRow;
    private WritableImage image;
    private int[] pixels = new int[0];
    private final Tooltip tip = new Tooltip();
    private int selected = -1;
    private java.util.function.IntConsumer onKernel;

    KernelGridView() {
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> tip.setText(describe(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int f = filterAt(e.getX(), e.getY());
            if (f >= 0 && onKernel != null) {
                onKernel.accept(f);
            }
        });
    }

    /** Called with the filter (from 0) whose kernel was clicked. */
    void setOnKernel(java.util.function.IntConsumer handler) {
        this.onKernel = handler;
        // By keys too: the first layer's kernels wrap in rows of perRow, a deeper layer's filter is one row.
        org.receptive.ui.common.GridKeys.attach(this,
                () -> kernels == null ? 0 : kernels.channels() == 1 ? rows() : kernels.filters(),
                () -> kernels == null ? 0 : kernels.channels() == 1 ? perRow : 1,
                (r, c) -> {
                    int f = kernels.channels() == 1 ? Math.min(kernels.filters() - 1, r * perRow + c) : r;
                    onKernel.accept(f);
                });
    }

    /** Frames the kernels of filter {@code f} (−1: none). */
    void setSelected(int f) {
        if (f != selected) {
            selected = f;
            if (kernels != null) {
                redraw();
            }
        }
    }

    /** The centre of filter f's (first) kernel in this node's coordinates, for tests and pointers. */
    public javafx.geometry.Point2D kernelCentre(int f) {
        int step = (kernels.size() + 1) * cell, slot = kernels.channels() == 1 ? f : f * kernels.channels();
        double half = kernels.size() * cell / 2.0;
        return new javafx.geometry.Point2D(cell + (slot % perRow) * step + half, cell + (slot / perRow) * step + half);
    }

    /** The filter whose kernel is under (x, y), or −1 over a gap. */
    int filterAt(double px, double py) {
        if (kernels == null) {
            return -1;
        }
        int step = (kernels.size() + 1) * cell;
        px -= cell;   // the margin
        py -= cell;
        if (px < 0 || py < 0) {
            return -1;
        }
        int slotX = (int) px / step, slotY = (int) py / step;
        if (slotX >= perRow || px % step >= kernels.size() * cell || py % step >= kernels.size() * cell) {
            return -1;
        }
        int f = kernels.channels() == 1 ? slotY * perRow + slotX : slotY;
        return f < kernels.filters() ? f : -1;
    }

    /** Draws {@code k} with cells of {@code cellSize} px; {@code ownScale}: each kernel on its own ±max. */
    void show(ConvKernels k, double cellSize, int perRow, boolean ownScale) {
        show(k, cellSize, perRow, ownScale, k.maxAbs());
    }

    /**
     * As {@link #show(ConvKernels, double, int, boolean)}, with {@code range} as the ±max of the
     * shared scale: two grids drawn side by side on one range compare honestly.
     */
    void show(ConvKernels k, double cellSize, int perRow, boolean ownScale, float range) {
        this.range = range;
        this.kernels = k;
        this.cell = Math.max(1, (int) Math.round(cellSize));
        this.perRow = k.channels() == 1 ? Math.max(1, Math.min(perRow, k.filters())) : k.channels();
        this.ownScale = ownScale;
        redraw();
    }

    /** The kernels drawn now, for tests. */
    public ConvKernels kernels() {
        return kernels;
    }

    private int rows() {
        return kernels.channels() == 1 ? (kernels.filters() + perRow - 1) / perRow : kernels.filters();
    }

    private void redraw() {
        int k = kernels.size(), step = (k + 1) * cell;
        // One gap cell of margin all round, so the frame of a selected kernel shows on every side.
        int w = perRow * step + cell, h = rows() * step + cell;
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
            pixels = new int[w * h];
            setImage(image);
        }
        java.util.Arrays.fill(pixels, 0);   // transparent gaps: the card shows through
        for (int f = 0; f < kernels.filters(); f++) {
            for (int c = 0; c < kernels.channels(); c++) {
                int slot = kernels.channels() == 1 ? f : f * kernels.channels() + c;
                int gx = (slot % perRow) * step + cell, gy = (slot / perRow) * step + cell;
                float m = ownScale ? kernels.maxAbs(f, c) : range;
                float[][] kernel = kernels.kernel(f, c);
                for (int y = 0; y < k; y++) {
                    for (int x = 0; x < k; x++) {
                        int argb = argb(ColorMap.DIVERGING.of(kernel[y][x], -m, m));
                        for (int py = 0; py < cell; py++) {
                            int row = (gy + y * cell + py) * w + gx + x * cell;
                            java.util.Arrays.fill(pixels, row, row + cell, argb);
                        }
                    }
                }
            }
        }
        if (selected >= 0 && selected < kernels.filters()) {
            frame(selected, w, h, step, k);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
    }

    /** A dark frame, a quarter cell thick, in the gap around the selected kernel(s). */
    private void frame(int f, int w, int h, int step, int k) {
        int dark = 0xff22272e, t = Math.max(2, cell / 4);
        for (int c = 0; c < kernels.channels(); c++) {
            int slot = kernels.channels() == 1 ? f : f * kernels.channels() + c;
            int x0 = (slot % perRow) * step + cell - t, y0 = (slot / perRow) * step + cell - t, side = k * cell + 2 * t;
            for (int y = Math.max(0, y0); y < Math.min(h, y0 + side); y++) {
                for (int x = Math.max(0, x0); x < Math.min(w, x0 + side); x++) {
                    boolean inside = x >= x0 + t && x < x0 + side - t && y >= y0 + t && y < y0 + side - t;
                    if (!inside) {
                        pixels[y * w + x] = dark;
                    }
                }
            }
        }
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
    private String describe(double px, double py) {
        if (kernels == null) {
            return null;
        }
        int k = kernels.size(), step = k + 1;
        int gx = (int) (px / cell) - 1, gy = (int) (py / cell) - 1;   // minus the margin
        if (gx < 0 || gy < 0) {
            return null;
        }
        int slotX = gx / step, slotY = gy / step, x = gx % step, y = gy % step;
        if (x == k || y == k || slotX >= perRow) {
            return "the gap between kernels";
        }
        int f = kernels.channels() == 1 ? slotY * perRow + slotX : slotY, c = kernels.channels() == 1 ? 0 : slotX;
        if (f >= kernels.filters()) {
            return null;
        }
        float v = kernels.kernel(f, c)[y][x];
        return kernels.channels() == 1
                ? String.format(Locale.ROOT, "kernel %d · row %d, column %d: weight %+.3f", f + 1, y, x, v)
                : String.format(Locale.ROOT, "kernel %d, reading map %d · row %d, column %d: weight %+.3f", f + 1, c + 1, y, x, v);
    }
}
