package org.receptive.ui.stepper.backward;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.receptive.data.Dataset;
import org.receptive.stepper.BackwardStep;
import org.receptive.stepper.BackwardStepper;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Gradients;
import org.receptive.stepper.KernelPreset;
import org.receptive.stepper.NetworkLoss;
import org.receptive.stepper.SgdStep;
import org.receptive.stepper.Upstream;
import org.receptive.ui.stepper.GridPicture;
import org.receptive.ui.stepper.InputSources;
import org.receptive.ui.stepper.StepperViewModel;

/**
 * The Backward mode without the screen: where dL/dY comes from, the backward sweep of the current
 * numbers (at the forward sweep's position: the same playback drives both), the gradients added
 * up so far, and "take one step" of gradient descent with the loss before and after. Everything is
 * recomputed from the stepper's numbers when they change; a source that cannot work with the
 * current settings says why in {@link #problem()} and nothing is swept.
 */
public final class BackwardViewModel {

    /** The network source takes four of the first layer's sixteen kernels at a time. */
    public static final int NETWORK_KERNELS = 4;

    private final StepperViewModel model;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final GradientChoice choice = new GradientChoice();
    private float learningRate;
    private boolean rateChosen;            // typed by the student: kept when the numbers change
    private int networkDigit;
    private SgdStep lastStep;

    private ConvolutionStepper sweptFor;   // the forward pass the fields below belong to
    private int settingsFor = -1;
    private Upstream upstream;
    private BackwardStepper sweep;
    private String problem = "";
    private float loss;
    private Gradients running;             // after runningCount positions
    private int runningCount;
    private Gradients complete;

    public BackwardViewModel(StepperViewModel model) {
        this.model = model;
    }

    // ---- the source of dL/dY ------------------------------------------------------------------

    public GradientSource source() {
        return choice.source;
    }

    /** Picks a source; the network one also loads the first layer's settings, kernels and a digit. */
    public void setSource(GradientSource s) {
        if (s == GradientSource.NETWORK) {
            useNetwork(networkDigit, 0);
            return;
        }
        choice.plain(s);
        if (s == GradientSource.FROZEN_TARGET && model.output() != null) {
            choice.frozen = model.output();
        }
        changed(true);
    }

    public KernelPreset preset() {
        return choice.preset;
    }

    /** The preset whose output on this input is the target (Sobel x by default). */
    public void setPreset(KernelPreset p) {
        choice.preset = p;
        choice.plain(GradientSource.PRESET_TARGET);
        changed(true);
    }

    /**
     * The real gradient of the default network for MNIST test digit {@code digit} and its label,
     * at kernels {@code 4·group + 1 .. 4·group + 4} of its first layer: the stepper takes that
     * layer's settings, the digit and those kernels (one undo step).
     */
    public void useNetwork(int digit, int group) {
        Dataset digits = InputSources.testDigits();
        int d = Math.floorMod(digit, digits.size());
        int first = Math.floorMod(group, 16 / NETWORK_KERNELS) * NETWORK_KERNELS;
        NetworkLoss loss = new NetworkLoss(InputSources.defaultNetwork(), digits.image(d), digits.label(d), first, NETWORK_KERNELS);
        choice.network = loss;
        networkDigit = d;
        choice.plain(GradientSource.NETWORK);
        model.edits().load(loss.setup(), loss.input(), loss.kernels(), loss.bias());
        changed(true);
    }

    public int networkDigit() {
        return networkDigit;
    }

    /** Which four kernels the network source holds, counting groups from 0. */
    public int networkGroup() {
        return choice.network == null ? 0 : choice.network.first() / NETWORK_KERNELS;
    }

    /**
     * One picture's share of the learning lab's loss: the target is {@code target} of the input,
     * the loss is multiplied by {@code share} (1 / (cells · pictures)), and the note says so.
     */
    public void useLabShare(KernelPreset target, float share, String note, float rate) {
        choice.preset = target;
        choice.source = GradientSource.PRESET_TARGET;
        choice.scale = share;
        choice.shareNote = note;
        learningRate = rate;
        rateChosen = true;
        changed(false);
    }

    /** Where this gradient comes from, in words (with the lab's note when it is one picture's share). */
    public String sourceSentence() {
        ensure();
        String what = upstream == null ? choice.source.label() : upstream.describe();
        return choice.shareNote.isEmpty() ? what : what + ". " + choice.shareNote;
    }

    // ---- the sweep ----------------------------------------------------------------------------

    /** Why there is no backward sweep with the current settings; "" when there is one. */
    public String problem() {
        ensure();
        return problem;
    }

    public BackwardStepper sweep() {
        ensure();
        return sweep;
    }

    /** The loss for the current numbers (NaN when there is no sweep). */
    public float loss() {
        ensure();
        return loss;
    }

    /** The backward arithmetic at the playback's position; null before the first or without a sweep. */
    public BackwardStep current() {
        ensure();
        int at = model.position();
        if (sweep == null || at < 0) {
            return null;
        }
        if (cachedStep == null || cachedStep.index() != at) {
            cachedStep = sweep.step(at);
        }
        return cachedStep;
    }

    private BackwardStep cachedStep;

    /** The gradients added up by the positions done so far (the current one included). */
    public Gradients sofar() {
        ensure();
        if (sweep == null) {
            return null;
        }
        int done = model.position() + 1;
        if (done < runningCount) {
            running = sweep.after(0);
            runningCount = 0;
        }
        sweep.addTo(running, runningCount, done);   // playing forward adds only the new positions
        runningCount = done;
        return running;
    }

    /** The gradients once every position is done: their sizes set the colour scales, which then stay put. */
    public Gradients complete() {
        ensure();
        return complete;
    }

    public List<GridPicture> upstreamPictures() {
        return BackwardPictures.upstream(model, this);
    }

    public List<GridPicture> weightPictures() {
        return BackwardPictures.weights(model, this);
    }

    public List<GridPicture> inputPictures() {
        return BackwardPictures.inputs(model, this);
    }

    // ---- one step of gradient descent -----------------------------------------------------------

    public float learningRate() {
        ensure();
        return learningRate;
    }

    /** A learning rate the student typed; refused (false) unless {@link SgdStep#usableRate}. */
    public boolean setLearningRate(float rate) {
        if (!SgdStep.usableRate(rate)) {
            return false;
        }
        learningRate = rate;
        rateChosen = true;
        bump();
        return true;
    }

    /**
     * W ← W − η·dL/dW and b ← b − η·dL/db for every kernel, as one undo step; the output, dL/dY and
     * the sweep are then those of the new kernels. Returns the step (also {@link #lastStep()}), or
     * null when there is no sweep.
     */
    public SgdStep takeStep() {
        ensure();
        if (sweep == null) {
            return null;
        }
        SgdStep step = SgdStep.take(sweep.forward(), upstream, learningRate);
        model.edits().setKernels(step.after().kernels(), step.after().bias());
        lastStep = step;
        bump();
        return step;
    }

    /** The last step taken (kernels before and after, losses), or null. */
    public SgdStep lastStep() {
        return lastStep;
    }

    /** Counts changes of the source, rate and step (the stepper's own changes have its state counter). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private void changed(boolean suggestRate) {
        if (suggestRate) {
            rateChosen = false;
        }
        lastStep = null;
        bump();
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    /** Remakes dL/dY and the sweep when the numbers or the source changed since the last look. */
    private void ensure() {
        ConvolutionStepper st = model.stepper();
        if (st == sweptFor && settingsFor == revision.get()) {
            return;
        }
        sweptFor = st;
        settingsFor = revision.get();
        sweep = null;
        upstream = null;
        cachedStep = null;
        loss = Float.NaN;
        if (st == null) {
            problem = "No backward pass: " + model.problemProperty().get();
            return;
        }
        try {
            upstream = choice.upstream(st);
            sweep = new BackwardStepper(st, upstream.gradient(st));
            loss = upstream.loss(st);
            complete = sweep.gradients();
            running = sweep.after(0);
            runningCount = 0;
            problem = "";
            if (!rateChosen) {
                learningRate = SgdStep.suggestedRate(st, upstream);
            }
        } catch (IllegalArgumentException e) {
            upstream = null;
            sweep = null;
            problem = "No backward pass: " + e.getMessage() + ".";
        }
    }
}
