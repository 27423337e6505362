package org.receptive.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every key the demo harness reads, with what it takes and what it does: the one place they are
 * written down ({@code Demo --keys} prints this list). A script is {@code key=value} parts
 * separated by ';', e.g. {@code view=network;digit=0;select=3,10,6,8}. Numbers of lessons,
 * sections, questions and exercises count from 1; stages, maps, rows and columns from 0, and
 * stage 0 is the input.
 */
public enum DemoKey {

    // The window
    VIEW(Area.WINDOW, "NAME", "open view NAME: stepper, network, draw, train, lessons or cortex (its button is pressed)"),
    ZOOM(Area.WINDOW, "1.0–2.5", "classroom zoom"),
    SCROLLTO(Area.WINDOW, "ID", "scroll the column that holds the node with id ID until its top is in sight (e.g. neuronPanel)"),
    PRESENT(Area.WINDOW, "", "presentation mode: full screen without the header or editing controls"),
    CONTRAST(Area.WINDOW, "", "high contrast"),
    WINDOW(Area.WINDOW, "W,H", "the window's size in pixels (a projector's screen, e.g. 1920,1080: under Xvfb there is no window "
            + "manager to make 'present' full screen)"),
    KEYS(Area.WINDOW, "", "show the list of keys (the \"?\" overlay)"),
    FOCUS(Area.WINDOW, "ID", "give the keyboard focus to the node with this id (e.g. featureMap-1-3, eraser), to see its focus ring"),
    RESETSETTINGS(Area.WINDOW, "", "choose Reset settings in the header's Settings menu (⚙): a note with Undo says so"),
    STARTUP(Area.WINDOW, "", "print the milliseconds from the JVM's start to the first frame of the first view, and to the test "
            + "digits and default model being read; then quit"),
    FRAMES(Area.WINDOW, "N", "from 5 s on, measure N frame gaps and print their median, p99 and maximum ('frame times: …')"),
    LATEFRAMES(Area.WINDOW, "", "print every frame over 100 ms, and where the UI thread was when one is 300 ms late"),
    // Stepper
    SETUP(Area.STEPPER, "C,H,W,K,S,P,T,D", "channels, height, width, kernels, kernel size, padding, stride, dilation"),
    INPUT(Area.STEPPER, "digit:I or PATTERN,…", "MNIST test digit I, or an input pattern per channel (VERTICAL_BAR, CROSS, …)"),
    KERNEL(Area.STEPPER, "N:PRESET", "kernel N becomes a preset (SOBEL_X, LAPLACIAN, SHARPEN, …)"),
    TYPEWEIGHT(Area.STEPPER, "C,Y,X:TEXT", "type TEXT in the kernel's weight field (channel C, row Y, column X), without Enter:"
            + " text that is not a number is marked"),
    AT(Area.STEPPER, "I", "jump to position I of the sweep"),
    PLAY(Area.STEPPER, "R", "play at R steps a second"),
    MODE(Area.STEPPER, "forward|backward|learn", "the Stepper's mode: the sweep, its backward pass, or the learn-a-kernel lab"),
    GRADIENT(Area.STEPPER, "PRESET|frozen|zero|ones|network:DIGIT:GROUP",
            "where Backward's dL/dY comes from: a preset's target map, a frozen or zero target, all ones, or the default "
                    + "network's real gradient"),
    RATE(Area.STEPPER, "R", "Backward's learning rate"),
    SGD(Area.STEPPER, "N", "take N steps of gradient descent in Backward"),
    LABBATCH(Area.STEPPER, "N", "the lab learns from N pictures"),
    LABTARGET(Area.STEPPER, "PRESET", "the kernel the lab learns"),
    LABKERNEL(Area.STEPPER, "3|5", "the lab's kernel size"),
    LABSTART(Area.STEPPER, "random|zero", "start the lab again from random or zero weights"),
    LABUPDATES(Area.STEPPER, "N", "make N updates in the lab at once"),
    LABSPEED(Area.STEPPER, "N", "the lab's updates a second"),
    LEARN(Area.STEPPER, "", "set the lab learning"),
    LABREPORT(Area.STEPPER, "S", "from 5 s on, print the updates the lab made in S seconds of wall clock"),
    CPUFRAMES(Area.WINDOW, "N", "from 5 s on, print the CPU time the UI thread and the renderer spent per frame over N frames"),
    // Network
    DIGIT(Area.NETWORK, "I", "show MNIST test digit I"),
    SELECT(Area.NETWORK, "S,M,R,C", "select the neuron of stage S, map M, row R, column C (and see what it looks for, on the left)"),
    CLASSIMAGES(Area.NETWORK, "", "press Ten class images under “What is this neuron looking for?”"),
    // Draw
    DRAW(Area.DRAW, "I", "draw MNIST test digit I as pen strokes"),
    DRAWSELECT(Area.DRAW, "S,M,R,C", "select a neuron of the drawing's stages (numbered as in select)"),
    PICTURE(Area.DRAW, "PATH", "open a picture file on the pad, as its Open picture button does"),
    STROKES(Area.DRAW, "X,Y,X,Y…|X,Y…", "clear the pad and draw pen strokes through these points (pad pixels, 0–280), "
            + "strokes split by '|'; e.g. a continental 1: 45,125,165,40|165,40,152,236|132,236,172,236"),
    WHY(Area.DRAW, "occlusion|gradient|gradcam", "press Why? (in the Draw or the Network view) and the method's button"),
    WHYFOR(Area.DRAW, "D", "in Why?, ask about digit D instead of the network's answer"),
    WHYNOT(Area.DRAW, "D", "in Why?, pick “and not D”"),
    SCRIBBLE(Area.DRAW, "S", "from 5 s on, draw loops on the pad one point a frame for S seconds, a new stroke every second"),
    // Lessons
    LESSON(Area.LESSONS, "N", "open lesson N"),
    LESSONFILE(Area.LESSONS, "PATH", "open a teacher's lesson file, as its Open a lesson file button does"),
    SECTION(Area.LESSONS, "N", "go to section N"),
    REVEAL(Area.LESSONS, "N", "reveal question N, turning to its section (marks progress like a student)"),
    ANSWER(Area.LESSONS, "N,TEXT", "answer exercise N with TEXT (marks progress like a student)"),
    DEMO(Area.LESSONS, "N[,SHARE]", "scroll so the page's live demo N starts SHARE (0.45 if not given) of the way down the reader, "
            + "with what is above it (a picture) in sight"),
    // Cortex lab
    ANGLE(Area.CORTEX, "DEGREES", "turn the stimulus"),
    STIMULUS(Area.CORTEX, "bar|cross|grating|edge|digit", "what the visual field shows"),
    NEURON(Area.CORTEX, "K,R,C", "pick the neuron of orientation K (0–3: 0°, 45°, 90°, 135°), row R, column C"),
    UNIT(Area.CORTEX, "N", "select second-layer unit N"),
    MOVE(Area.CORTEX, "R,C", "move the stimulus centre to visual-field cell (R, C)"),
    FIELDS(Area.CORTEX, "0|1", "show the picked neuron's neighbours' fields"),
    ALLFIELDS(Area.CORTEX, "0|1", "show every field of one orientation"),
    KERNELS(Area.CORTEX, "preset|learned", "hand-made line kernels, or the trained model's most orientation-selective ones"),
    CORTEXDIGIT(Area.CORTEX, "I", "MNIST test digit I as the stimulus (with stimulus=digit)"),
    // Training studio (any of these opens it)
    TRAIN(Area.STUDIO, "S", "press Start (a Tiny run of 5 epochs unless told otherwise) and Pause after S seconds of training, "
            + "printing the speed, the frame times and the UI thread's time per view update"),
    WAIT(Area.STUDIO, "S", "seconds between the studio's first frame and Start (2 unless given)"),
    RUNS(Area.STUDIO, "N", "N runs in a row, each after a Reset: the later ones start with a warm JIT"),
    PRESET(Area.STUDIO, "0|1|2", "Tiny, LeNet-like or the default model's design"),
    EPOCHS(Area.STUDIO, "N", "epochs to train"),
    LIMIT(Area.STUDIO, "N", "train on the first N images only"),
    THREADS(Area.STUDIO, "N", "worker threads"),
    MEASURE(Area.STUDIO, "S", "frame times over S seconds without training, as a baseline"),
    MAPS(Area.STUDIO, "", "the feature-map tab"),
    LOADDEFAULT(Area.STUDIO, "", "press Default model: it is made in the background, the bar running and Start waiting meanwhile"),
    FIELD(Area.STUDIO, "S,M,R,C", "select a neuron on the feature-map tab (numbered as in select)"),
    LOOKSFOR(Area.STUDIO, "S,M,R,C", "once paused (before scrub), select a neuron on the feature-map tab and scroll to what it looks for"),
    CHANGE(Area.STUDIO, "", "show the kernels minus step 0"),
    BESIDE(Area.STUDIO, "", "draw step 0 beside the first layer's kernels"),
    OVERLAY(Area.STUDIO, "", "the frame-time overlay (F3)"),
    SCRUB(Area.STUDIO, "I", "once paused, drag the timeline back to snapshot I"),
    RESULTS(Area.STUDIO, "", "once paused, score the whole test set on the results tab"),
    SURGERY(Area.STUDIO, "K", "once paused, stop, then zero first-layer kernel K"),
    EVERY(Area.STUDIO, "S", "while training, print the frame times and the heap every S seconds, each over the S seconds before (a soak)");

    /** Which part of the app a key drives. */
    public enum Area {
        WINDOW("the window"), STEPPER("Stepper"), NETWORK("Network"), DRAW("Draw"), LESSONS("Lessons"), CORTEX("Cortex lab"),
        STUDIO("training studio");

        private final String title;

        Area(String title) {
            this.title = title;
        }
    }

    private final Area area;
    private final String takes;
    private final String does;

    DemoKey(Area area, String takes, String does) {
        this.area = area;
        this.takes = takes;
        this.does = does;
    }

    /** The key as written in a script. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Area area() {
        return area;
    }

    /** Whether the key takes a value after '='. */
    public boolean takesValue() {
        return !takes.isEmpty();
    }

    /** What the key does, in a sentence. */
    public String help() {
        return does;
    }

    public static Optional<DemoKey> named(String word) {
        return Arrays.stream(values()).filter(k -> k.word().equals(word.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Every key, area by area, as {@code Demo --keys} prints it. */
    public static String table() {
        return Arrays.stream(Area.values()).map(a -> a.title + ":\n" + Arrays.stream(values()).filter(k -> k.area == a)
                .map(k -> String.format(Locale.ROOT, "  %-26s %s", k.word() + (k.takesValue() ? "=" + k.takes : ""), k.does))
                .collect(Collectors.joining("\n"))).collect(Collectors.joining("\n"));
    }
}
