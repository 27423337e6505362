package org.receptive.stepper;

/**
 * Deep copies of the stepper's numbers: a map or kernel slice (H, W), maps (C, H, W) and a set of
 * kernels (N, C, k, k). A model hands these out and keeps its own arrays, so nothing a view or an
 * edit does to a copy reaches it. Rows may differ in length; each is copied as it is.
 */
public final class Grids {

    private Grids() {
    }

    public static float[][] copy(float[][] grid) {
        float[][] out = new float[grid.length][];
        for (int y = 0; y < grid.length; y++) {
            out[y] = grid[y].clone();
        }
        return out;
    }

    public static float[][][] copy(float[][][] maps) {
        float[][][] out = new float[maps.length][][];
        for (int c = 0; c < maps.length; c++) {
            out[c] = copy(maps[c]);
        }
        return out;
    }

    public static float[][][][] copy(float[][][][] kernels) {
        float[][][][] out = new float[kernels.length][][][];
        for (int n = 0; n < kernels.length; n++) {
            out[n] = copy(kernels[n]);
        }
        return out;
    }
}
