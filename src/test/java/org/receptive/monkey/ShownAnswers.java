package org.receptive.monkey;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Mode;
import org.receptive.stepper.Setup;
import org.receptive.stepper.StepperCase;
import org.receptive.stepper.Term;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.draw.DrawView;
import org.receptive.ui.draw.DrawViewModel;
import org.receptive.ui.network.NetworkView;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.stepper.StepperMode;
import org.receptive.ui.stepper.StepperView;
import org.receptive.ui.stepper.StepperViewModel;
import org.receptive.ui.stepper.ValueGrid;

/**
 * Checks that every answer on screen is the engine's answer for the input on screen, wherever it
 * is shown: the Network view, the studio's feature-map tab and the lessons' Network widgets
 * (each a {@link NetworkView}), the Draw view and the lessons' draw pads (each a
 * {@link DrawView}), and the Stepper view and its lesson widgets (each a {@link StepperView}).
 * The input is read back from the picture the view draws (its heatmap's values), the answer from
 * its labels and bars, and both are compared with a forward pass of a copy of the network the
 * view's model holds (for the stepper, with the engine's convolution of the numbers it holds). The model is read through the view's private
 * field: production classes grow no accessor for a test.
 */
public final class ShownAnswers {

    private int checked;

    /** What is wrong on screen now, one sentence per problem (empty: all consistent). */
    public List<String> check(Node root) {
        List<String> problems = new ArrayList<>();
        checked = 0;
        walk(root, problems);
        return problems;
    }

    /** How many answers the last {@link #check} compared with the engine (a test checks it saw some). */
    public int checked() {
        return checked;
    }

    private void walk(Node n, List<String> problems) {
        if (!n.isVisible() || n.getScene() == null) {
            return;
        }
        if (n instanceof NetworkView v) {
            checkNetwork(v, problems);
        } else if (n instanceof DrawView v) {
            checkDraw(v, problems);
        } else if (n instanceof StepperView v) {
            checkStepper(v, problems);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, problems);
            }
        }
    }

    private void checkNetwork(NetworkView v, List<String> problems) {
        NetworkViewModel model = (NetworkViewModel) field(v, "model");
        HeatmapView input = (HeatmapView) v.lookup("#featureMap-0-0");
        String predicted = text(v, "#predicted");
        if (input == null || predicted == null || model.predictionProperty().get().digit() < 0) {
            return;   // nothing shown yet
        }
        float[] p = engine(model.network(), input);
        int best = SoftmaxCrossEntropy.argmax(p);
        checked++;
        String where = "Network view (" + where(v) + ")";
        same(problems, where + ": the big digit", Integer.toString(best), predicted);
        same(problems, where + ": the confidence", String.format(Locale.ROOT, "%.1f%% sure", 100 * p[best]), text(v, "#confidence"));
        String verdict = text(v, "#verdict");
        int label = model.trueLabelProperty().get();
        String expected = label < 0 ? "A drawn digit: no label to check against"
                : best == label ? "✓ right (label " + label + ")" : "✗ wrong: the label is " + label;
        same(problems, where + ": the verdict", expected, verdict);
        bars(v, p, best, where, problems);
    }

    private void checkDraw(DrawView v, List<String> problems) {
        DrawViewModel model = (DrawViewModel) field(v, "model");
        HeatmapView input = (HeatmapView) v.lookup("#input");
        String status = text(v, "#status");
        if (input == null || status == null) {
            return;
        }
        float[] x = values(input);
        String where = "Draw view (" + where(v) + ")";
        boolean ink = false;
        for (float f : x) {
            ink |= f != 0;
        }
        if (!ink) {
            same(problems, where + ": an empty pad's line", "Draw a digit on the pad", status);
            return;
        }
        float[] p = engine(model.networkModel().network(), input);
        int best = SoftmaxCrossEntropy.argmax(p);
        checked++;
        String answer = text(v, "#answer");
        if (status.startsWith("It is a ")) {
            same(problems, where + ": the answer", String.format(Locale.ROOT, "It is a %d, %.1f%% sure", best, 100 * p[best]), status);
            same(problems, where + ": the big digit", Integer.toString(best), answer);
        } else if (status.startsWith("I am not sure: maybe ")) {
            same(problems, where + ": the first guess", String.format(Locale.ROOT, "I am not sure: maybe %d (%.0f%%)", best, 100 * p[best]),
                    status.substring(0, status.indexOf(')') + 1));
            same(problems, where + ": the big digit", "?", answer);
        } else {
            same(problems, where + ": the big digit of a refused drawing (" + status + ")", "?", answer);
        }
        bars(v, p, -2, where, problems);
    }

    /**
     * In Forward, every output cell the sweep has computed so far shows the engine's convolution
     * ({@code Conv2d}, through {@link StepperCase#engineOutput}) of the input and kernels the
     * stepper holds; in convolution mode the engine gets the kernels turned half a turn.
     */
    private void checkStepper(StepperView v, List<String> problems) {
        StepperViewModel m = v.model();
        if (!m.runnable() || m.mode() != StepperMode.FORWARD) {
            return;   // impossible settings say so in words; Backward and the lab draw other numbers
        }
        Setup s = m.setup();
        float[][][][] k = m.kernels();
        if (s.mode() == Mode.CONVOLUTION) {
            float[][][][] turned = new float[k.length][][][];
            for (int n = 0; n < k.length; n++) {
                turned[n] = new float[k[n].length][][];
                for (int c = 0; c < k[n].length; c++) {
                    int size = k[n][c].length;
                    turned[n][c] = new float[size][size];
                    for (int y = 0; y < size; y++) {
                        for (int x = 0; x < size; x++) {
                            turned[n][c][y][x] = k[n][c][size - 1 - y][size - 1 - x];
                        }
                    }
                }
            }
            k = turned;
        }
        float[] expected = new StepperCase(s, m.input(), k, m.bias()).engineOutput();
        int outH = m.stepper().outputHeight(), outW = m.stepper().outputWidth();
        String where = "Stepper (" + where(v) + ")";
        int compared = 0;
        for (int n = 0; n < s.kernels(); n++) {
            if (!(v.lookup("#output-" + n) instanceof ValueGrid g) || g.picture() == null) {
                problems.add(where + ": no output map " + n);
                return;
            }
            float[][] shown = g.picture().values();
            for (int r = 0; r < outH; r++) {
                for (int c = 0; c < outW; c++) {
                    float e = expected[(n * outH + r) * outW + c];
                    if (!m.computed(n, r, c)) {
                        continue;
                    }
                    compared++;
                    if (!(Math.abs(shown[r][c] - e) <= allowed(m.stepper(), n, r, c, e))) {
                        problems.add(where + ": output " + n + " row " + r + ", column " + c + " shows " + shown[r][c]
                                + ", the engine says " + e);
                        return;
                    }
                }
            }
        }
        if (compared > 0) {
            checked++;   // a stepper counts as checked only when a computed cell was compared (a planted +1 went unseen before)
        }
    }

    /**
     * How far the stepper's output cell may honestly be from the engine's {@code e}: 10⁻⁴ of it,
     * plus the float error of two sums of the same window in different orders (the stepper adds
     * the products channel by channel, the engine in its own). With the monkey's typed weights (up
     * to ±1000) the products cancel: at seed 20261205 a cell of −1.97 differed by 0.0002.
     * Measured on 576,000 cells of 3×7×7 windows with such weights, the difference reached 18
     * units of float rounding (2⁻²⁴) of Σ|product|, each unit past 5 about half as often as the
     * one before; 64 units leaves that tail no room. (The worst case for 148 terms is about 300
     * units, which would hide a weight rounded to 0.12 at ordinary sizes.)
     */
    static double allowed(ConvolutionStepper st, int kernel, int row, int col, float e) {
        double magnitude = Math.abs(st.bias()[kernel]);
        for (Term t : st.step(st.indexOf(kernel, row, col)).terms()) {
            magnitude += Math.abs((double) t.input() * t.weight());
        }
        return 1e-4 * Math.max(1, Math.abs(e)) + 64 * Math.ulp(1f) / 2 * magnitude;
    }

    /** The bars' numbers, and which is highlighted when {@code best} is not −2 (the Draw view highlights only a sure answer). */
    private static void bars(Node v, float[] p, int best, String where, List<String> problems) {
        for (int d = 0; d < p.length; d++) {
            Node row = v.lookup("#prob-" + d);
            if (row == null) {
                problems.add(where + ": no bar for " + d);
                return;
            }
            String shown = row.lookupAll(".bar-value").stream().map(n -> ((Label) n).getText()).findFirst().orElse(null);
            same(problems, where + ": bar " + d, String.format(Locale.ROOT, "%.1f%%", 100 * p[d]), shown);
            if (best != -2 && (d == best) == row.lookupAll(".bar-best").isEmpty()) {
                problems.add(where + ": bar " + d + (d == best ? " is not" : " is") + " highlighted, the answer is " + best);
            }
        }
    }

    /** The engine's probabilities for the picture the heatmap draws, from a copy of {@code net} (the view's own passes stay untouched). */
    private static float[] engine(Network net, HeatmapView input) {
        return Network.withParams(net.architecture(), net.copyParams()).forward(values(input));
    }

    private static float[] values(HeatmapView h) {
        float[] x = new float[h.rows() * h.cols()];
        for (int r = 0; r < h.rows(); r++) {
            for (int c = 0; c < h.cols(); c++) {
                x[r * h.cols() + c] = h.value(r, c);
            }
        }
        return x;
    }

    private static void same(List<String> problems, String what, String expected, String shown) {
        if (!expected.equals(shown)) {
            problems.add(what + " shows '" + shown + "', the engine says '" + expected + "'");
        }
    }

    private static String text(Node v, String id) {
        return v.lookup(id) instanceof Labeled l ? l.getText() : null;
    }

    private static String where(Node v) {
        for (Node n = v.getParent(); n != null; n = n.getParent()) {
            for (String c : n.getStyleClass()) {
                if (c.endsWith("-view") && !c.equals("network-view") && !c.equals("draw-view")) {
                    return "in the " + c;
                }
            }
        }
        return "its own view";
    }

    private static Object field(Object owner, String name) {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner.getClass().getSimpleName() + " has no field " + name + " any more", e);
        }
    }
}
