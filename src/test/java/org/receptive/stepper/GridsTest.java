package org.receptive.stepper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GridsTest {

    @Test
    void aCopyHasTheSameNumbersAndEditingItLeavesTheOriginalAlone() {
        float[][][][] kernels = {{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}, {{{9, 10, 11}}}};
        float[][][][] copy = Grids.copy(kernels);
        assertArrayEquals(kernels, copy);
        copy[0][1][1][0] = -1;
        copy[1][0][0] = new float[] {0};
        assertEquals(7, kernels[0][1][1][0]);
        assertArrayEquals(new float[] {9, 10, 11}, kernels[1][0][0]);

        float[][][] maps = kernels[0];
        Grids.copy(maps)[0][0][0] = -1;
        float[][] grid = maps[1];
        Grids.copy(grid)[0][0] = -1;
        assertEquals(1, maps[0][0][0]);
        assertEquals(5, grid[0][0]);
    }
}
