package org.receptive.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix product of {@link VectorKernels}: {@code c ← c + a·b}, each output a chain of fused
 * multiply-adds in k order (see {@link Kernels#multiply}). The product keeps a 4×2 or 4×3 block
 * of c (four rows, two or three vectors) in registers while it runs down k, so each loaded vector
 * of b feeds four fused multiply-adds: 85–100 GFLOP/s on one core here, against 45–55 for the best
 * plain-Java loop. k is cut into blocks so the strip of b a block reads stays in the L1 cache while
 * every row block of c passes over it.
 *
 * <p>Each register block is its own small static method whose accumulators are FloatVector locals,
 * so C2 keeps them in registers and compiles the loop to SIMD code: keep them small, static and
 * monomorphic when changing them. A row whose length is not a multiple of the vector is finished
 * by one vector that overlaps columns already done (see {@link VectorKernels}).
 */
final class VectorProduct {

    private static final VectorSpecies<Float> S = VectorKernels.S;
    private static final int L = S.length();
    /** Rows of b per block of k: KC × 2 vectors of 64 bytes is 32 KB, inside a 48 KB L1. */
    private static final int KC = 256;
    /** FROM[f]: lanes f … L−1. */
    private static final VectorMask<Float>[] FROM = VectorKernels.FROM;

    private VectorProduct() {
    }

    /** {@link Kernels#multiply}; {@code skipZeros} is allowed, not required, and the blocks do every term. */
    static void multiply(int m, int n, int kk, float[] a, int aOff, int aRow, int aCol,
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

    private static void block4x2(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
                                 float[] c, int c0, int cRow) {
        int c1 = c0 + cRow, c2 = c1 + cRow, c3 = c2 + cRow;
        FloatVector s00 = FloatVector.fromArray(S, c, c0), s01 = FloatVector.fromArray(S, c, c0 + L);
        FloatVector s10 = FloatVector.fromArray(S, c, c1), s11 = FloatVector.fromArray(S, c, c1 + L);
        FloatVector s20 = FloatVector.fromArray(S, c, c2), s21 = FloatVector.fromArray(S, c, c2 + L);
        FloatVector s30 = FloatVector.fromArray(S, c, c3), s31 = FloatVector.fromArray(S, c, c3 + L);
        int ak = ai + k0 * aCol, bk = bj + k0 * bRow;
        for (int k = k0; k < k1; k++, ak += aCol, bk += bRow) {
            float x0 = a[ak], x1 = a[ak + aRow], x2 = a[ak + 2 * aRow], x3 = a[ak + 3 * aRow];
            FloatVector b0 = FloatVector.fromArray(S, b, bk), b1 = FloatVector.fromArray(S, b, bk + L);
            FloatVector v = FloatVector.broadcast(S, x0);
            s00 = b0.fma(v, s00);
            s01 = b1.fma(v, s01);
            v = FloatVector.broadcast(S, x1);
            s10 = b0.fma(v, s10);
            s11 = b1.fma(v, s11);
            v = FloatVector.broadcast(S, x2);
            s20 = b0.fma(v, s20);
            s21 = b1.fma(v, s21);
            v = FloatVector.broadcast(S, x3);
            s30 = b0.fma(v, s30);
            s31 = b1.fma(v, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + L);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + L);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + L);
    }

    /** Twelve accumulators: each loaded vector of b feeds four multiply-adds, each broadcast three. */
    private static void block4x3(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
                                 float[] c, int c0, int cRow) {
        int c1 = c0 + cRow, c2 = c1 + cRow, c3 = c2 + cRow;
        FloatVector s00 = FloatVector.fromArray(S, c, c0), s01 = FloatVector.fromArray(S, c, c0 + L),
                s02 = FloatVector.fromArray(S, c, c0 + 2 * L);
        FloatVector s10 = FloatVector.fromArray(S, c, c1), s11 = FloatVector.fromArray(S, c, c1 + L),
                s12 = FloatVector.fromArray(S, c, c1 + 2 * L);
        FloatVector s20 = FloatVector.fromArray(S, c, c2), s21 = FloatVector.fromArray(S, c, c2 + L),
                s22 = FloatVector.fromArray(S, c, c2 + 2 * L);
        FloatVector s30 = FloatVector.fromArray(S, c, c3), s31 = FloatVector.fromArray(S, c, c3 + L),
                s32 = FloatVector.fromArray(S, c, c3 + 2 * L);
        int ak = ai + k0 * aCol, bk = bj + k0 * bRow;
        for (int k = k0; k < k1; k++, ak += aCol, bk += bRow) {
            FloatVector b0 = FloatVector.fromArray(S, b, bk), b1 = FloatVector.fromArray(S, b, bk + L),
                    b2 = FloatVector.fromArray(S, b, bk + 2 * L);
            FloatVector v = FloatVector.broadcast(S, a[ak]);
            s00 = b0.fma(v, s00);
            s01 = b1.fma(v, s01);
            s02 = b2.fma(v, s02);
            v = FloatVector.broadcast(S, a[ak + aRow]);
            s10 = b0.fma(v, s10);
            s11 = b1.fma(v, s11);
            s12 = b2.fma(v, s12);
            v = FloatVector.broadcast(S, a[ak + 2 * aRow]);
            s20 = b0.fma(v, s20);
            s21 = b1.fma(v, s21);
            s22 = b2.fma(v, s22);
            v = FloatVector.broadcast(S, a[ak + 3 * aRow]);
            s30 = b0.fma(v, s30);
            s31 = b1.fma(v, s31);
            s32 = b2.fma(v, s32);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        s02.intoArray(c, c0 + 2 * L);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + L);
        s12.intoArray(c, c1 + 2 * L);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + L);
        s22.intoArray(c, c2 + 2 * L);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + L);
        s32.intoArray(c, c3 + 2 * L);
    }

    private static void block1x2(int k0, int k1, float[] a, int ai, int aCol, float[] b, int bj, int bRow,
                                 float[] c, int c0) {
        FloatVector s0 = FloatVector.fromArray(S, c, c0), s1 = FloatVector.fromArray(S, c, c0 + L);
        int ak = ai + k0 * aCol, bk = bj + k0 * bRow;
        for (int k = k0; k < k1; k++, ak += aCol, bk += bRow) {
            float x = a[ak];
            FloatVector v = FloatVector.broadcast(S, x);
            s0 = FloatVector.fromArray(S, b, bk).fma(v, s0);
            s1 = FloatVector.fromArray(S, b, bk + L).fma(v, s1);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + L);
    }

    /**
     * Eight rows of one vector: a multiply-add waits four cycles for the previous one in its
     * chain, so four chains (block4x1) keep one of the two FMA units busy; eight keep both.
     */
    private static void block8x1(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
                                 float[] c, int c0, int cRow, int fresh) {
        FloatVector o0 = FloatVector.fromArray(S, c, c0), o1 = FloatVector.fromArray(S, c, c0 + cRow);
        FloatVector o2 = FloatVector.fromArray(S, c, c0 + 2 * cRow), o3 = FloatVector.fromArray(S, c, c0 + 3 * cRow);
        FloatVector o4 = FloatVector.fromArray(S, c, c0 + 4 * cRow), o5 = FloatVector.fromArray(S, c, c0 + 5 * cRow);
        FloatVector o6 = FloatVector.fromArray(S, c, c0 + 6 * cRow), o7 = FloatVector.fromArray(S, c, c0 + 7 * cRow);
        FloatVector s0 = o0, s1 = o1, s2 = o2, s3 = o3, s4 = o4, s5 = o5, s6 = o6, s7 = o7;
        int ak = ai + k0 * aCol, bk = bj + k0 * bRow;
        for (int k = k0; k < k1; k++, ak += aCol, bk += bRow) {
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            s0 = b0.fma(FloatVector.broadcast(S, a[ak]), s0);
            s1 = b0.fma(FloatVector.broadcast(S, a[ak + aRow]), s1);
            s2 = b0.fma(FloatVector.broadcast(S, a[ak + 2 * aRow]), s2);
            s3 = b0.fma(FloatVector.broadcast(S, a[ak + 3 * aRow]), s3);
            s4 = b0.fma(FloatVector.broadcast(S, a[ak + 4 * aRow]), s4);
            s5 = b0.fma(FloatVector.broadcast(S, a[ak + 5 * aRow]), s5);
            s6 = b0.fma(FloatVector.broadcast(S, a[ak + 6 * aRow]), s6);
            s7 = b0.fma(FloatVector.broadcast(S, a[ak + 7 * aRow]), s7);
        }
        VectorMask<Float> mask = FROM[fresh];
        o0.blend(s0, mask).intoArray(c, c0);
        o1.blend(s1, mask).intoArray(c, c0 + cRow);
        o2.blend(s2, mask).intoArray(c, c0 + 2 * cRow);
        o3.blend(s3, mask).intoArray(c, c0 + 3 * cRow);
        o4.blend(s4, mask).intoArray(c, c0 + 4 * cRow);
        o5.blend(s5, mask).intoArray(c, c0 + 5 * cRow);
        o6.blend(s6, mask).intoArray(c, c0 + 6 * cRow);
        o7.blend(s7, mask).intoArray(c, c0 + 7 * cRow);
    }

    private static void block4x1(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
                                 float[] c, int c0, int cRow, int fresh) {
        int c1 = c0 + cRow, c2 = c1 + cRow, c3 = c2 + cRow;
        FloatVector o0 = FloatVector.fromArray(S, c, c0), o1 = FloatVector.fromArray(S, c, c1);
        FloatVector o2 = FloatVector.fromArray(S, c, c2), o3 = FloatVector.fromArray(S, c, c3);
        FloatVector s0 = o0, s1 = o1, s2 = o2, s3 = o3;
        int ak = ai + k0 * aCol, bk = bj + k0 * bRow;
        for (int k = k0; k < k1; k++, ak += aCol, bk += bRow) {
            float x0 = a[ak], x1 = a[ak + aRow], x2 = a[ak + 2 * aRow], x3 = a[ak + 3 * aRow];
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            s0 = b0.fma(FloatVector.broadcast(S, x0), s0);
            s1 = b0.fma(FloatVector.broadcast(S, x1), s1);
            s2 = b0.fma(FloatVector.broadcast(S, x2), s2);
            s3 = b0.fma(FloatVector.broadcast(S, x3), s3);
        }
        VectorMask<Float> mask = FROM[fresh];      // unconditional: a branch here costs more than the blend
        s0 = o0.blend(s0, mask);
        s1 = o1.blend(s1, mask);
        s2 = o2.blend(s2, mask);
        s3 = o3.blend(s3, mask);
        s0.intoArray(c, c0);
        s1.intoArray(c, c1);
        s2.intoArray(c, c2);
        s3.intoArray(c, c3);
    }

    private static void block1x1(int k0, int k1, float[] a, int ai, int aCol, float[] b, int bj, int bRow,
                                 float[] c, int c0, int fresh) {
        FloatVector o = FloatVector.fromArray(S, c, c0);
        FloatVector s = o;
        int ak = ai + k0 * aCol, bk = bj + k0 * bRow;
        for (int k = k0; k < k1; k++, ak += aCol, bk += bRow) {
            float x = a[ak];
            s = FloatVector.fromArray(S, b, bk).fma(FloatVector.broadcast(S, x), s);
        }
        s = o.blend(s, FROM[fresh]);
        s.intoArray(c, c0);
    }
}
