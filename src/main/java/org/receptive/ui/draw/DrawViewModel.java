package org.receptive.ui.draw;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.receptive.data.DigitPreprocessor;
import org.receptive.data.Drawing;
import org.receptive.data.PictureFile;
import org.receptive.data.PreprocessedDigit;
import org.receptive.ui.common.Rect;
import org.receptive.ui.network.NetworkViewModel;

/**
 * The Draw view's state: the strokes on the pad (or an opened picture), every preprocessing stage,
 * the network's answer, and through the shared {@link NetworkViewModel} every layer's feature
 * maps and the selected neuron's receptive field, also carried back onto the drawing. While a
 * stroke is drawn the answer is refreshed at most every {@link #LIVE_INTERVAL_NANOS}; the view
 * calls {@link #pulse} on each frame. No nodes: tested without a window.
 */
public final class DrawViewModel {

    /** Side of the pad in drawing pixels (the canvas on screen scales; strokes are kept in these). */
    public static final int PAD = 280;
    /** At most one answer per 100 ms while drawing: 10 answers a second look live. */
    static final long LIVE_INTERVAL_NANOS = 100_000_000L;
    /**
     * The feature maps follow less often while the pen is down: redrawing all of them is what
     * made the pad stutter (frame p99 60–80 ms when every answer redrew them); the answer alone
     * is a fraction of a millisecond. When the pen lifts, everything is brought up to date.
     */
    static final long LIVE_MAPS_INTERVAL_NANOS = 500_000_000L;
    private long lastMaps = Long.MIN_VALUE / 2;
    private boolean mapsBehind;
    public static final double MIN_BRUSH = 6, MAX_BRUSH = 40, DEFAULT_BRUSH = 18;

    private final NetworkViewModel network;
    private final Drawing drawing = new Drawing(PAD, PAD);
    private final DoubleProperty brushWidth = new SimpleDoubleProperty(DEFAULT_BRUSH);
    private final BooleanProperty eraser = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper strokesChanged = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Answer> answer;
    private final ReadOnlyObjectWrapper<PreprocessedDigit> preprocessed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PictureFile.Picture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rect> fieldOnSource = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper lastMillis = new ReadOnlyDoubleWrapper(0);
    private String pictureName = "";
    private boolean strokesUnderPicture;
    private boolean dirty;
    private long lastRun = Long.MIN_VALUE / 2;

    public DrawViewModel(NetworkViewModel network) {
        this.network = network;
        this.answer = new ReadOnlyObjectWrapper<>(Answer.none(network.network().classes()));
        brushWidth.addListener((o, was, now) -> {
            double w = Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, now.doubleValue()));
            if (w != now.doubleValue()) {
                brushWidth.set(w);
            }
        });
        network.fieldsProperty().addListener((o, was, now) -> updateFieldOnSource());
        classifyNow();
    }

    /** Presses the brush (or eraser) at (x, y) in pad pixels. */
    public void beginStroke(double x, double y) {
        dropPicture();
        drawing.begin(x, y, brushWidth.get(), eraser.get());
        dirty = true;
    }

    public void extendStroke(double x, double y) {
        drawing.extend(x, y);
        dirty = true;
    }

    /** Lifts the pen: the stroke becomes one undoable step and is answered at once. */
    public void endStroke() {
        drawing.end();
        historyChanged();
    }

    /** Whether the feature maps show an older state of the pad than the answer (while drawing). */
    boolean mapsBehind() {
        return mapsBehind;
    }

    public void clear() {
        dropPicture();
        drawing.clear();
        historyChanged();
    }

    public void undo() {
        // Opening a picture cleared the strokes (one undoable step): undoing both brings them back.
        boolean hadStrokes = strokesUnderPicture;
        if (!dropPicture() || hadStrokes) {
            drawing.undo();
        }
        historyChanged();
    }

    public void redo() {
        dropPicture();
        drawing.redo();
        historyChanged();
    }

    /** Called every frame: classifies when the drawing changed and the last answer is old enough. */
    public void pulse(long nowNanos) {
        if (dirty && nowNanos - lastRun >= LIVE_INTERVAL_NANOS) {
            lastRun = nowNanos;
            if (nowNanos - lastMaps >= LIVE_MAPS_INTERVAL_NANOS) {
                lastMaps = nowNanos;
                classifyNow();
            } else {
                answerOnly();
            }
        }
    }

    /** The answer and the preprocessing for what is on the pad, leaving the feature maps as they are. */
    private void answerOnly() {
        dirty = false;
        PreprocessedDigit p = DigitPreprocessor.process(drawing.render(), PAD, PAD);
        preprocessed.set(p);
        // The maps are copies taken at their last update, so running the engine here leaves them be.
        answer.set(p.isEmpty() ? Answer.none(network.network().classes())
                : Answer.of(p, network.network().forward(p.pixels()), network.network().logits()));
        updateFieldOnSource();
        mapsBehind = true;
    }

    /** Preprocesses what is on the pad and runs the network on it, with every layer's activations. */
    public void classifyNow() {
        dirty = false;
        mapsBehind = false;
        long t0 = System.nanoTime();
        PictureFile.Picture shown = picture.get();
        PreprocessedDigit p = shown != null ? DigitPreprocessor.process(shown)
                : DigitPreprocessor.process(drawing.render(), PAD, PAD);
        network.showInput(p.pixels());
        float[] logits = network.network().logits();
        // With a view open this includes redrawing every feature map (the stages' listeners run here).
        lastMillis.set((System.nanoTime() - t0) / 1e6);
        preprocessed.set(p);
        answer.set(p.isEmpty() ? Answer.none(network.network().classes())
                : Answer.of(p, network.predictionProperty().get().probabilities(), logits));
        updateFieldOnSource();
    }

    /**
     * Opens a picture file and classifies it like a drawing, read exactly as the command line's
     * {@code classify} reads it ({@link PictureFile}); a file that is no picture is explained.
     */
    public boolean openPicture(java.nio.file.Path file) {
        PictureFile.Picture image;
        try {
            image = PictureFile.read(file);
        } catch (PictureFile.PictureException e) {
            message.set(e.getMessage());
            return false;
        }
        showPicture(image, file.getFileName().toString());
        if (!hasDigit()) {
            message.set("I cannot find a digit in " + pictureName + ": it looks like an empty page.");
        }
        return true;
    }

    /** Shows a picture (e.g. an opened file) in place of the strokes; undo brings the strokes back. */
    void showPicture(PictureFile.Picture image, String name) {
        dropPicture();
        strokesUnderPicture = !drawing.strokes().isEmpty();
        drawing.clear();
        picture.set(image);
        pictureName = name;
        historyChanged();
    }

    /** Removes a shown picture; true if there was one. */
    private boolean dropPicture() {
        if (picture.get() == null) {
            return false;
        }
        picture.set(null);
        pictureName = "";
        strokesUnderPicture = false;
        return true;
    }

    private void historyChanged() {
        canUndo.set(drawing.canUndo() || picture.get() != null);
        canRedo.set(drawing.canRedo() && picture.get() == null);
        strokesChanged.set(strokesChanged.get() + 1);
        message.set("");
        classifyNow();
    }

    private void updateFieldOnSource() {
        Map<Integer, Rect> fields = network.fieldsProperty().get();
        fieldOnSource.set(FieldOnSource.map(fields.get(0), preprocessed.get()));
    }

    void setMessage(String text) {
        message.set(text);
    }

    /** The strokes on the pad, oldest first (the one being drawn is not among them). */
    public java.util.List<Drawing.Stroke> strokes() {
        return drawing.strokes();
    }

    /** Whether the pad (or the opened picture) holds ink enough to be a digit. */
    public boolean hasDigit() {
        return !answer.get().empty();
    }

    /** Name of the shown picture file, or "" while the strokes are shown. */
    String pictureName() {
        return pictureName;
    }

    public NetworkViewModel networkModel() { return network; }
    public DoubleProperty brushWidthProperty() { return brushWidth; }
    public BooleanProperty eraserProperty() { return eraser; }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** Changes whenever the finished strokes change (not while one is being drawn): redraw them all. */
    public ReadOnlyIntegerProperty strokesChangedProperty() { return strokesChanged.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Answer> answerProperty() { return answer.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PreprocessedDigit> preprocessedProperty() { return preprocessed.getReadOnlyProperty(); }
    /** The opened picture as the network's preprocessing reads it (grey levels), or null while the strokes are shown. */
    public ReadOnlyObjectProperty<PictureFile.Picture> pictureProperty() { return picture.getReadOnlyProperty(); }
    /** The selected neuron's receptive field on the drawing or picture, in its pixels; null if none. */
    public ReadOnlyObjectProperty<Rect> fieldOnSourceProperty() { return fieldOnSource.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** How long the last drawing → preprocessing → prediction with all activations took. */
    public ReadOnlyDoubleProperty lastMillisProperty() { return lastMillis.getReadOnlyProperty(); }
}
