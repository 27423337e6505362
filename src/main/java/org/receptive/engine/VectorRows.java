package org.receptive.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row copies of {@link VectorKernels}: gathering a convolution's input rows or a pixel's taps
 * into the product's matrix ({@link Kernels#copyRows}, {@link Kernels#gatherRuns}) and adding
 * gradients back where they came from ({@link Kernels#addRows}, the adjoint). The copies move whole
 * vectors, the last one spilling into the caller's {@link Kernels#SLACK}; the adjoint must not
 * change what lies past a segment, so it blends its last vector.
 */
final class VectorRows {

    private static final VectorSpecies<Float> S = VectorKernels.S;
    private static final int L = S.length();
    /** UPTO[f]: lanes 0 … f−1. */
    private static final VectorMask<Float>[] UPTO = VectorKernels.UPTO;

    private VectorRows() {
    }

    static void copyRows(float[] src, int sOff, int sStride, int rows, int len, float[] dst, int dOff) {
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

    static void gatherRuns(float[] src, int sOff, int[] offsets, int first, int runs, int len, float[] dst, int dOff) {
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

    static void addRows(float[] src, int sOff, int rows, int len, float[] dst, int dOff, int dStride) {
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
