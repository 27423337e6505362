package org.receptive.ui.stepper;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.stepper.Activation;
import org.receptive.stepper.Step;
import org.receptive.stepper.Term;

/**
 * The arithmetic of the current position. Each channel's products sit in a k×k grid laid out like
 * the kernel, so each term lines up with the cell it comes from; pointing at a term outlines its
 * input cell. Then the channel sums, the bias, the activation and the value written.
 */
final class ArithmeticPanel extends VBox {

    private final StepperViewModel model;
    private final Label equation = new Label();
    private final HBox grids = new HBox(22);
    private final Label result = new Label();
    private final Label detail = new Label(HINT);
    private static final String HINT = "Point at a product to see which input cell it comes from.";

    ArithmeticPanel(StepperViewModel model) {
        this.model = model;
        getStyleClass().add("arithmetic");
        setSpacing(8);
        equation.setId("equation");
        equation.setWrapText(true);
        equation.getStyleClass().add("equation");
        result.setId("result");
        result.getStyleClass().add("result");
        result.setWrapText(true);
        detail.getStyleClass().add("note");
        getChildren().addAll(equation, grids, result, detail);
    }

    /** Term labels (C, k, k) and channel sums, made once per shape and reused at every step:
     *  making 147 labels and styling them at 20 steps a second would stall the animation. */
    private Label[][][] terms = new Label[0][][];
    private Label[] sums = new Label[0];
    private Term[][][] shownTerms = new Term[0][][];

    private void layoutFor(int channels, int k) {
        if (terms.length == channels && terms.length > 0 && terms[0].length == k) {
            return;
        }
        grids.getChildren().clear();
        terms = new Label[channels][k][k];
        shownTerms = new Term[channels][k][k];
        sums = new Label[channels];
        for (int c = 0; c < channels; c++) {
            GridPane g = new GridPane();
            g.setHgap(10);
            g.setVgap(2);
            for (int y = 0; y < k; y++) {
                for (int x = 0; x < k; x++) {
                    Label l = new Label();
                    int cc = c, yy = y, xx = x;
                    // No tooltip per term: a 7×7×3 window would make 147 of them; a line below says it instead.
                    l.setOnMouseEntered(e -> {
                        Term t = shownTerms[cc][yy][xx];
                        if (t != null) {
                            model.hoverTerm(t);
                            detail.setText(StepperText.term(t));
                        }
                    });
                    l.setOnMouseExited(e -> {
                        model.hoverTerm(null);
                        detail.setText(HINT);
                    });
                    terms[c][y][x] = l;
                    g.add(l, x, y);
                }
            }
            sums[c] = new Label();
            sums[c].getStyleClass().add("partial-sum");
            grids.getChildren().add(new VBox(4, g, sums[c]));
        }
        grids.setSpacing(k > 5 && channels > 1 ? 12 : 22);
    }

    void refresh() {
        Step s = model.current();
        if (s == null) {
            grids.getChildren().clear();
            terms = new Label[0][][];
            equation.setText(model.runnable()
                    ? "Press ▶ or → to place the kernel on the input. Each step multiplies the covered cells by the kernel's weights and "
                            + "adds them up."
                    : "");
            result.setText("");
            return;
        }
        int channels = s.channelSums().length, k = model.setup().kernelSize();
        layoutFor(channels, k);
        equation.setText(linear(s.terms()) + " = " + StepperText.number(s.sum()));
        for (Term t : s.terms()) {
            Label l = terms[t.channel()][t.ky()][t.kx()];
            shownTerms[t.channel()][t.ky()][t.kx()] = t;
            l.setText(StepperText.cellNumber(t.input()) + "·" + StepperText.cellNumber(t.weight()));
            String style = t.padding() ? "term-padding" : "term";
            if (!l.getStyleClass().contains(style)) {
                l.getStyleClass().setAll(style);
            }
        }
        for (int c = 0; c < channels; c++) {
            sums[c].setText((channels > 1 ? "channel " + (c + 1) + " sum " : "sum ") + "= " + StepperText.number(s.channelSums()[c]));
        }
        StringBuilder r = new StringBuilder();
        if (channels > 1) {
            r.append("channel sums ").append(StepperText.number(s.sum())).append("   ");
        }
        r.append("+ bias ").append(StepperText.number(s.bias())).append(" = ").append(StepperText.number(s.total()));
        if (model.setup().activation() == Activation.RELU) {
            r.append("   ReLU(").append(StepperText.number(s.total())).append(") = ").append(StepperText.number(s.result()));
        }
        r.append("   → output ").append(model.setup().kernels() > 1 ? "map " + (s.kernel() + 1) + ", " : "")
                .append("row ").append(s.outRow()).append(", column ").append(s.outCol());
        result.setText(r.toString());
    }

    /** "a₁·w₁ + a₂·w₂ + …" with at most 12 terms written out: a 7×7×3 window would fill the screen. */
    static String linear(List<Term> terms) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(terms.size(), 12);
        for (int i = 0; i < shown; i++) {
            Term t = terms.get(i);
            if (i > 0) {
                b.append(" + ");
            }
            b.append(StepperText.factor(t.input())).append("·").append(StepperText.factor(t.weight()));
        }
        if (shown < terms.size()) {
            b.append(" + … (").append(terms.size() - shown).append(" more)");
        }
        return b.toString();
    }

}
