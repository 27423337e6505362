package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The two implementations of {@link Kernels} against the definition — each output a chain of fused
 * multiply-adds in k order — bit for bit, on shapes that reach every block and tail of the
 * vector kernel: fewer columns than a vector, a row that ends inside a vector, row counts that
 * are not multiples of four, transposed and offset operands, zero coefficients.
 */
class KernelsTest {

    @Test
    void theTestsRunWithTheVectorApi() {
        // The pom starts the tests with --add-modules jdk.incubator.vector; without it the
        // comparisons below would compare the plain path with itself.
        assertTrue(Kernels.best() instanceof VectorKernels, "Kernels.best() is " + Kernels.best().describe());
    }

    @Test
    void bothImplementationsGiveTheBitsOfTheDefinition() {
        SplittableRandom random = new SplittableRandom(7);
        int[] sizes = {1, 2, 3, 5, 7, 8, 13, 16, 17, 31, 32, 33, 47, 64, 100, 196, 300};
        for (int trial = 0; trial < 300; trial++) {
            int m = 1 + random.nextInt(13), n = sizes[random.nextInt(sizes.length)], kk = 1 + random.nextInt(trial % 10 == 0 ? 600 : 40);
            boolean transposed = random.nextBoolean(), skip = random.nextBoolean();
            int aOff = random.nextInt(5), bOff = random.nextInt(5), cOff = random.nextInt(5);
            int aRow = transposed ? 1 : kk, aCol = transposed ? m : 1;
            int bRow = n + random.nextInt(3), cRow = n + random.nextInt(3);
            float[] a = RandomTensors.uniform(random, aOff + m * kk, -1, 1);
            for (int i = 0; i < a.length; i++) {
                if (random.nextInt(3) == 0) {
                    a[i] = 0f;                       // ReLU-like zeros: the skipping path
                }
            }
            float[] b = RandomTensors.uniform(random, bOff + kk * bRow, -1, 1);
            float[] c = RandomTensors.uniform(random, cOff + m * cRow, 0.5, 1);   // never −0: skipping is exact
            float[] expected = c.clone(), scalar = c.clone(), vector = c.clone();
            definition(m, n, kk, a, aOff, aRow, aCol, b, bOff, bRow, expected, cOff, cRow);
            Kernels.scalar().multiply(m, n, kk, a, aOff, aRow, aCol, b, bOff, bRow, scalar, cOff, cRow, skip);
            Kernels.best().multiply(m, n, kk, a, aOff, aRow, aCol, b, bOff, bRow, vector, cOff, cRow, skip);
            String what = m + "×" + kk + " · " + kk + "×" + n + (transposed ? " (a transposed)" : "") + (skip ? " skipping zeros" : "");
            assertBits(expected, scalar, "plain Java, " + what);
            assertBits(expected, vector, "Vector API, " + what);
        }
    }

    @Test
    void rowCopiesAndTheirAdjointAgreeBetweenImplementations() {
        SplittableRandom random = new SplittableRandom(8);
        for (int trial = 0; trial < 100; trial++) {
            int rows = 1 + random.nextInt(30), len = 1 + random.nextInt(40), stride = len + random.nextInt(6);
            float[] src = RandomTensors.uniform(random, 3 + rows * stride + Kernels.SLACK, -1, 1);
            float[] plainCopy = new float[rows * len + Kernels.SLACK], vectorCopy = plainCopy.clone();
            Kernels.scalar().copyRows(src, 3, stride, rows, len, plainCopy, 0);
            Kernels.best().copyRows(src, 3, stride, rows, len, vectorCopy, 0);
            for (int t = 0; t < rows; t++) {
                for (int i = 0; i < len; i++) {
                    assertEquals(src[3 + t * stride + i], vectorCopy[t * len + i]);
                    assertEquals(src[3 + t * stride + i], plainCopy[t * len + i]);
                }
            }
            float[] dst = RandomTensors.uniform(random, 2 + rows * stride + Kernels.SLACK, -1, 1);
            float[] plainSum = dst.clone(), vectorSum = dst.clone();
            Kernels.scalar().addRows(src, 3, rows, len, plainSum, 2, stride);
            Kernels.best().addRows(src, 3, rows, len, vectorSum, 2, stride);
            for (int i = 0; i < dst.length; i++) {
                int t = (i - 2) / stride, at = (i - 2) % stride;
                boolean inside = i >= 2 && t < rows && at < len;
                float want = inside ? dst[i] + src[3 + t * len + at] : dst[i];
                assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(plainSum[i]), "plain, index " + i);
                assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(vectorSum[i]), "vector, index " + i);
            }
        }
    }

    @Test
    void gatheredRunsAgreeBetweenImplementations() {
        SplittableRandom random = new SplittableRandom(9);
        for (int trial = 0; trial < 100; trial++) {
            int runs = 1 + random.nextInt(40), len = 1 + random.nextInt(trial % 4 == 0 ? 40 : 9);
            float[] src = RandomTensors.uniform(random, 500 + Kernels.SLACK, -1, 1);
            int[] offsets = new int[runs];
            for (int i = 0; i < runs; i++) {
                offsets[i] = random.nextInt(500 - len - 3);
            }
            float[] plain = new float[runs * len + 5 + Kernels.SLACK], vector = plain.clone();
            int first = random.nextInt(runs);
            Kernels.scalar().gatherRuns(src, 3, offsets, first, runs - first, len, plain, 5);
            Kernels.best().gatherRuns(src, 3, offsets, first, runs - first, len, vector, 5);
            for (int i = 0; i < runs - first; i++) {
                for (int j = 0; j < len; j++) {
                    assertEquals(src[3 + offsets[first + i] + j], plain[5 + i * len + j], "plain, run " + i);
                    assertEquals(src[3 + offsets[first + i] + j], vector[5 + i * len + j], "vector, run " + i);
                }
            }
        }
    }

    @Test
    void maxPoolRowsAgreeBetweenImplementationsOnTiesAndSignedZeros() {
        SplittableRandom random = new SplittableRandom(10);
        float[] values = {0f, -0f, 1f, 2f, 0.5f, -1f};      // few values: ties in most windows
        for (int trial = 0; trial < 200; trial++) {
            int ow = 1 + random.nextInt(40), w = 2 * ow + random.nextInt(3), t = random.nextInt(7), o = random.nextInt(5);
            float[] x = new float[t + 2 * w + 2 * Kernels.SLACK + 2];
            for (int i = 0; i < x.length; i++) {
                x[i] = trial % 2 == 0 ? values[random.nextInt(values.length)] : (float) random.nextDouble(-1, 1);
            }
            float[] plainY = new float[o + ow + Kernels.SLACK], vectorY = plainY.clone();
            int[] plainAt = new int[plainY.length], vectorAt = new int[plainY.length];
            Kernels.scalar().maxPoolRow(x, t, w, ow, plainY, plainAt, o);
            Kernels.best().maxPoolRow(x, t, w, ow, vectorY, vectorAt, o);
            for (int ox = 0; ox < ow; ox++) {
                int at = t + 2 * ox, first = at;
                for (int cell : new int[] {at + 1, at + w, at + w + 1}) {
                    first = x[cell] > x[first] ? cell : first;
                }
                float max = Math.max(Math.max(x[at], x[at + 1]), Math.max(x[at + w], x[at + w + 1]));
                String what = "trial " + trial + ", output " + ox + " of " + ow;
                assertEquals(first, plainAt[o + ox], "plain winner, " + what);
                assertEquals(first, vectorAt[o + ox], "vector winner, " + what);
                assertEquals(Float.floatToRawIntBits(max), Float.floatToRawIntBits(plainY[o + ox]), "plain max, " + what);
                assertEquals(Float.floatToRawIntBits(max), Float.floatToRawIntBits(vectorY[o + ox]), "vector max, " + what);
            }
        }
    }

    static void definition(int m, int n, int kk, float[] a, int aOff, int aRow, int aCol,
                           float[] b, int bOff, int bRow, float[] c, int cOff, int cRow) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = c[cOff + i * cRow + j];
                for (int k = 0; k < kk; k++) {
                    s = Math.fma(a[aOff + i * aRow + k * aCol], b[bOff + k * bRow + j], s);
                }
                c[cOff + i * cRow + j] = s;
            }
        }
    }

    static void assertBits(float[] expected, float[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                throw new AssertionError(what + ": index " + i + " is " + actual[i] + ", the definition gives " + expected[i]);
            }
        }
    }
}
