package org.receptive.engine;

/**
 * The one matrix kernel the engine needs: c[0..n) += Σ_r a[aOff + r] · b[r][0..n), a row vector
 * times a matrix kept as one array per row. Four rows of b are folded per pass, so each load and
 * store of c carries four multiply-adds. Every streamed array is indexed from 0 by the loop
 * counter: HotSpot 17 compiles such loops to SIMD, but not loops with an invariant offset
 * (measured here: ~45 GFLOP/s against ~6).
 */
final class Gemm {

    private Gemm() {
    }

    /** c[j] += Σ_{r<rows} a[aOff + r] · b[bRow + r][j] for j &lt; n. */
    static void rowTimesMatrix(float[] a, int aOff, int rows, float[][] b, int bRow, float[] c, int n) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            float a0 = a[aOff + r], a1 = a[aOff + r + 1], a2 = a[aOff + r + 2], a3 = a[aOff + r + 3];
            if (a0 == 0f && a1 == 0f && a2 == 0f && a3 == 0f) {
                continue;            // after ReLU whole groups are often zero
            }
            float[] b0 = b[bRow + r], b1 = b[bRow + r + 1], b2 = b[bRow + r + 2], b3 = b[bRow + r + 3];
            for (int j = 0; j < n; j++) {
                c[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
            }
        }
        for (; r < rows; r++) {
            float a0 = a[aOff + r];
            if (a0 == 0f) {
                continue;
            }
            float[] b0 = b[bRow + r];
            for (int j = 0; j < n; j++) {
                c[j] += a0 * b0[j];
            }
        }
    }

    /**
     * The same product for a mostly-zero {@code a}: the rows with a non-zero coefficient are
     * listed first ({@code rowsUsed} is scratch of length ≥ rows holding indices as floats, exact
     * below 2^24, so it can live in a pass's float scratch), then folded four at a time.
     * Behind ReLU and max pooling a gradient row is often 90% zeros.
     */
    static void sparseRowTimesMatrix(float[] a, int aOff, int rows, float[][] b, int bRow, float[] c, int n,
                                     float[] rowsUsed) {
        int m = 0;
        for (int r = 0; r < rows; r++) {
            if (a[aOff + r] != 0f) {
                rowsUsed[m++] = r;
            }
        }
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int r0 = (int) rowsUsed[i], r1 = (int) rowsUsed[i + 1], r2 = (int) rowsUsed[i + 2], r3 = (int) rowsUsed[i + 3];
            float a0 = a[aOff + r0], a1 = a[aOff + r1], a2 = a[aOff + r2], a3 = a[aOff + r3];
            float[] b0 = b[bRow + r0], b1 = b[bRow + r1], b2 = b[bRow + r2], b3 = b[bRow + r3];
            for (int j = 0; j < n; j++) {
                c[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
            }
        }
        for (; i < m; i++) {
            int r0 = (int) rowsUsed[i];
            float a0 = a[aOff + r0];
            float[] b0 = b[bRow + r0];
            for (int j = 0; j < n; j++) {
                c[j] += a0 * b0[j];
            }
        }
    }
}
