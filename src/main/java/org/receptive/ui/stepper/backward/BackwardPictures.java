package org.receptive.ui.stepper.backward;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.receptive.stepper.BackwardStep;
import org.receptive.stepper.BackwardStepper;
import org.receptive.stepper.BackwardTerm;
import org.receptive.stepper.Gradients;
import org.receptive.stepper.Grids;
import org.receptive.stepper.Setup;
import org.receptive.stepper.Term;
import org.receptive.ui.stepper.Cell;
import org.receptive.ui.stepper.GridPicture;
import org.receptive.ui.stepper.StepperText;
import org.receptive.ui.stepper.StepperViewModel;

/**
 * The backward grids as pictures: dL/dY over each output map with the cell being undone framed,
 * dL/dW of the kernel being swept and dL/dX under the input as far as the sweep has added them,
 * the cells this position changes marked. Each colour scale ends at the largest value of the
 * finished gradient, so a cell's colour does not drift as the sweep fills the grid in.
 */
final class BackwardPictures {

    private BackwardPictures() {
    }

    static List<GridPicture> upstream(StepperViewModel m, BackwardViewModel b) {
        BackwardStepper sweep = b.sweep();
        if (sweep == null) {
            return List.of();
        }
        float[][][] up = sweep.upstream();
        double mag = GridPicture.magnitude(up);
        BackwardStep step = b.current();
        List<GridPicture> out = new ArrayList<>();
        for (int n = 0; n < up.length; n++) {
            boolean here = step != null && step.kernel() == n;
            out.add(new GridPicture(up[n], 0, mag,
                    here ? List.of(new Cell(n, step.forward().outRow(), step.forward().outCol())) : List.of(), null, Set.of(), null,
                    "dL/dY for output map " + (n + 1) + (here ? "; at row " + step.forward().outRow() + ", column "
                            + step.forward().outCol() + ": " + StepperText.number(step.upstream()) : "")));
        }
        return out;
    }

    /** dL/dW of the kernel being swept (the first before the sweep starts), one grid per input channel. */
    static List<GridPicture> weights(StepperViewModel m, BackwardViewModel b) {
        Gradients sofar = b.sofar();
        if (sofar == null) {
            return List.of();
        }
        BackwardStep step = b.current();
        int n = step == null ? 0 : step.kernel();
        double mag = GridPicture.magnitude(b.complete().weights());
        List<GridPicture> out = new ArrayList<>();
        for (int c = 0; c < sofar.weights()[n].length; c++) {
            Set<Cell> changed = new HashSet<>();
            if (step != null && step.delta() != 0f) {
                for (BackwardTerm t : step.terms()) {
                    if (t.term().channel() == c && !t.term().padding()) {
                        changed.add(new Cell(c, t.term().wy(), t.term().wx()));
                    }
                }
            }
            out.add(new GridPicture(Grids.copy(sofar.weights()[n][c]), 0, mag, List.of(), null, changed, null,
                    "dL/dW of kernel " + (n + 1) + ", "
                            + StepperText.channelName(c, m.setup().channels()).toLowerCase(java.util.Locale.ROOT)
                            + ", added up over " + (m.position() + 1) + " of " + m.positions() + " positions"));
        }
        return out;
    }

    /** dL/dX, one grid per input channel with the input's padding ring (where the gradient is dropped). */
    static List<GridPicture> inputs(StepperViewModel m, BackwardViewModel b) {
        Gradients sofar = b.sofar();
        if (sofar == null) {
            return List.of();
        }
        Setup s = m.setup();
        BackwardStep step = b.current();
        double mag = GridPicture.magnitude(b.complete().input());
        List<GridPicture> out = new ArrayList<>();
        for (int c = 0; c < s.channels(); c++) {
            List<Cell> window = new ArrayList<>();
            Set<Cell> receiving = new HashSet<>();
            if (step != null) {
                for (BackwardTerm t : step.terms()) {
                    Term term = t.term();
                    if (term.channel() == c) {
                        window.add(new Cell(c, term.row(), term.col()));
                        if (!term.padding() && step.delta() != 0f) {
                            receiving.add(new Cell(c, term.row(), term.col()));
                        }
                    }
                }
            }
            out.add(new GridPicture(Grids.copy(sofar.input()[c]), s.padding(), mag, window, null, receiving, null,
                    "dL/dX, " + StepperText.channelName(c, s.channels()).toLowerCase(java.util.Locale.ROOT)
                            + ": the gradient scattered back onto the input"
                            + (receiving.isEmpty() ? "" : "; " + receiving.size() + " cells receive δ·w at this position")));
        }
        return out;
    }
}
