package org.receptive.data;

/**
 * Area-averaging resampling: each output pixel is the mean of the source area it covers,
 * weighted by partial coverage. It keeps thin strokes visible when shrinking (point sampling
 * would drop them) and is a box-filtered enlargement when growing.
 */
final class Resample {

    private Resample() {
    }

    static float[] area(float[] src, int sh, int sw, int dh, int dw) {
        return area(src, 0, 0, sw, sh, sw, dh, dw, Float.NEGATIVE_INFINITY);
    }

    /**
     * Resamples the sh×sw window at (top, left) of a picture {@code stride} values wide, reading
     * values at or below {@code floor} as 0: a crop, without copying it out first.
     */
    static float[] area(float[] src, int top, int left, int stride, int sh, int sw, int dh, int dw, float floor) {
        float[] rows = new float[dh * sw];
        for (int x = 0; x < sw; x++) {
            axis(src, top * stride + left + x, stride, sh, rows, x, sw, dh, floor);
        }
        float[] out = new float[dh * dw];
        for (int y = 0; y < dh; y++) {
            axis(rows, y * sw, 1, sw, out, y * dw, 1, dw, Float.NEGATIVE_INFINITY);
        }
        return out;
    }

    /** Resamples one line of n values (start, stride) into m values (start, stride); values ≤ floor count as 0. */
    private static void axis(float[] src, int s0, int ss, int n, float[] dst, int d0, int ds, int m, float floor) {
        double step = (double) n / m;      // source pixels per output pixel
        for (int i = 0; i < m; i++) {
            double a = i * step, b = (i + 1) * step;
            double sum = 0;
            for (int j = (int) Math.floor(a); j < Math.min(n, (int) Math.ceil(b)); j++) {
                double cover = Math.min(b, j + 1) - Math.max(a, j);
                float v = src[s0 + j * ss];
                if (cover > 0 && v > floor) {
                    sum += cover * v;
                }
            }
            dst[d0 + i * ds] = (float) (sum / step);
        }
    }
}
