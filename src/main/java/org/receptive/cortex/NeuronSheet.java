package org.receptive.cortex;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet of model neurons over a square visual field: at every position of a grid whose step is
 * smaller than a receptive field, so the fields overlap and together tile the whole field, sit
 * several neurons sharing that receptive field, one per kernel (e.g. one per orientation).
 */
public final class NeuronSheet {

    private final int fieldSize;
    private final int rfSize;
    private final int step;
    private final List<float[][]> kernels;
    private final int rows;
    private final int cols;

    /** Kernels must all be rfSize×rfSize; step must be at most rfSize so fields tile the field. */
    public NeuronSheet(int fieldSize, int rfSize, int step, List<float[][]> kernels) {
        if (step < 1 || step > rfSize || rfSize > fieldSize) {
            throw new IllegalArgumentException("fields of " + rfSize + " every " + step + " cannot tile a field of " + fieldSize);
        }
        for (float[][] k : kernels) {
            if (k.length != rfSize || k[0].length != rfSize) {
                throw new IllegalArgumentException("every kernel must be " + rfSize + "×" + rfSize);
            }
        }
        this.fieldSize = fieldSize;
        this.rfSize = rfSize;
        this.step = step;
        this.kernels = List.copyOf(kernels);
        this.rows = (fieldSize - rfSize) / step + 1;
        this.cols = rows;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int kinds() {
        return kernels.size();
    }

    public int fieldSize() {
        return fieldSize;
    }

    /** The side of every receptive field, in visual-field cells. */
    public int rfSize() {
        return rfSize;
    }

    /** How many cells apart neighbouring fields start. */
    public int step() {
        return step;
    }

    /** The neuron of kernel {@code kind} whose field sits at grid position (row, col). */
    public OrientedNeuron neuron(int kind, int row, int col) {
        return new OrientedNeuron(row * step, col * step, kernels.get(kind));
    }

    /** Responses of every neuron: [kind][row][col]. */
    public float[][][] respond(float[][] field) {
        float[][][] out = new float[kernels.size()][rows][cols];
        for (int k = 0; k < kernels.size(); k++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    out[k][r][c] = neuron(k, r, c).respond(field);
                }
            }
        }
        return out;
    }

    /** Whether every cell of the visual field lies in at least one receptive field. */
    public boolean tiles() {
        return (rows - 1) * step + rfSize >= fieldSize;
    }

    /** The neurons whose fields contain visual-field cell (y, x), as {row, col} pairs. */
    public List<int[]> fieldsContaining(int y, int x) {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (y >= r * step && y < r * step + rfSize && x >= c * step && x < c * step + rfSize) {
                    out.add(new int[] {r, c});
                }
            }
        }
        return out;
    }
}
