package org.receptive.ui.stepper.lab;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.receptive.data.Dataset;
import org.receptive.data.GridImage;
import org.receptive.stepper.KernelLab;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.SgdStep;
import org.receptive.ui.stepper.InputSources;
import org.receptive.ui.stepper.StepperMode;
import org.receptive.ui.stepper.StepperViewModel;

/**
 * The "learn this kernel" lab without the screen: which pictures, how many at once, the target
 * preset, the start, the learning rate and speed; Learn and Pause; the loss curve; and "step
 * through this update", which hands one picture's share of the current update to the Backward
 * mode of the stepper. Updates run when the view's animation calls {@link #advance}, at the chosen
 * number a second (the time a frame may spend on them is bounded, so drawing never starves).
 */
public final class KernelLabViewModel {

    /** What the lab is for, in one sentence under it. */
    public static final String CAPTION = "This is what training does to all 16 kernels of the first layer at once, "
            + "with the gradient arriving from the layers above.";
    static final int SIZE = 28;
    /** Work per frame at most, so a slow machine draws and answers while it learns. */
    static final long FRAME_BUDGET_NANOS = 10_000_000;

    private final StepperViewModel stepper;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private LabPictures kind = LabPictures.DIGITS;
    private int firstDigit = 0, batch = 4, unseenDigit = 100, kernelSize = 3, shown = 0;
    private KernelPreset target = KernelPreset.SOBEL_X;
    private float rate = 2f;
    private boolean rateTyped;             // a rate the student typed is kept; otherwise the lab's suggestion
    private double speed = 30;
    private long seed = 7;
    private float[][] picture;
    private KernelLab lab;
    private boolean running;
    private double owed, measuredSeconds;
    private int measuredUpdates;
    private double updatesPerSecond;
    private String status = "Press Learn: forward, loss, backward and one step, over and over.";

    public KernelLabViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
    }

    /** The lab itself (made on first use: the digits are read then). */
    public KernelLab lab() {
        if (lab == null) {
            rebuild();
        }
        return lab;
    }

    // ---- settings -----------------------------------------------------------------------------

    public LabPictures kind() { return kind; }
    public int firstDigit() { return firstDigit; }
    public int batch() { return batch; }
    public int unseenDigit() { return unseenDigit; }
    public KernelPreset target() { return target; }
    public int kernelSize() { return kernelSize; }
    public float rate() { return rate; }
    public double speed() { return speed; }

    /** The pictures learned from; a picture file needs {@link #setPicture} first. */
    public void setKind(LabPictures k) {
        if (k == LabPictures.PICTURE && picture == null) {
            say("Open a picture first.");
            return;
        }
        kind = k;
        rebuild();
    }

    /** A picture of the student's, grey, resized to 28×28; the lab learns from it alone. */
    public void setPicture(java.awt.image.BufferedImage image) {
        picture = GridImage.grey(image, SIZE, SIZE)[0];
        kind = LabPictures.PICTURE;
        rebuild();
    }

    /** Says why a picture could not be opened. */
    public void pictureProblem(String sentence) {
        say(sentence);
        bump();
    }

    public void setFirstDigit(int d) { firstDigit = Math.floorMod(d, InputSources.testDigits().size()); rebuild(); }
    public void setUnseenDigit(int d) { unseenDigit = Math.floorMod(d, InputSources.testDigits().size()); rebuild(); }

    /** 1 to 16 pictures learned from at once; the kernel learned so far is kept. */
    public void setBatch(int n) {
        batch = Math.max(1, Math.min(16, n));
        rebuild();
    }

    /** The preset to learn; the kernel learned so far is kept, so it is seen re-learning. */
    public void setTarget(KernelPreset p) {
        target = p;
        rebuild();
    }

    /** 3 or 5; another size starts again from a random kernel. */
    public void setKernelSize(int k) {
        if (k != 3 && k != 5) {
            throw new IllegalArgumentException("the lab's kernels are 3×3 or 5×5");
        }
        if (k != kernelSize) {
            kernelSize = k;
            lab = null;
            rebuild();
        }
    }

    /** A learning rate above 0 and at most 100; false (nothing changed) otherwise. */
    public boolean setRate(float r) {
        if (!SgdStep.usableRate(r)) {
            return false;
        }
        rate = r;
        rateTyped = true;
        lab().setLearningRate(r);
        bump();
        return true;
    }

    /** Updates a second while learning, 1 to 120. */
    public void setSpeed(double updates) {
        speed = Math.max(1, Math.min(120, updates));
        bump();
    }

    // ---- learning -----------------------------------------------------------------------------

    public boolean running() { return running; }

    public void setRunning(boolean on) {
        running = on;
        owed = 0;
        if (on) {
            say("Learning …");
        }
        bump();
    }

    /** Starts again from random weights (a new draw each time) or from zeros. */
    public void restart(boolean random) {
        lab().restart(random ? KernelLab.randomKernel(kernelSize, seed++) : new float[kernelSize][kernelSize]);
        say(random ? "A random kernel: press Learn." : "A kernel of zeros: press Learn.");
        bump();
    }

    /** One update now, shown at once (also while paused). */
    public void updateOnce() {
        update();
        bump();
    }

    /**
     * Called by the animation with the seconds since the last frame: takes the updates owed at
     * the chosen speed, as many as fit in the frame's budget, then says what happened.
     */
    public void advance(double seconds) {
        if (!running) {
            return;
        }
        owed += seconds * speed;
        long start = System.nanoTime();
        int done = 0;
        while (owed >= 1 && running) {
            owed -= 1;
            update();
            done++;
            if (System.nanoTime() - start > FRAME_BUDGET_NANOS) {
                owed = Math.min(owed, 1);   // behind: do not try to catch up in a burst
                break;
            }
        }
        measuredUpdates += done;
        measuredSeconds += seconds;
        if (measuredSeconds >= 1) {
            updatesPerSecond = measuredUpdates / measuredSeconds;
            measuredUpdates = 0;
            measuredSeconds = 0;
        }
        if (done > 0 || !running) {
            bump();
        }
    }

    /** Updates a second over the last second of learning (0 before). */
    public double updatesPerSecond() {
        return updatesPerSecond;
    }

    /** One update; while learning, a pause with a sentence when it blew up, converged, or can learn no more. */
    private void update() {
        KernelLab l = lab();
        float loss = l.update();                     // the loss before this step
        float first = l.firstLoss();
        if (!running) {
            return;                                  // one update at a time: the progress line says where it is
        }
        if (!Float.isFinite(loss) || loss > 1e4f * Math.max(first, 1e-6f)) {
            running = false;
            say(String.format(Locale.ROOT, "The loss blew up (%s → %s): a learning rate of %s is too large for these pictures."
                    + " Lower it and restart.", LabText.number(first), LabText.number(loss), LabText.number(rate)));
        } else if (l.kernelError() < 1e-3f) {
            running = false;
            say("Learned: every weight is within 0.001 of " + target.label() + ", after " + l.updates() + " updates.");
        } else if (loss < 1e-12f * Math.max(first, 1e-6f) || loss == 0f) {
            running = false;
            say(String.format(Locale.ROOT, "The outputs match the targets, yet the kernel is still %s away from %s: "
                    + "these pictures cannot tell the difference. Add pictures to the batch.", LabText.number(l.kernelError()),
                    target.label()));
        }
    }

    // ---- what is shown ------------------------------------------------------------------------

    /** Which picture of the batch is shown (and stepped through), from 0. */
    public int shownPicture() { return Math.min(shown, lab().batchSize() - 1); }

    public void showPicture(int i) {
        shown = Math.floorMod(i, lab().batchSize());
        bump();
    }

    public String status() { return status; }

    /** "update 240 · loss 0.0123 · furthest weight 0.05 from Sobel x · 31 updates a second". */
    public String progress() {
        return LabText.progress(lab(), updatesPerSecond, running);
    }

    /** The pictures of the batch as shown: kernel and target, one batch picture, the unseen one. */
    public LabPictureSet pictures() {
        return LabPictureSet.of(lab(), shownPicture(), kind == LabPictures.DIGITS ? firstDigit : -1, unseenDigit);
    }

    /**
     * Hands picture {@link #shownPicture()}'s share of the current update to the stepper's
     * Backward mode: its settings, the picture, the current kernel, the target and the same
     * learning rate, at the start of the sweep. Learning pauses.
     */
    public void stepThroughInStepper() {
        KernelLab l = lab();
        int i = shownPicture();
        running = false;
        var forward = l.forward(i);
        if (!stepper.edits().load(l.setup(), forward.input(), forward.kernels(), forward.bias())) {
            say("The stepper could not take these settings: " + stepper.problemProperty().get());
            return;
        }
        stepper.backward().useLabShare(target, l.lossOf(i).scale(), LabText.shareNote(i, l.batchSize()), rate);
        stepper.toStart();
        stepper.modeProperty().set(StepperMode.BACKWARD);
        bump();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private void say(String text) {
        status = text;
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    /** A new lab for the settings, keeping the kernel learned so far when its size is the same. */
    private void rebuild() {
        float[][] keep = lab == null ? null : lab.kernel();
        Dataset digits = InputSources.testDigits();
        List<float[][]> images = kind.images(digits, firstDigit, batch, picture, SIZE);
        lab = new KernelLab(images, GridImage.digit(digits.image(unseenDigit), SIZE, SIZE), target, kernelSize, rate);
        lab.restart(keep != null && keep.length == kernelSize ? keep : KernelLab.randomKernel(kernelSize, seed++));
        if (!rateTyped) {
            rate = lab.suggestedRate();   // what these pictures can take: patterns far less than digits
            lab.setLearningRate(rate);
        }
        bump();
    }
}
