package org.receptive.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.LessonProgress;
import org.receptive.ui.classroom.PresentationModel;
import org.receptive.ui.cortex.CortexLabModel;
import org.receptive.ui.draw.DrawViewModel;
import org.receptive.ui.draw.TeachModel;
import org.receptive.ui.lesson.LessonsViewModel;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.stepper.StepperViewModel;
import org.receptive.ui.training.TrainingViewModel;

/**
 * The view-models behind the app's views, each made the first time it is asked for, and what
 * they share read once: the MNIST test digits and the default model. Those two take a second or
 * more, so they are read on a background thread as soon as the first frame is on screen (or a
 * view asks for them), and the views that need them ({@link #loaded()}) wait behind a calm line
 * of text while the first view is already in use. Everything but the reading runs on the UI thread.
 */
public final class AppModels {

    /** What the Network, Draw, Lessons and Train views share: read once, never written. */
    public record Loaded(Dataset testDigits, Network defaultModel) {

        /** A copy of the default model, for a view to compute with (and, in the Draw view, to fine-tune). */
        public Network model() {
            return defaultModel.copy();
        }
    }

    private final Executor ui;
    private final Supplier<Loaded> read;
    private final CompletableFuture<Loaded> loaded = new CompletableFuture<>();
    private boolean reading;
    private final PresentationModel presentation = new PresentationModel();
    private final StepperViewModel stepper = new StepperViewModel();
    private final RememberedSettings remembered;
    private NetworkViewModel network;
    private DrawViewModel draw;
    private TeachModel teach;
    private CortexLabModel cortex;
    private LessonsViewModel lessons;
    private TrainingViewModel training;

    /**
     * {@code ui}: how background work hands results to the UI thread ({@code Platform::runLater} in
     * the app). Settings are remembered for this run only (tests, the demo harness).
     */
    public AppModels(Executor ui) {
        this(ui, RememberedSettings.forThisRunOnly());
    }

    /** As above, with the settings remembered from the last run put into each view-model as it is made. */
    public AppModels(Executor ui, RememberedSettings remembered) {
        this(ui, () -> new Loaded(Mnist.test(), DefaultModel.load().network()), remembered);
    }

    /** As above, with {@code read} run on the loading thread to get what the views share (tests decide when it ends). */
    AppModels(Executor ui, Supplier<Loaded> read) {
        this(ui, read, RememberedSettings.forThisRunOnly());
    }

    AppModels(Executor ui, Supplier<Loaded> read, RememberedSettings remembered) {
        this.ui = ui;
        this.read = read;
        this.remembered = remembered;
        remembered.attach(SettingsParts.presentation(presentation));
        remembered.attach(SettingsParts.stepper(stepper));
    }

    /** The settings remembered between runs. */
    public RememberedSettings remembered() {
        return remembered;
    }

    /**
     * Starts reading what the views share on a background thread, once: the app calls this when
     * the first frame is on screen (so the reading does not take a core from the first frame),
     * and asking for {@link #loaded()} calls it too.
     */
    public synchronized void startReading() {
        if (reading) {
            return;
        }
        reading = true;
        Thread reader = new Thread(() -> {
            try {
                loaded.complete(read.get());
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, "receptive-load");
        reader.setDaemon(true);   // closing the window must not wait for it
        reader.start();
    }

    /** Completes (on the loading thread) once the test digits and the default model are read; starts the reading if need be. */
    public CompletableFuture<Loaded> loaded() {
        startReading();
        return loaded;
    }

    /** Whether {@link #loaded()} has completed, well or not. */
    public boolean isLoaded() {
        return loaded.isDone();
    }

    /** Where background work hands results back to the UI thread. */
    public Executor ui() {
        return ui;
    }

    public PresentationModel presentation() {
        return presentation;
    }

    public StepperViewModel stepper() {
        return stepper;
    }

    /** The Network view's model (waits for {@link #loaded()} if it is not there yet). */
    public NetworkViewModel network() {
        if (network == null) {
            Loaded l = loaded.join();
            network = new NetworkViewModel(l.model(), l.testDigits());
        }
        return network;
    }

    /** The Draw view's model, with its own copy of the model: fine-tuning it leaves the Network view's alone. */
    public DrawViewModel draw() {
        if (draw == null) {
            Loaded l = loaded.join();
            draw = new DrawViewModel(new NetworkViewModel(l.model(), l.testDigits()));
            remembered.attach(SettingsParts.brush(draw.brushWidthProperty(), DrawViewModel.MIN_BRUSH, DrawViewModel.MAX_BRUSH));
        }
        return draw;
    }

    /** "Teach it" in the Draw view. */
    public TeachModel teach() {
        if (teach == null) {
            teach = TeachModel.inApp(draw());
        }
        return teach;
    }

    public CortexLabModel cortex() {
        if (cortex == null) {
            cortex = new CortexLabModel();
        }
        return cortex;
    }

    /** The bundled lessons, with the progress kept in the person's home folder. */
    public LessonsViewModel lessons() {
        if (lessons == null) {
            lessons = new LessonsViewModel(BundledLessons.all(), LessonProgress.inHome());
        }
        return lessons;
    }

    public TrainingViewModel training() {
        if (training == null) {
            training = new TrainingViewModel(ui);
            remembered.attach(SettingsParts.studio(training.design(), training.settings()));
        }
        return training;
    }
}
