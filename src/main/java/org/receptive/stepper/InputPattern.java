package org.receptive.stepper;

import java.util.SplittableRandom;

/** Simple test pictures for the input grid, values 0 (dark) to 1 (bright). */
public enum InputPattern {
    VERTICAL_BAR("Vertical bar"),
    HORIZONTAL_BAR("Horizontal bar"),
    DIAGONAL("Diagonal"),
    CROSS("Cross"),
    CHECKERBOARD("Checkerboard");

    private final String label;

    InputPattern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The pattern on an h×w grid; bars are about a fifth of the grid wide (at least one cell). */
    public float[][] make(int h, int w) {
        float[][] g = new float[h][w];
        int bar = Math.max(1, Math.min(h, w) / 5);
        int cy = (h - bar) / 2, cx = (w - bar) / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean on = switch (this) {
                    case VERTICAL_BAR -> x >= cx && x < cx + bar;
                    case HORIZONTAL_BAR -> y >= cy && y < cy + bar;
                    case DIAGONAL -> Math.abs(x * (h - 1) - y * (w - 1)) < bar * Math.max(h, w) / 2.0;
                    case CROSS -> (x >= cx && x < cx + bar) || (y >= cy && y < cy + bar);
                    case CHECKERBOARD -> ((y / bar) + (x / bar)) % 2 == 0;
                };
                g[y][x] = on ? 1f : 0f;
            }
        }
        return g;
    }

    /** Uniform random values in 0..1 from a seed. */
    public static float[][] random(int h, int w, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] g = new float[h][w];
        for (float[] row : g) {
            for (int x = 0; x < w; x++) {
                row[x] = Math.round(r.nextDouble() * 10) / 10f;   // one decimal: readable in a cell
            }
        }
        return g;
    }
}
