package org.receptive.engine;

/**
 * {@link Kernels} in plain Java, for JVMs started without the Vector API module. Same results as
 * {@link VectorKernels}, slower.
 *
 * <p>HotSpot 17 turns a loop into SIMD only when every array in it is indexed from 0 by the loop
 * counter (an invariant offset, as in a flat matrix, keeps it scalar: ~10 GFLOP/s against ~50
 * measured here), and only with up to about eight arrays in the loop. So the rows of b and two
 * rows of c are first copied into arrays of their own, and the loop folds four rows of b into
 * two rows of c.
 */
final class ScalarKernels implements Kernels {

    static final ScalarKernels INSTANCE = new ScalarKernels();

    /** Below this many columns the copies cost more than SIMD saves. */
    private static final int MIN_COLUMNS = 8;

    private static final ThreadLocal<Rows> ROWS = ThreadLocal.withInitial(Rows::new);

    private ScalarKernels() {
    }

    @Override
    public String describe() {
        return "plain Java";
    }

    @Override
    public void multiply(int m, int n, int kk, float[] a, int aOff, int aRow, int aCol,
                         float[] b, int bOff, int bRow, float[] c, int cOff, int cRow, boolean skipZeros) {
        if (m <= 0 || n <= 0 || kk <= 0) {
            return;
        }
        if (n < MIN_COLUMNS) {
            chains(m, n, kk, a, aOff, aRow, aCol, b, bOff, bRow, c, cOff, cRow);
            return;
        }
        Rows rows = ROWS.get();
        float[][] br = rows.panel(kk, n);
        for (int k = 0; k < kk; k++) {
            System.arraycopy(b, bOff + k * bRow, br[k], 0, n);
        }
        float[] c0 = rows.c0(n), c1 = rows.c1(n);
        int i = 0;
        for (; i + 1 < m; i += 2) {
            int o0 = cOff + i * cRow, o1 = o0 + cRow;
            System.arraycopy(c, o0, c0, 0, n);
            System.arraycopy(c, o1, c1, 0, n);
            int a0 = aOff + i * aRow, a1 = a0 + aRow;
            int k = 0;
            for (; k + 3 < kk; k += 4) {
                int ak = k * aCol;
                float p0 = a[a0 + ak], p1 = a[a0 + ak + aCol], p2 = a[a0 + ak + 2 * aCol], p3 = a[a0 + ak + 3 * aCol];
                float q0 = a[a1 + ak], q1 = a[a1 + ak + aCol], q2 = a[a1 + ak + 2 * aCol], q3 = a[a1 + ak + 3 * aCol];
                if (skipZeros && p0 == 0f && p1 == 0f && p2 == 0f && p3 == 0f
                        && q0 == 0f && q1 == 0f && q2 == 0f && q3 == 0f) {
                    continue;
                }
                float[] b0 = br[k], b1 = br[k + 1], b2 = br[k + 2], b3 = br[k + 3];
                for (int j = 0; j < n; j++) {
                    float x0 = b0[j], x1 = b1[j], x2 = b2[j], x3 = b3[j];
                    c0[j] = Math.fma(p3, x3, Math.fma(p2, x2, Math.fma(p1, x1, Math.fma(p0, x0, c0[j]))));
                    c1[j] = Math.fma(q3, x3, Math.fma(q2, x2, Math.fma(q1, x1, Math.fma(q0, x0, c1[j]))));
                }
            }
            for (; k < kk; k++) {
                float p = a[a0 + k * aCol], q = a[a1 + k * aCol];
                float[] b0 = br[k];
                for (int j = 0; j < n; j++) {
                    c0[j] = Math.fma(p, b0[j], c0[j]);
                    c1[j] = Math.fma(q, b0[j], c1[j]);
                }
            }
            System.arraycopy(c0, 0, c, o0, n);
            System.arraycopy(c1, 0, c, o1, n);
        }
        if (i < m) {
            int o0 = cOff + i * cRow, a0 = aOff + i * aRow;
            System.arraycopy(c, o0, c0, 0, n);
            int k = 0;
            for (; k + 3 < kk; k += 4) {
                int ak = a0 + k * aCol;
                float p0 = a[ak], p1 = a[ak + aCol], p2 = a[ak + 2 * aCol], p3 = a[ak + 3 * aCol];
                if (skipZeros && p0 == 0f && p1 == 0f && p2 == 0f && p3 == 0f) {
                    continue;
                }
                float[] b0 = br[k], b1 = br[k + 1], b2 = br[k + 2], b3 = br[k + 3];
                for (int j = 0; j < n; j++) {
                    c0[j] = Math.fma(p3, b3[j], Math.fma(p2, b2[j], Math.fma(p1, b1[j], Math.fma(p0, b0[j], c0[j]))));
                }
            }
            for (; k < kk; k++) {
                float p = a[a0 + k * aCol];
                float[] b0 = br[k];
                for (int j = 0; j < n; j++) {
                    c0[j] = Math.fma(p, b0[j], c0[j]);
                }
            }
            System.arraycopy(c0, 0, c, o0, n);
        }
    }

    /**
     * The definition itself, one output at a time (four rows side by side, so four independent
     * chains keep the multiply-add unit busy): for few columns, e.g. a dense layer on one sample.
     */
    static void chains(int m, int n, int kk, float[] a, int aOff, int aRow, int aCol,
                       float[] b, int bOff, int bRow, float[] c, int cOff, int cRow) {
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int a0 = aOff + i * aRow, a1 = a0 + aRow, a2 = a1 + aRow, a3 = a2 + aRow;
            for (int j = 0; j < n; j++) {
                int at = cOff + i * cRow + j;
                float s0 = c[at], s1 = c[at + cRow], s2 = c[at + 2 * cRow], s3 = c[at + 3 * cRow];
                for (int k = 0; k < kk; k++) {
                    float x = b[bOff + k * bRow + j];
                    int ak = k * aCol;
                    s0 = Math.fma(a[a0 + ak], x, s0);
                    s1 = Math.fma(a[a1 + ak], x, s1);
                    s2 = Math.fma(a[a2 + ak], x, s2);
                    s3 = Math.fma(a[a3 + ak], x, s3);
                }
                c[at] = s0;
                c[at + cRow] = s1;
                c[at + 2 * cRow] = s2;
                c[at + 3 * cRow] = s3;
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = cOff + i * cRow + j;
                float s = c[at];
                for (int k = 0; k < kk; k++) {
                    s = Math.fma(a[aOff + i * aRow + k * aCol], b[bOff + k * bRow + j], s);
                }
                c[at] = s;
            }
        }
    }

    @Override
    public void copyRows(float[] src, int sOff, int sStride, int rows, int len, float[] dst, int dOff) {
        for (int t = 0; t < rows; t++) {
            System.arraycopy(src, sOff + t * sStride, dst, dOff + t * len, len);
        }
    }

    @Override
    public void gatherRuns(float[] src, int sOff, int[] offsets, int first, int runs, int len, float[] dst, int dOff) {
        for (int i = 0; i < runs; i++) {
            System.arraycopy(src, sOff + offsets[first + i], dst, dOff + i * len, len);
        }
    }

    @Override
    public void addRows(float[] src, int sOff, int rows, int len, float[] dst, int dOff, int dStride) {
        for (int t = 0; t < rows; t++) {
            int s = sOff + t * len, d = dOff + t * dStride;
            for (int i = 0; i < len; i++) {
                dst[d + i] += src[s + i];
            }
        }
    }

    /**
     * The first of the top pair, the first of the bottom pair, then the bottom one only if it is
     * larger, which is the first maximum in row order; conditional moves of indices, not branches
     * (23 ns an output with branches on random ReLU outputs, 4 without). Reads and writes nothing
     * past the row.
     */
    @Override
    public void maxPoolRow(float[] x, int t0, int w, int ow, float[] y, int[] winners, int o) {
        for (int ox = 0; ox < ow; ox++) {
            int t = t0 + 2 * ox, b = t + w;
            float p = x[t], q = x[t + 1], r = x[b], s = x[b + 1];
            int upper = q > p ? t + 1 : t;
            int lower = s > r ? b + 1 : b;
            float high = Math.max(p, q), low = Math.max(r, s);
            winners[o + ox] = low > high ? lower : upper;
            y[o + ox] = Math.max(high, low);
        }
    }

    /**
     * Without a branch: y ≥ +0, so its bits read as an int are positive exactly when y &gt; 0, and
     * {@code -bits >> 31} is then all ones (all zeros for y = +0), a mask for dy's bits.
     */
    @Override
    public void reluGradient(float[] y, float[] dy, float[] dx, int from, int n) {
        for (int i = from; i < from + n; i++) {
            int mask = -Float.floatToRawIntBits(y[i]) >> 31;
            dx[i] = Float.intBitsToFloat(Float.floatToRawIntBits(dy[i]) & mask);
        }
    }

    /** One thread's row buffers, grown to the largest product it has seen. */
    private static final class Rows {
        private float[][] panel = new float[0][];
        private float[] c0 = new float[0];
        private float[] c1 = new float[0];

        float[][] panel(int rows, int n) {
            if (panel.length < rows || (rows > 0 && panel[0].length < n)) {
                int width = Math.max(n, panel.length > 0 ? panel[0].length : 0);
                float[][] grown = new float[Math.max(rows, panel.length)][];
                for (int r = 0; r < grown.length; r++) {
                    grown[r] = new float[width];
                }
                panel = grown;
            }
            return panel;
        }

        float[] c0(int n) {
            if (c0.length < n) {
                c0 = new float[n];
            }
            return c0;
        }

        float[] c1(int n) {
            if (c1.length < n) {
                c1 = new float[n];
            }
            return c1;
        }
    }
}
