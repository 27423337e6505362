package org.receptive.ui.stepper.lab;

import java.util.Locale;
import org.receptive.stepper.KernelLab;
import org.receptive.ui.stepper.StepperText;

/** The lab's words: progress, numbers small and large, and what a stepped-through share is. */
final class LabText {

    private LabText() {
    }

    /** See {@link StepperText#significant}. */
    static String number(double v) {
        return StepperText.significant(v);
    }

    static String progress(KernelLab lab, double updatesPerSecond, boolean running) {
        StringBuilder b = new StringBuilder();
        b.append(lab.updates() == 1 ? "1 update" : String.format(Locale.ROOT, "%,d updates", lab.updates()));
        if (lab.updates() > 0) {
            b.append(" · loss ").append(number(lab.lastLoss()));
        }
        b.append(" · furthest weight ").append(number(lab.kernelError())).append(" from ").append(lab.target().label());
        if (running && updatesPerSecond > 0) {
            b.append(String.format(Locale.ROOT, " · %.0f updates a second", updatesPerSecond));
        }
        return b.toString();
    }

    /** What stepping one picture through shows, against the lab's whole update. */
    static String shareNote(int picture, int pictures) {
        return pictures == 1
                ? "This is the lab's whole update: one picture, its loss the mean over the cells."
                : "This is picture " + (picture + 1) + "'s share of the lab's update: the lab adds the dL/dW of all " + pictures
                        + " pictures, then steps once.";
    }
}
