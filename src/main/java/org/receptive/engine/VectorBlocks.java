package org.receptive.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register blocks of {@link VectorKernels#multiply}: each keeps a few rows by a few vectors
 * of c in registers while it runs from {@code k0} to {@code k1}, one fused multiply-add per
 * element and k, in k order, so every block gives the bits of the definition. The blocks that
 * end a row take {@code fresh}: their vector may overlap columns already done, and its lanes
 * below {@code fresh} are blended back to the values they had.
 *
 * <p>Apart from {@link VectorKernels} because the product's plan (which block where) and the
 * blocks themselves are two jobs; the species is {@link VectorKernels#S}, the only one the
 * engine uses (a second shape in the same JVM kept C2 from compiling either).
 */
final class VectorBlocks {

    private static final VectorSpecies<Float> S = VectorKernels.S;
    private static final int L = S.length();

    private VectorBlocks() {
    }

    static void block4x2(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
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
    static void block4x3(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
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

    static void block1x2(int k0, int k1, float[] a, int ai, int aCol, float[] b, int bj, int bRow,
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
    static void block8x1(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
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
        VectorMask<Float> mask = VectorKernels.FROM[fresh];
        o0.blend(s0, mask).intoArray(c, c0);
        o1.blend(s1, mask).intoArray(c, c0 + cRow);
        o2.blend(s2, mask).intoArray(c, c0 + 2 * cRow);
        o3.blend(s3, mask).intoArray(c, c0 + 3 * cRow);
        o4.blend(s4, mask).intoArray(c, c0 + 4 * cRow);
        o5.blend(s5, mask).intoArray(c, c0 + 5 * cRow);
        o6.blend(s6, mask).intoArray(c, c0 + 6 * cRow);
        o7.blend(s7, mask).intoArray(c, c0 + 7 * cRow);
    }

    static void block4x1(int k0, int k1, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow,
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
        VectorMask<Float> mask = VectorKernels.FROM[fresh];      // unconditional: a branch here costs more than the blend
        s0 = o0.blend(s0, mask);
        s1 = o1.blend(s1, mask);
        s2 = o2.blend(s2, mask);
        s3 = o3.blend(s3, mask);
        s0.intoArray(c, c0);
        s1.intoArray(c, c1);
        s2.intoArray(c, c2);
        s3.intoArray(c, c3);
    }

    static void block1x1(int k0, int k1, float[] a, int ai, int aCol, float[] b, int bj, int bRow,
                                 float[] c, int c0, int fresh) {
        FloatVector o = FloatVector.fromArray(S, c, c0);
        FloatVector s = o;
        int ak = ai + k0 * aCol, bk = bj + k0 * bRow;
        for (int k = k0; k < k1; k++, ak += aCol, bk += bRow) {
            float x = a[ak];
            s = FloatVector.fromArray(S, b, bk).fma(FloatVector.broadcast(S, x), s);
        }
        s = o.blend(s, VectorKernels.FROM[fresh]);
        s.intoArray(c, c0);
    }
}
