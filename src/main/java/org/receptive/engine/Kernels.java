package org.receptive.engine;

/**
 * The engine's inner loops: one matrix product, the row copies that feed convolutions and their
 * adjoint, the ReLU gradient (a branch per element there cost 5 ns on random signs) and a row of
 * 2×2 max pooling.
 *
 * <p>One arithmetic, whatever the implementation: each output of {@link #multiply} is a chain of
 * fused multiply-adds in k order, {@code c ← fma(a[i][k], b[k][j], c)} for k = 0, 1, … starting
 * from the value c holds. The order of the outputs, the blocking and the vector width change
 * nothing, so the plain-Java {@link ScalarKernels} and the Vector API {@link VectorKernels} give the
 * same bits, and a sample's numbers do not depend on the batch it is in.
 *
 * <p>Matrices are flat arrays with an offset and strides, so an activation, a parameter block
 * or a scratch buffer can be used in place. {@code a} has a row and a column stride (so a
 * transposed weight matrix is read where it lies); rows of {@code b} and {@code c} are
 * contiguous.
 */
interface Kernels {

    /**
     * Floats that {@link #copyRows} may write past the end of its last segment and that both row
     * methods may read past their source: callers leave that much room.
     */
    int SLACK = 16;

    /**
     * {@code c[i][j] ← fma chain over k < kk of a[i][k] · b[k][j]}, for i &lt; m, j &lt; n, where
     * a[i][k] = {@code a[aOff + i·aRow + k·aCol]}, b[k][j] = {@code b[bOff + k·bRow + j]},
     * c[i][j] = {@code c[cOff + i·cRow + j]}.
     *
     * <p>With {@code skipZeros} a term whose coefficient a[i][k] is 0 may be left out. That
     * changes nothing as long as c does not start at −0 and b holds no infinity (0·∞ is NaN);
     * use it where c starts at +0 or at a sum that began there (gradients), and a is often zero
     * (behind a ReLU, on an MNIST background).
     */
    void multiply(int m, int n, int kk,
                  float[] a, int aOff, int aRow, int aCol,
                  float[] b, int bOff, int bRow,
                  float[] c, int cOff, int cRow, boolean skipZeros);

    /**
     * Gathers {@code rows} segments of {@code len} floats, {@code src[sOff + t·sStride …]}, one
     * after the other into {@code dst[dOff + t·len …]}. May write up to {@link #SLACK} floats
     * past the last segment and read as far past each source segment.
     */
    void copyRows(float[] src, int sOff, int sStride, int rows, int len, float[] dst, int dOff);

    /**
     * Gathers {@code runs} segments of {@code len} floats, {@code src[sOff + offsets[first + i] …]},
     * one after the other into {@code dst[dOff + i·len …]} (a pixel's taps, kernel row after
     * kernel row). May write up to {@link #SLACK} floats past the last segment and read as far
     * past each source segment.
     */
    void gatherRuns(float[] src, int sOff, int[] offsets, int first, int runs, int len, float[] dst, int dOff);

    /**
     * The adjoint of {@link #copyRows}: {@code dst[dOff + t·dStride + i] += src[sOff + t·len + i]}.
     * Changes nothing outside the segments, but may read up to {@link #SLACK} floats past each
     * source and destination segment (and write back what it read there).
     */
    void addRows(float[] src, int sOff, int rows, int len, float[] dst, int dOff, int dStride);

    /**
     * {@code dx[i] = y[i] > 0 ? dy[i] : +0} for from ≤ i &lt; from + n, where y is a ReLU's output
     * (never −0, never negative).
     */
    void reluGradient(float[] y, float[] dy, float[] dx, int from, int n);

    /**
     * One output row of 2×2 max pooling with stride 2 over rows of width w: for ox &lt; ow the
     * window of {@code x[t + 2·ox]}, its right neighbour and the two cells below them;
     * {@code y[o + ox]} = its {@code Math.max}, {@code winners[o + ox]} = the index of its first
     * largest cell in row order. May read up to {@code 2·SLACK + 2} floats past the last window
     * and write up to {@link #SLACK} past {@code y[o + ow]} and {@code winners[o + ow]}.
     */
    void maxPoolRow(float[] x, int t, int w, int ow, float[] y, int[] winners, int o);

    /** The fastest implementation this JVM can run: the Vector API when its module is loaded. */
    static Kernels best() {
        return Choice.BEST;
    }

    /** The plain-Java implementation (same results as {@link #best()}). */
    static Kernels scalar() {
        return ScalarKernels.INSTANCE;
    }

    /** Short name of an implementation, for the bench: "Vector API, 16 lanes" or "plain Java". */
    String describe();

    /** Picks the implementation once, when first used. */
    final class Choice {
        static final Kernels BEST = choose();

        private Choice() {
        }

        /**
         * The Vector API is an incubator module: only present when the JVM was started with
         * {@code --add-modules jdk.incubator.vector} (Main, the Maven plugins and the tests do
         * that). {@code -Dreceptive.vector=false} forces the plain path.
         */
        private static Kernels choose() {
            if (!Boolean.parseBoolean(System.getProperty("receptive.vector", "true"))
                    || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                return ScalarKernels.INSTANCE;
            }
            try {
                return (Kernels) Class.forName("org.receptive.engine.VectorKernels").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | IllegalStateException e) {
                return ScalarKernels.INSTANCE;   // no usable vector shape on this CPU: the plain path gives the same numbers
            }
        }
    }
}
