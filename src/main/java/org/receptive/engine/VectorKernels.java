package org.receptive.engine;

import static org.receptive.engine.VectorBlocks.block1x1;
import static org.receptive.engine.VectorBlocks.block1x2;
import static org.receptive.engine.VectorBlocks.block4x1;
import static org.receptive.engine.VectorBlocks.block4x2;
import static org.receptive.engine.VectorBlocks.block4x3;
import static org.receptive.engine.VectorBlocks.block8x1;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} with the Vector API ({@code jdk.incubator.vector}), loaded only when the JVM has
 * that module. The product keeps a 4×2 block of c (four rows, two vectors) in registers while it
 * runs down k, so each loaded vector of b feeds four fused multiply-adds: 85–100 GFLOP/s on one
 * core here, against 45–55 for the best plain-Java loop. k is cut into blocks so the strip of b
 * a block reads stays in the L1 cache while every row block of c passes over it. This class
 * plans which register block ({@link VectorBlocks}) covers which part of c, and holds the
 * element-wise kernels.
 *
 * <p>Masked loads and stores are not compiled to SIMD by JDK 17 (measured 20× slower), so a row
 * whose length is not a multiple of the vector is finished by one vector that overlaps columns
 * already done, blended so those keep their values.
 */
final class VectorKernels implements Kernels {

    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of b per block of k: KC × 2 vectors of 64 bytes is 32 KB, inside a 48 KB L1. */
    private static final int KC = 256;
    /** FROM[f]: lanes f … L−1. */
    static final VectorMask<Float>[] FROM = masks(true);
    /** UPTO[f]: lanes 0 … f−1. */
    private static final VectorMask<Float>[] UPTO = masks(false);

    VectorKernels() {
        if (L < 4 || L > SLACK) {
            throw new IllegalStateException("no usable vector shape: " + S);
        }
    }

    @SuppressWarnings("unchecked")
    private static VectorMask<Float>[] masks(boolean from) {
        VectorMask<Float>[] masks = new VectorMask[L + 1];
        for (int f = 0; f <= L; f++) {
            boolean[] lanes = new boolean[L];
            for (int l = 0; l < L; l++) {
                lanes[l] = from ? l >= f : l < f;
            }
            masks[f] = VectorMask.fromArray(S, lanes, 0);
        }
        return masks;
    }

    @Override
    public String describe() {
        return "Vector API, " + L + " lanes";
    }

    @Override
    public void multiply(int m, int n, int kk, float[] a, int aOff, int aRow, int aCol,
                         float[] b, int bOff, int bRow, float[] c, int cOff, int cRow, boolean skipZeros) {
        if (m <= 0 || n <= 0 || kk <= 0) {
            return;
        }
        if (n < L) {
            ScalarKernels.chains(m, n, kk, a, aOff, aRow, aCol, b, bOff, bRow, c, cOff, cRow);
            return;
        }
        for (int k0 = 0; k0 < kk; k0 += KC) {
            int k1 = Math.min(kk, k0 + KC);
            int j = 0;
            for (; j + 3 * L <= n; j += 3 * L) {
                int i = 0;
                for (; i + 4 <= m; i += 4) {
                    block4x3(k0, k1, a, aOff + i * aRow, aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j, cRow);
                }
                for (; i < m; i++) {
                    block1x2(k0, k1, a, aOff + i * aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j);
                    block1x1(k0, k1, a, aOff + i * aRow, aCol, b, bOff + j + 2 * L, bRow, c, cOff + i * cRow + j + 2 * L, 0);
                }
            }
            for (; j + 2 * L <= n; j += 2 * L) {
                int i = 0;
                for (; i + 4 <= m; i += 4) {
                    block4x2(k0, k1, a, aOff + i * aRow, aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j, cRow);
                }
                for (; i < m; i++) {
                    block1x2(k0, k1, a, aOff + i * aRow, aCol, b, bOff + j, bRow, c, cOff + i * cRow + j);
                }
            }
            while (j < n) {
                int start = Math.min(j, n - L);     // the last vector may overlap finished columns
                int fresh = j - start;              // its lanes below this keep their values
                int i = 0;
                for (; i + 8 <= m; i += 8) {          // one vector wide: eight chains, or FMA latency rules
                    block8x1(k0, k1, a, aOff + i * aRow, aRow, aCol, b, bOff + start, bRow, c, cOff + i * cRow + start, cRow,
                            fresh);
                }
                for (; i + 4 <= m; i += 4) {
                    block4x1(k0, k1, a, aOff + i * aRow, aRow, aCol, b, bOff + start, bRow, c, cOff + i * cRow + start, cRow,
                            fresh);
                }
                for (; i < m; i++) {
                    block1x1(k0, k1, a, aOff + i * aRow, aCol, b, bOff + start, bRow, c, cOff + i * cRow + start, fresh);
                }
                j = start + L;
            }
        }
    }

    @Override
    public void reluGradient(float[] y, float[] dy, float[] dx, int from, int n) {
        FloatVector zero = FloatVector.zero(S);
        int i = from, end = from + n;
        for (; i + L <= end; i += L) {
            FloatVector v = FloatVector.fromArray(S, y, i);
            zero.blend(FloatVector.fromArray(S, dy, i), v.compare(VectorOperators.GT, 0f)).intoArray(dx, i);
        }
        for (; i < end; i++) {
            dx[i] = y[i] > 0f ? dy[i] : 0f;
        }
    }

    /** See {@link VectorPooling#maxPoolRow}. */
    @Override
    public void maxPoolRow(float[] x, int t0, int w, int ow, float[] y, int[] winners, int o) {
        VectorPooling.maxPoolRow(x, t0, w, ow, y, winners, o);
    }

    @Override
    public void copyRows(float[] src, int sOff, int sStride, int rows, int len, float[] dst, int dOff) {
        if (len <= L) {                              // a row of a 14×14 map: one vector, no inner loop
            for (int t = 0; t < rows; t++) {
                FloatVector.fromArray(S, src, sOff + t * sStride).intoArray(dst, dOff + t * len);
            }
            return;
        }
        for (int t = 0; t < rows; t++) {
            int s = sOff + t * sStride, d = dOff + t * len;
            for (int i = 0; i < len; i += L) {       // the last vector may spill into the next segment
                FloatVector.fromArray(S, src, s + i).intoArray(dst, d + i);
            }
        }
    }

    @Override
    public void gatherRuns(float[] src, int sOff, int[] offsets, int first, int runs, int len, float[] dst, int dOff) {
        // Only the preferred shape: a second one in the same JVM kept C2 from compiling either (10× slower).
        if (len <= L) {                              // a kernel row of taps: one vector each
            for (int i = 0; i < runs; i++) {
                FloatVector.fromArray(S, src, sOff + offsets[first + i]).intoArray(dst, dOff + i * len);
            }
            return;
        }
        for (int i = 0; i < runs; i++) {
            int s = sOff + offsets[first + i], d = dOff + i * len;
            for (int j = 0; j < len; j += L) {       // the last vector may spill into the next segment
                FloatVector.fromArray(S, src, s + j).intoArray(dst, d + j);
            }
        }
    }

    @Override
    public void addRows(float[] src, int sOff, int rows, int len, float[] dst, int dOff, int dStride) {
        int whole = len - len % L, rest = len - whole;
        for (int t = 0; t < rows; t++) {
            int s = sOff + t * len, d = dOff + t * dStride;
            for (int i = 0; i < whole; i += L) {
                FloatVector.fromArray(S, dst, d + i).add(FloatVector.fromArray(S, src, s + i)).intoArray(dst, d + i);
            }
            if (rest > 0) {
                FloatVector old = FloatVector.fromArray(S, dst, d + whole);
                old.blend(old.add(FloatVector.fromArray(S, src, s + whole)), UPTO[rest]).intoArray(dst, d + whole);
            }
        }
    }
}
