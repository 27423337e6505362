package org.receptive.ui.training;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.receptive.data.Dataset;
import org.receptive.engine.Network;
import org.receptive.engine.TrainingTimeline;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.training.kernels.ConvKernels;
import org.receptive.ui.training.kernels.ShownKernels;

/**
 * The weights the studio draws: the newest copy while following the run ("live"), or a timeline
 * snapshot when the student scrubs back. They are loaded into a display network of their own,
 * which the trainer never sees, and from which the kernels and the feature maps of every layer
 * (through the Network view's model, with its receptive fields) are drawn.
 */
public final class WeightsOnShow implements ShownKernels {

    /** Snapshots kept per run: 40 copies of the default model's weights are about 33 MB. */
    static final int TIMELINE_CAPACITY = 40;

    private final Supplier<Dataset> digits;
    private final ReadOnlyObjectWrapper<List<ConvKernels>> kernels = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<NetworkViewModel> maps = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper scrubbedStep = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyIntegerWrapper snapshots = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyIntegerWrapper snapshotIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final BooleanProperty mapsVisible = new SimpleBooleanProperty(false);
    private TrainingTimeline timeline;
    private Network display;
    private float[] params;
    private boolean mapsStale;
    private Dataset shownDigits;
    private float[] drawn;   // a digit drawn in the Draw view, shown instead of a test digit; null: a test digit
    private final ReadOnlyBooleanWrapper drawnShown = new ReadOnlyBooleanWrapper(false);
    private List<ConvKernels> startKernels = List.of();
    private float[] newest;   // the run's newest weights (a copy): what "live" shows
    private long newestStep;
    private Display ready;
    /** The model the network at step 0 was read from, or null: fresh random weights. */
    private String loadedFrom;

    WeightsOnShow(Supplier<Dataset> digits) {
        this.digits = digits;
        mapsVisible.addListener((o, was, now) -> {
            if (now && mapsStale) {
                refreshMaps();
            }
        });
    }

    /** Which sample the feature maps show: a test digit of a data set, or a drawing (then not null). */
    record Sample(Dataset digits, int digit, float[] drawn) {
        boolean sameAs(Sample o) {
            return digits == o.digits && digit == o.digit && java.util.Arrays.equals(drawn, o.drawn);
        }
    }

    /**
     * All a new network's display needs, made on any thread (it touches nothing on show): its
     * timeline, the display network, its kernels, and its feature maps for {@code sample}, already
     * computed — that forward pass is the costly part, and it is why the studio makes this in the
     * background.
     */
    record Display(Network trained, Sample sample, TrainingTimeline timeline, Network display, List<ConvKernels> startKernels,
                   float[] newest, NetworkViewModel maps) {
        static Display of(Network trained, Sample sample) {
            TrainingTimeline t = new TrainingTimeline(trained, TIMELINE_CAPACITY, 5);
            t.start();
            Network display = trained.copy();
            return new Display(trained, sample, t, display, ConvKernels.of(display), trained.copyParams(), mapsFor(display, sample));
        }
    }

    /** The sample on show now (read on the UI thread, for a display made elsewhere). */
    Sample sample() {
        int digit = maps.get() == null ? 0 : Math.max(0, maps.get().digitIndexProperty().get());
        return new Sample(digits.get(), digit, drawn == null ? null : drawn.clone());
    }

    /** A display made in the background for the network about to be adopted: {@link #restart} takes it rather than make another. */
    void offer(Display made) {
        ready = made;
    }

    /** Where the next network's step 0 comes from: the model it was loaded from, or null for fresh random weights. */
    void startFrom(String model) {
        loadedFrom = model;
    }

    @Override
    public java.util.Optional<String> loadedFrom() {
        return java.util.Optional.ofNullable(loadedFrom);
    }

    /** A new network (fresh, loaded or redesigned): a new timeline starting from its weights now. */
    void restart(Network trained) {
        Sample current = sample();
        Display d = ready != null && ready.trained() == trained ? ready : Display.of(trained, current);
        ready = null;
        timeline = d.timeline();
        display = d.display();
        startKernels = d.startKernels();   // the display holds the weights of snapshot 0 now
        // Maps made in the background are for the sample then on show: if the student picked another meanwhile, once more here.
        NetworkViewModel m = d.sample().sameAs(current) ? d.maps() : mapsFor(display, current);
        shownDigits = current.digits();
        watch(m);
        maps.set(m);
        live.set(true);
        scrubbedStep.set(-1);
        snapshots.set(1);
        snapshotIndex.set(0);
        newest = d.newest();
        newestStep = 0;
        show(newest, 0, false);   // the maps were computed with these very weights
    }

    /**
     * A run's frame arrived with its weights (a copy), the newest from now on; with {@code draw}
     * (not every update redraws the kernels) it is followed when live, and the timeline has grown.
     */
    void frame(float[] copy, long atStep, boolean draw) {
        newest = copy;
        newestStep = atStep;
        if (draw) {
            snapshots.set(timeline.snapshots().size());
            if (live.get()) {
                snapshotIndex.set(snapshots.get() - 1);
                show(copy, atStep);
            }
        }
    }

    /** Back to the newest weights, following the run again. */
    void goLive() {
        live.set(true);
        scrubbedStep.set(-1);
        snapshotIndex.set(snapshots.get() - 1);
        show(newest, newestStep);
    }

    /** New weights between runs (kernel surgery): the newest from now on, shown at once. */
    void replaceNewest(float[] copy) {
        newest = copy;
        goLive();
    }

    /** The run's newest weights (a copy; not to be written). */
    float[] newest() {
        return newest;
    }

    /** Shows snapshot {@code index} (clamped) with the held-out accuracy measured last before it. */
    void scrubTo(int index, List<ChartPoint> accuracy) {
        List<TrainingTimeline.Snapshot> all = timeline.snapshots();
        int i = Math.max(0, Math.min(all.size() - 1, index));
        TrainingTimeline.Snapshot s = all.get(i);
        live.set(false);
        snapshotIndex.set(i);
        show(s.params(), s.step());
        scrubbedStep.set(s.step());
        ChartPoint before = null;
        for (ChartPoint p : accuracy) {
            if (p.step() <= s.step()) {
                before = p;
            }
        }
        // Short, and the view wraps it: beside the slider it was cut to "accuracy then …".
        caption.set(String.format(Locale.ROOT, "Step %,d%s%s", s.step(),
                Float.isNaN(s.loss()) ? (loadedFrom == null ? ": before any training" : ": " + loadedFrom + " as loaded")
                        : String.format(Locale.ROOT, " · loss %.3f", s.loss()),
                before == null ? "" : String.format(Locale.ROOT, " · accuracy %.1f%%", before.value())));
    }

    /** Loads a copy of {@code values} into the display network and redraws what depends on it. */
    void show(float[] values, long atStep) {
        show(values, atStep, true);
    }

    private void show(float[] values, long atStep, boolean mapsToo) {
        params = values.clone();
        display.setParams(params);
        step.set(atStep);
        kernels.set(ConvKernels.of(display));
        if (live.get()) {
            // No step number here: a label changing 30 times a second relays out the whole bar.
            caption.set(atStep > 0 ? "Live · drag back to see earlier weights"
                    : loadedFrom == null ? "The untrained network: random weights"
                    : "Loaded: " + loadedFrom + ", not trained further here");
        }
        if (!mapsToo) {
            mapsStale = false;
        } else if (mapsVisible.get()) {
            refreshMaps();
        } else {
            mapsStale = true;
        }
    }

    /** Picks the feature maps' sample from another test set (after a new data set is loaded). */
    void setDigits(Dataset d) {
        if (d == shownDigits) {
            return;
        }
        shownDigits = d;
        NetworkViewModel m = mapsFor(display, new Sample(d, 0, drawn));
        watch(m);
        maps.set(m);
    }

    /**
     * Shows the feature maps of every layer for {@code pixels} (a drawn digit, in the network's
     * input shape) instead of a test digit, until a test digit is picked again; they keep
     * following the weights on show. Refused with an IllegalArgumentException when the shape differs.
     */
    void showInput(float[] pixels) {
        maps.get().showInput(pixels);
        drawn = pixels.clone();
        drawnShown.set(true);
    }

    /** Feature maps of {@code display} for the sample's drawing if it has one, else its test digit. */
    private static NetworkViewModel mapsFor(Network display, Sample s) {
        NetworkViewModel m = new NetworkViewModel(display, s.digits());
        if (s.drawn() != null && s.drawn().length == display.inputShape().size()) {
            m.showInput(s.drawn());
        } else {
            m.showDigit(Math.min(s.digit(), m.digitCount() - 1));
        }
        return m;
    }

    private void watch(NetworkViewModel m) {
        m.digitIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {   // the student picked a test digit: the drawing steps aside
                drawn = null;
                drawnShown.set(false);
            }
        });
    }

    private void refreshMaps() {
        mapsStale = false;
        NetworkViewModel m = maps.get();
        if (drawn != null) {
            m.showInput(drawn);
        } else {
            m.showDigit(Math.max(0, m.digitIndexProperty().get()));
        }
    }

    TrainingTimeline timeline() { return timeline; }
    @Override
    public List<ConvKernels> startKernels() { return startKernels; }
    /** The weights on show (a copy owned by the display; tests check it is not the trainer's array). */
    float[] params() { return params; }
    @Override
    public ReadOnlyObjectProperty<List<ConvKernels>> kernelsProperty() { return kernels.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<NetworkViewModel> mapsProperty() { return maps.getReadOnlyProperty(); }
    /** Whether the feature maps show a drawn digit rather than a test digit. */
    public ReadOnlyBooleanProperty drawnShownProperty() { return drawnShown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty liveProperty() { return live.getReadOnlyProperty(); }
    @Override
    public ReadOnlyLongProperty stepProperty() { return step.getReadOnlyProperty(); }
    /** The step of the snapshot scrubbed back to, marked on the charts; -1 while live. */
    public ReadOnlyLongProperty scrubbedStepProperty() { return scrubbedStep.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty snapshotsProperty() { return snapshots.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty snapshotIndexProperty() { return snapshotIndex.getReadOnlyProperty(); }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    /** Set by the view: feature maps are only computed while someone can see them. */
    public BooleanProperty mapsVisibleProperty() { return mapsVisible; }
}
