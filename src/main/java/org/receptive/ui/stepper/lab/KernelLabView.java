package org.receptive.ui.stepper.lab;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.stepper.ValueGrid;

/**
 * The "learn this kernel" lab: its controls ({@link LabControls}), the kernel next to the target
 * kernel, the loss curve, one picture of the batch with what the kernel makes of it and the
 * target, and a digit the lab never learned from, the same way, so a class sees the learned kernel
 * do the target's job on new ink. Draws {@link KernelLabViewModel}'s pictures and nothing else.
 */
public final class KernelLabView extends VBox {

    private final KernelLabViewModel model;
    private final LabControls controls;
    private final ValueGrid kernel = grid("labKernel"), targetKernel = grid("labTargetKernel");
    private final ValueGrid picture = grid("labPicture"), output = grid("labOutput"), target = grid("labTargetOutput");
    private final ValueGrid unseen = grid("labUnseen"), unseenOutput = grid("labUnseenOutput"), unseenTarget = grid("labUnseenTarget");
    private final LossCurve losses = new LossCurve(380, 190);
    private final ColorLegend kernelLegend = new ColorLegend("weight (blue −, red +)", 180);
    private final ColorLegend outputLegend = new ColorLegend("output and target (blue −, red +)", 200);
    private final ColorLegend unseenLegend = new ColorLegend("output and target (blue −, red +)", 200);
    private final Label pictureTitle = title(""), unseenTitle = title("");
    private int shownSize = -1;

    public KernelLabView(KernelLabViewModel model) {
        this.model = model;
        getStyleClass().add("kernel-lab");
        setSpacing(12);
        setPadding(new Insets(12));
        controls = new LabControls(model);
        Label caption = new Label(KernelLabViewModel.CAPTION);
        caption.setId("labCaption");
        caption.setWrapText(true);
        caption.getStyleClass().add("lab-caption");
        losses.setId("labLoss");
        VBox left = new VBox(8, title("The kernel, and the kernel it should become"),
                new HBox(18, labelled("now", kernel), labelled("target", targetKernel)), kernelLegend,
                title("Loss, after every update"), losses);
        VBox right = new VBox(8, pictureTitle, new HBox(10, labelled("picture", picture), labelled("kernel makes", output),
                labelled("target", target)), outputLegend, unseenTitle,
                new HBox(10, labelled("picture", unseen), labelled("learned kernel makes", unseenOutput), labelled("target", unseenTarget)),
                unseenLegend);
        HBox body = new HBox(28, left, right);
        getChildren().addAll(caption, controls, body);
        picture.setCellSize(5);
        output.setCellSize(5);
        target.setCellSize(5);
        unseen.setCellSize(5);
        unseenOutput.setCellSize(5);
        unseenTarget.setCellSize(5);
    }

    public void setPresenting(boolean presenting) {
        controls.setPresenting(presenting);
    }

    /** Redraws from the view-model (at most once a frame while learning). */
    public void refresh() {
        LabPictureSet p = model.pictures();
        int k = p.kernel().values().length;
        if (k != shownSize) {
            shownSize = k;
            kernel.setCellSize(k == 3 ? 52 : 38);
            targetKernel.setCellSize(k == 3 ? 52 : 38);
        }
        kernel.show(p.kernel());
        targetKernel.show(p.targetKernel());
        picture.show(p.picture());
        output.show(p.output());
        target.show(p.target());
        unseen.show(p.unseen());
        unseenOutput.show(p.unseenOutput());
        unseenTarget.show(p.unseenTarget());
        kernelLegend.show(ColorMap.DIVERGING, 0, p.kernel().magnitude());
        outputLegend.show(ColorMap.DIVERGING, 0, p.output().magnitude());
        unseenLegend.show(ColorMap.DIVERGING, 0, p.unseenOutput().magnitude());
        pictureTitle.setText("Learning from " + p.pictureName() + " (" + (model.shownPicture() + 1)
                + " of " + model.lab().batchSize() + ")");
        unseenTitle.setText("Never learned from: " + p.unseenName());
        losses.show(p.losses());
        controls.refresh();
    }

    /** Test access. */
    ValueGrid kernelGrid() { return kernel; }

    private static ValueGrid grid(String id) {
        ValueGrid g = new ValueGrid();
        g.setId(id);
        return g;
    }

    private static Node labelled(String text, Node n) {
        VBox box = new VBox(2, new Label(text), n);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-title");
        return l;
    }
}
