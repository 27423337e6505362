package org.receptive.ui.stepper;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.stepper.ConvolutionStepper;
import org.receptive.stepper.Setup;
import org.receptive.stepper.Step;
import org.receptive.stepper.Term;
import org.receptive.ui.stepper.backward.BackwardViewModel;
import org.receptive.ui.stepper.lab.KernelLabViewModel;

/**
 * The stepper screen without the screen: the settings, the numbers, where the sweep is, what the
 * pointer is over, and undo. Settings that cannot work keep the numbers and explain why in
 * {@link #problemProperty()}; nothing here throws at a student.
 *
 * <p>Two counters tell the view what to do: {@code layout} moves when shapes change (rebuild the
 * grids and the kernel editor), {@code state} on every other change (redraw).
 */
public final class StepperViewModel {

    private final ReadOnlyIntegerWrapper layout = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper state = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<StepperMode> mode = new SimpleObjectProperty<>(StepperMode.FORWARD);
    private final Playback playback = new Playback();

    private Setup setup = Setup.DEFAULT;
    private ConvolutionData data = ConvolutionData.initial(setup);
    private ConvolutionStepper stepper;
    private float[][][] finished;          // the whole output, computed once per change
    private Cell hoveredInput;             // input cell under the pointer (padding coordinates allowed)
    private Term hoveredTerm;              // product under the pointer in the arithmetic panel
    private final StepperEdits edits = new StepperEdits(this);
    private final BackwardViewModel backward;
    private final KernelLabViewModel lab;

    public StepperViewModel() {
        rebuild();
        backward = new BackwardViewModel(this);
        lab = new KernelLabViewModel(this);
        mode.addListener((o, a, b) -> {
            playback.setPlaying(false);   // a new mode starts still: nothing moves behind the student's back
            if (a == StepperMode.LEARN) {
                lab.setRunning(false);
            }
            bump(state);
        });
    }

    // ---- what is shown ------------------------------------------------------------------------

    /** Forward, Backward or the learning lab. */
    public ObjectProperty<StepperMode> modeProperty() { return mode; }

    public StepperMode mode() { return mode.get(); }

    /** The backward pass of the current numbers, and one step of gradient descent. */
    public BackwardViewModel backward() { return backward; }

    /** The "learn this kernel" lab. */
    public KernelLabViewModel lab() { return lab; }

    /** A plain note about the last change (e.g. a kernel size changed to fit a learned kernel); empty when none. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    void setNotice(String text) { notice.set(text); }

    /** Each input channel with the window, its weights and what the pointer is over. */
    public List<GridPicture> inputPictures() {
        return ForwardPictures.inputs(this);
    }

    /** Each output map: in Forward the cells computed so far, otherwise all of them. */
    public List<GridPicture> outputPictures() {
        return ForwardPictures.outputs(this, mode.get() != StepperMode.FORWARD);
    }

    // ---- settings ---------------------------------------------------------------------------

    public Setup setup() { return setup; }

    /** New settings. Out-of-range values are refused with a message; an impossible combination is kept and explained. */
    public void setSetup(Setup next) {
        // Ranges only (a kernel larger than the input is kept and explained), the kernel size's
        // own range included: a spinner reports a typed 12 before it clamps it, and no preset
        // is made at 12×12 (the long monkey run threw here).
        int k = next.kernelSize();
        List<String> ranges = next.withPadding(0).withDilation(1).withKernelSize(k >= 1 && k <= 7 ? 1 : k).problems();
        if (!ranges.isEmpty()) {
            problem.set("Cannot use these settings: " + String.join("; ", ranges) + ".");
            bump(state);
            return;
        }
        boolean reshaped = !data.fits(next);
        setup = next;
        if (reshaped) {
            data = data.fitTo(next);
        }
        notice.set(StepperEdits.learnedNote(data, next));
        rebuild();
        bump(layout);
    }

    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** Whether the current settings can be stepped through. */
    public boolean runnable() { return stepper != null; }

    public ConvolutionStepper stepper() { return stepper; }

    // ---- the numbers ------------------------------------------------------------------------

    public float[][][] input() { return data.input(); }

    public float[][][][] kernels() { return data.kernels(); }

    public float[] bias() { return data.bias(); }

    /** The finished output (kernels, outH, outW); null when the settings are impossible. */
    public float[][][] output() { return finished; }

    /** Whether output cell (kernel, row, col) has been computed by the sweep so far. */
    public boolean computed(int kernel, int row, int col) {
        return stepper != null && stepper.indexOf(kernel, row, col) <= playback.current();
    }

    // ---- stepping ---------------------------------------------------------------------------

    /** The position being shown; null before the first and when nothing can be stepped. */
    public Step current() {
        if (stepper == null || playback.current() < 0) {
            return null;
        }
        // Several panels ask at every frame; a 7×7×3 window is 147 products, so keep the last one.
        if (cachedStep == null || cachedStep.index() != playback.current() || cachedFor != stepper) {
            cachedStep = stepper.step(playback.current());
            cachedFor = stepper;
        }
        return cachedStep;
    }

    private Step cachedStep;
    private ConvolutionStepper cachedFor;

    public int position() { return playback.current(); }

    public int positions() { return playback.positions(); }

    public void forward() { playback.forward(); bump(state); }
    public void back() { playback.back(); bump(state); }
    public void toStart() { playback.jump(-1); bump(state); }
    /** "Fill all": every output cell at once. */
    public void toEnd() { playback.setPlaying(false); playback.jump(playback.positions() - 1); bump(state); }
    public void jump(int index) { playback.jump(index); bump(state); }

    /** Shows the position that writes output cell (row, col) of {@code kernel}. */
    public void jumpToOutput(int kernel, int row, int col) {
        if (stepper != null) {
            playback.setPlaying(false);
            jump(stepper.indexOf(kernel, row, col));
        }
    }

    public boolean playing() { return playback.playing(); }
    /** Starts or stops the sweep; stopping also pauses the lab's learning (reduced motion stops every animation). */
    public void setPlaying(boolean on) {
        playback.setPlaying(on);
        if (!on && lab != null) {
            lab.setRunning(false);
        }
        bump(state);
    }
    public void togglePlaying() { setPlaying(!playback.playing()); }
    public double speed() { return playback.speed(); }
    public void setSpeed(double stepsPerSecond) { playback.setSpeed(stepsPerSecond); bump(state); }
    public void faster(boolean up) { playback.faster(up); bump(state); }

    /** Called by the animation with the time since the last frame. */
    public void advance(double seconds) {
        boolean wasPlaying = playback.playing();
        if (playback.advance(seconds) || wasPlaying != playback.playing()) {
            bump(state);
        }
    }

    // ---- pointing ---------------------------------------------------------------------------

    public void hoverInput(Cell cell) {
        hoveredInput = cell;
        bump(state);
    }

    public Cell hoveredInput() { return hoveredInput; }

    /** Positions whose window reads the hovered input cell (empty when none is hovered). */
    public List<Integer> readersOfHovered() {
        return stepper == null || hoveredInput == null ? List.of() : stepper.positionsReading(hoveredInput.row(), hoveredInput.col());
    }

    public void hoverTerm(Term term) {
        hoveredTerm = term;
        bump(state);
    }

    public Term hoveredTerm() { return hoveredTerm; }

    // ---- edits (undoable) ---------------------------------------------------------------------

    /** Every change a student can make to the input, kernels and biases, with undo. */
    public StepperEdits edits() { return edits; }

    ConvolutionData data() { return data; }

    /** New numbers (from {@link StepperEdits}, which keeps the history). */
    void replaceData(ConvolutionData next) {
        data = next.fits(setup) ? next : next.fitTo(setup);
        notice.set(StepperEdits.learnedNote(data, setup));
        rebuild();
    }

    public void beginStroke() { edits.beginStroke(); }
    public void endStroke() { edits.endStroke(); }
    public boolean undo() { return edits.undo(); }
    public boolean redo() { return edits.redo(); }
    public boolean canUndo() { return edits.canUndo(); }
    public boolean canRedo() { return edits.canRedo(); }

    // ---- plumbing ---------------------------------------------------------------------------

    /** Remakes the stepper and the output after any change to settings or numbers. */
    private void rebuild() {
        List<String> problems = setup.problems();
        if (problems.isEmpty()) {
            stepper = new ConvolutionStepper(setup, data.input(), data.kernels(), data.bias());
            finished = stepper.output();
            problem.set("");
        } else {
            stepper = null;
            finished = null;
            problem.set("Cannot slide the kernel: " + String.join("; ", problems) + ". "
                    + "Add padding, or use a smaller kernel or dilation.");
        }
        playback.setPositions(stepper == null ? 0 : stepper.positions());
        bump(state);
    }

    private static void bump(ReadOnlyIntegerWrapper counter) {
        counter.set(counter.get() + 1);
    }

    public ReadOnlyIntegerProperty layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
