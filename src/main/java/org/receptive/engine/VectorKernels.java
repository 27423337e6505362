package org.receptive.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} with the Vector API ({@code jdk.incubator.vector}), loaded only when the JVM has
 * that module: the vector shape and lane masks its parts share, and each job handed to its part,
 * {@link VectorProduct} (the matrix product), {@link VectorRows} (the row copies that feed
 * convolutions and their adjoint) and {@link VectorPooling} (max pooling). The parts are static
 * final classes called directly, so each call site stays monomorphic and inlines as before.
 *
 * <p>Masked loads and stores are not compiled to SIMD by JDK 17 (measured 20× slower), so a row
 * whose length is not a multiple of the vector is finished by one vector that overlaps columns
 * already done, blended so those keep their values.
 */
final class VectorKernels implements Kernels {

    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** FROM[f]: lanes f … L−1. */
    static final VectorMask<Float>[] FROM = masks(true);
    /** UPTO[f]: lanes 0 … f−1. */
    static final VectorMask<Float>[] UPTO = masks(false);

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
        VectorProduct.multiply(m, n, kk, a, aOff, aRow, aCol, b, bOff, bRow, c, cOff, cRow, skipZeros);
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
        VectorRows.copyRows(src, sOff, sStride, rows, len, dst, dOff);
    }

    @Override
    public void gatherRuns(float[] src, int sOff, int[] offsets, int first, int runs, int len, float[] dst, int dOff) {
        VectorRows.gatherRuns(src, sOff, offsets, first, runs, len, dst, dOff);
    }

    @Override
    public void addRows(float[] src, int sOff, int rows, int len, float[] dst, int dOff, int dStride) {
        VectorRows.addRows(src, sOff, rows, len, dst, dOff, dStride);
    }
}
