package org.receptive.ui.stepper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Setup;
import org.receptive.stepper.Step;
import org.receptive.stepper.Term;

/**
 * The forward grids as pictures: each input channel with the kernel's window and its weights, the
 * cell under the pointer and the product pointed at; each output map with the cells computed so
 * far (the rest NaN: not computed yet), the cell being written, and the cells whose windows read
 * the input cell under the pointer.
 */
final class ForwardPictures {

    private ForwardPictures() {
    }

    static List<GridPicture> inputs(StepperViewModel m) {
        Setup s = m.setup();
        float[][][] in = m.input();
        double mag = GridPicture.magnitude(in);
        Step step = m.current();
        Term hovered = m.hoveredTerm();
        Cell pointed = m.hoveredInput();
        List<GridPicture> out = new ArrayList<>();
        for (int c = 0; c < in.length; c++) {
            List<Cell> covered = new ArrayList<>();
            List<Float> weights = new ArrayList<>();
            if (step != null) {
                for (Term t : step.terms()) {
                    if (t.channel() == c) {
                        covered.add(new Cell(c, t.row(), t.col()));
                        weights.add(t.weight());
                    }
                }
            }
            float[] w = new float[weights.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.get(i);
            }
            out.add(new GridPicture(in[c], s.padding(), mag, covered, w,
                    pointed != null && pointed.map() == c ? Set.of(pointed) : Set.of(),
                    hovered != null && hovered.channel() == c ? new Cell(c, hovered.row(), hovered.col()) : null,
                    StepperText.inputSentence(s, c, step)));
        }
        return out;
    }

    /** The output maps; {@code complete} shows every cell (the backward pass starts from the whole output). */
    static List<GridPicture> outputs(StepperViewModel m, boolean complete) {
        ConvolutionStepper st = m.stepper();
        float[][][] out = m.output();
        if (st == null || out == null) {
            return List.of();
        }
        int oh = st.outputHeight(), ow = st.outputWidth();
        Set<Cell> readers = new HashSet<>();
        for (int index : m.readersOfHovered()) {
            readers.add(cellOf(st, index));
        }
        double mag = GridPicture.magnitude(out);
        Step step = m.current();
        List<GridPicture> pictures = new ArrayList<>();
        for (int n = 0; n < out.length; n++) {
            float[][] shown = new float[oh][ow];
            for (int r = 0; r < oh; r++) {
                for (int c = 0; c < ow; c++) {
                    shown[r][c] = complete || m.computed(n, r, c) ? out[n][r][c] : Float.NaN;
                }
            }
            Set<Cell> marks = new HashSet<>();
            for (Cell cell : readers) {
                if (cell.map() == n) {
                    marks.add(new Cell(0, cell.row(), cell.col()));
                }
            }
            pictures.add(new GridPicture(shown, 0, mag,
                    step != null && step.kernel() == n ? List.of(new Cell(n, step.outRow(), step.outCol())) : List.of(), null,
                    marks, null, StepperText.outputSentence(m.setup(), n, step)));
        }
        return pictures;
    }

    /** The output cell (map = kernel) that position {@code index} writes. */
    static Cell cellOf(ConvolutionStepper st, int index) {
        int oh = st.outputHeight(), ow = st.outputWidth();
        return new Cell(index / (oh * ow), index / ow % oh, index % ow);
    }
}
