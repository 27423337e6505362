package org.receptive.stepper;

/**
 * The classic hand-made kernels. Each is defined at 3×3 (the blurs and lines at any size); at
 * another size a 3×3 one sits in the middle of a zero kernel, or its centre is kept at 1×1.
 */
public enum KernelPreset {
    IDENTITY("Identity", "copies the input: one 1 in the middle"),
    BOX_BLUR("Box blur", "the average of the window"),
    GAUSSIAN("Gaussian blur", "a weighted average, heaviest in the middle"),
    SHARPEN("Sharpen", "the centre against its four neighbours"),
    SOBEL_X("Sobel x", "responds to vertical edges (brightness changing left to right)"),
    SOBEL_Y("Sobel y", "responds to horizontal edges (brightness changing top to bottom)"),
    PREWITT_X("Prewitt x", "like Sobel x without the extra weight on the middle row"),
    PREWITT_Y("Prewitt y", "like Sobel y without the extra weight on the middle column"),
    LAPLACIAN("Laplacian", "responds where brightness curves: spots and thin lines"),
    EMBOSS("Emboss", "light from the top left: a relief effect"),
    LINE_0("Line 0°", "a horizontal line detector"),
    LINE_45("Line 45°", "a detector for lines rising to the right"),
    LINE_90("Line 90°", "a vertical line detector"),
    LINE_135("Line 135°", "a detector for lines falling to the right");

    private final String label;
    private final String description;

    KernelPreset(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The kernel at size k×k (1 to 7). */
    public float[][] values(int k) {
        if (k < 1 || k > 7) {
            throw new IllegalArgumentException("kernel size must be 1 to 7, not " + k);
        }
        float[][] out = new float[k][k];
        int c = k / 2;
        switch (this) {
            case BOX_BLUR -> fill(out, 1f / (k * k));
            case GAUSSIAN -> gaussian(out);
            case LINE_0, LINE_45, LINE_90, LINE_135 -> line(out);
            case IDENTITY -> out[c][c] = 1f;
            default -> {
                if (k == 2) {
                    out = two();                     // a 3×3 cannot fit: the 2×2 textbook forms
                } else {
                    embed(out, small());
                }
            }
        }
        return out;
    }

    private float[][] small() {
        return switch (this) {
            case SHARPEN -> new float[][] {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}};
            case SOBEL_X -> new float[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
            case SOBEL_Y -> new float[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}};
            case PREWITT_X -> new float[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}};
            case PREWITT_Y -> new float[][] {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}};
            case LAPLACIAN -> new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}};
            case EMBOSS -> new float[][] {{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}};
            default -> throw new IllegalStateException(name() + " is not a 3×3 preset");
        };
    }

    /** Simple differences at 2×2 (Roberts-style), keeping each preset's sum. */
    private float[][] two() {
        return switch (this) {
            case SHARPEN -> new float[][] {{2, -1}, {-1, 1}};
            case SOBEL_X, PREWITT_X -> new float[][] {{-1, 1}, {-1, 1}};
            case SOBEL_Y, PREWITT_Y -> new float[][] {{-1, -1}, {1, 1}};
            case LAPLACIAN -> new float[][] {{1, -1}, {-1, 1}};
            case EMBOSS -> new float[][] {{-1, 0}, {0, 2}};
            default -> throw new IllegalStateException(name() + " has no 2×2 form");
        };
    }

    /** Centres a 3×3 kernel in a k×k one; at 1×1 only its centre survives. */
    private static void embed(float[][] out, float[][] three) {
        int k = out.length;
        if (k == 1) {
            out[0][0] = three[1][1];
            return;
        }
        int off = (k - 3) / 2;
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                int ty = y + off, tx = x + off;
                if (ty >= 0 && ty < k && tx >= 0 && tx < k) {
                    out[ty][tx] = three[y][x];
                }
            }
        }
    }

    private static void fill(float[][] out, float v) {
        for (float[] row : out) {
            java.util.Arrays.fill(row, v);
        }
    }

    /** Binomial weights (Pascal's triangle), normalised to sum 1: a discrete Gaussian. */
    private static void gaussian(float[][] out) {
        int k = out.length;
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            b[i] = binomial(k - 1, i);
        }
        double sum = 0;
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                sum += b[y] * b[x];
            }
        }
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                out[y][x] = (float) (b[y] * b[x] / sum);
            }
        }
    }

    private static double binomial(int n, int r) {
        double v = 1;
        for (int i = 1; i <= r; i++) {
            v = v * (n - r + i) / i;
        }
        return v;
    }

    /**
     * k − 1 on the line through the centre at this angle and −1 elsewhere, so a flat patch gives 0;
     * at 3×3 the textbook 2 / −1 detectors.
     */
    private void line(float[][] out) {
        int k = out.length, c = k / 2;
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                boolean onLine = switch (this) {
                    case LINE_0 -> y == c;
                    case LINE_90 -> x == c;
                    case LINE_45 -> x + y == k - 1;
                    default -> x == y;
                };
                out[y][x] = k == 1 ? 1f : (onLine ? k - 1 : -1f);
            }
        }
    }
}
