package org.receptive.ui.stepper.backward;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.stepper.SgdStep;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.stepper.GridPicture;
import org.receptive.ui.stepper.ValueGrid;

/**
 * The last step of gradient descent: the kernel before and after, side by side on one colour
 * scale (one pair per input channel), and the loss before → after. Hidden until a step is taken.
 */
final class StepResultPane extends VBox {

    private final Label losses = new Label();
    private final HBox pairs = new HBox(14);
    private final ColorLegend legend = new ColorLegend("weight, before and after", 180);
    private final List<ValueGrid> before = new ArrayList<>(), after = new ArrayList<>();

    StepResultPane() {
        setSpacing(6);
        getStyleClass().add("step-result");
        setId("stepResult");
        losses.setId("stepLoss");
        losses.setWrapText(true);
        losses.getStyleClass().add("result");
        getChildren().addAll(losses, pairs, legend);
        setMaxWidth(320);   // beside the kernel, not pushing the output off the screen
    }

    /** Shows kernel {@code n} of {@code step}, or hides when there is none. */
    void show(SgdStep step, int n, double cell) {
        setVisible(step != null);
        setManaged(step != null);
        if (step == null) {
            return;
        }
        losses.setText(BackwardText.step(step));
        float[][][] b = step.before().kernels()[n], a = step.after().kernels()[n];
        double scale = Math.max(GridPicture.magnitude(b), GridPicture.magnitude(a));
        if (before.size() != b.length) {
            pairs.getChildren().clear();
            before.clear();
            after.clear();
            for (int c = 0; c < b.length; c++) {
                ValueGrid x = new ValueGrid(), y = new ValueGrid();
                x.setId("stepBefore-" + c);
                y.setId("stepAfter-" + c);
                before.add(x);
                after.add(y);
                pairs.getChildren().add(new VBox(2, new Label((b.length > 1 ? "channel " + (c + 1) + ": " : "") + "before → after"),
                        new HBox(6, x, new Label("→"), y)));
            }
        }
        for (int c = 0; c < b.length; c++) {
            before.get(c).setCellSize(cell);
            after.get(c).setCellSize(cell);
            before.get(c).show(GridPicture.of(b[c], 0, "Kernel " + (n + 1) + " before the step").withScale(scale));
            after.get(c).show(GridPicture.of(a[c], 0, "Kernel " + (n + 1) + " after the step").withScale(scale));
        }
        legend.show(ColorMap.DIVERGING, -scale, scale);
    }
}
