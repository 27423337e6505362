package org.receptive.ui.stepper.backward;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.stepper.BackwardStep;
import org.receptive.stepper.BackwardTerm;
import org.receptive.stepper.Term;
import org.receptive.ui.stepper.TermGrid;

/**
 * The backward arithmetic of the current position, laid out like the kernel: for each input
 * channel, δ·a for every weight (what this position adds to dL/dW) and δ·w for every input cell
 * under the window (what it scatters into dL/dX; a padding cell's share is dropped); then what
 * dL/db gets. Where δ comes from, with ReLU's verdict in words, is a line of its own
 * ({@link #deltaLine()}) that the view puts above the grids.
 */
final class BackwardArithmetic extends VBox {

    private final BackwardViewModel backward;
    private final Label delta = new Label();
    private final HBox grids = new HBox(22);
    private final Label bias = new Label();
    private int size;
    /** For each input channel, the two grids, made once per shape and redrawn at every step. */
    private TermGrid[] toWeights = new TermGrid[0], toInputs = new TermGrid[0];

    BackwardArithmetic(BackwardViewModel backward) {
        this.backward = backward;
        getStyleClass().add("arithmetic");
        setSpacing(8);
        delta.setId("delta");
        delta.setWrapText(true);
        delta.getStyleClass().add("equation");
        bias.setId("biasGradient");
        bias.getStyleClass().add("result");
        bias.setWrapText(true);
        getChildren().addAll(grids, bias);
    }

    /** Where δ comes from: shown above the grids by the view, where it is read first. */
    Label deltaLine() {
        return delta;
    }

    void refresh() {
        BackwardStep s = backward.current();
        setVisible(s != null);
        setManaged(s != null);
        if (s == null) {
            grids.getChildren().clear();
            toWeights = new TermGrid[0];
            delta.setText(backward.problem().isEmpty()
                    ? "Press ▶ or → to start the backward sweep. At each position the output cell's gradient δ is multiplied by the"
                    + " input under the window (adding to dL/dW) and by each weight (scattering into dL/dX)."
                    : backward.problem());
            bias.setText("");
            return;
        }
        int channels = s.forward().channelSums().length, k = (int) Math.round(Math.sqrt(s.terms().size() / (double) channels));
        layoutFor(channels, k);
        delta.setText(BackwardText.delta(s));
        for (BackwardTerm t : s.terms()) {
            Term term = t.term();
            toWeights[term.channel()].set(term.wy(), term.wx(), BackwardText.product(s.delta(), term.input()), false);
            toInputs[term.channel()].set(term.ky(), term.kx(),
                    term.padding() ? "dropped" : BackwardText.product(s.delta(), term.weight()), term.padding());
        }
        for (int c = 0; c < channels; c++) {
            toWeights[c].redraw();
            toInputs[c].redraw();
        }
        bias.setText(BackwardText.bias(s));
    }

    private void layoutFor(int channels, int k) {
        if (toWeights.length == channels && channels > 0 && size == k) {
            return;
        }
        grids.getChildren().clear();
        size = k;
        toWeights = new TermGrid[channels];
        toInputs = new TermGrid[channels];
        for (int c = 0; c < channels; c++) {
            String name = channels > 1 ? " (channel " + (c + 1) + ")" : "";
            toWeights[c] = new TermGrid(k);
            toInputs[c] = new TermGrid(k);
            toWeights[c].setId("deltaTimesInput-" + c);
            toInputs[c].setId("deltaTimesWeight-" + c);
            grids.getChildren().add(new VBox(4, caption("δ·a → dL/dW" + name), toWeights[c]));
            grids.getChildren().add(new VBox(4, caption("δ·w → dL/dX" + name), toInputs[c]));
        }
        grids.setSpacing(k > 5 && channels > 1 ? 12 : 22);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("partial-sum");
        return l;
    }
}
