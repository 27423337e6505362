package org.receptive.ui.stepper.lab;

import java.util.List;
import org.receptive.stepper.KernelLab;
import org.receptive.ui.stepper.GridPicture;

/**
 * Everything the lab draws at one moment, each pair on one colour scale so they can be compared:
 * the kernel and the target kernel; one picture of the batch, what the kernel makes of it and the
 * target; a picture not in the batch, what the learned kernel makes of it and what the target
 * kernel does; and the loss after every update.
 */
public record LabPictureSet(GridPicture kernel, GridPicture targetKernel, GridPicture picture, GridPicture output,
                            GridPicture target, GridPicture unseen, GridPicture unseenOutput, GridPicture unseenTarget,
                            List<Float> losses, String pictureName, String unseenName) {

    static LabPictureSet of(KernelLab lab, int shown, int firstDigit, int unseenDigit) {
        float[][] k = lab.kernel(), t = lab.targetKernel();
        double kernelScale = Math.max(scale(k), scale(t));
        float[][] out = lab.output(shown), want = lab.targetOutput(shown);
        double outScale = Math.max(scale(out), scale(want));
        float[][] unseenOut = lab.unseenOutput(), unseenWant = lab.unseenTarget();
        double unseenScale = Math.max(scale(unseenOut), scale(unseenWant));
        String name = firstDigit >= 0 ? "digit #" + (firstDigit + shown) : "picture " + (shown + 1);
        return new LabPictureSet(
                GridPicture.of(k, 0, "The kernel being learned").withScale(kernelScale),
                GridPicture.of(t, 0, "The target kernel, " + lab.target().label()).withScale(kernelScale),
                GridPicture.of(lab.forward(shown).input()[0], 0, "Picture " + (shown + 1) + " of the batch, " + name).withScale(1),
                GridPicture.of(out, 0, "What the kernel makes of it now").withScale(outScale),
                GridPicture.of(want, 0, "The target: " + lab.target().label() + " of it").withScale(outScale),
                GridPicture.of(lab.unseen(), 0, "A digit not in the batch, #" + unseenDigit).withScale(1),
                GridPicture.of(unseenOut, 0, "What the learned kernel makes of the unseen digit").withScale(unseenScale),
                GridPicture.of(unseenWant, 0, "What " + lab.target().label() + " makes of it").withScale(unseenScale),
                lab.history(), name, "digit #" + unseenDigit);
    }

    private static double scale(float[][] g) {
        return GridPicture.magnitude(new float[][][] {g});
    }
}
