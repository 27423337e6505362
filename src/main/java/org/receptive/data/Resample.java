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
        float[] rows = new float[dh * sw];
        for (int x = 0; x < sw; x++) {
            axis(src, x, sw, sh, rows, x, sw, dh);
        }
        float[] out = new float[dh * dw];
        for (int y = 0; y < dh; y++) {
            axis(rows, y * sw, 1, sw, out, y * dw, 1, dw);
        }
        return out;
    }

    /** Resamples one line of n values (start, stride) into m values (start, stride). */
    private static void axis(float[] src, int s0, int ss, int n, float[] dst, int d0, int ds, int m) {
        double step = (double) n / m;      // source pixels per output pixel
        for (int i = 0; i < m; i++) {
            double a = i * step, b = (i + 1) * step;
            double sum = 0;
            for (int j = (int) Math.floor(a); j < Math.min(n, (int) Math.ceil(b)); j++) {
                double cover = Math.min(b, j + 1) - Math.max(a, j);
                if (cover > 0) {
                    sum += cover * src[s0 + j * ss];
                }
            }
            dst[d0 + i * ds] = (float) (sum / step);
        }
    }
}
