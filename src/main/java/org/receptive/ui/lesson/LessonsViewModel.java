package org.receptive.ui.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.receptive.lesson.Block;
import org.receptive.lesson.ExerciseChecker;
import org.receptive.lesson.Lesson;
import org.receptive.lesson.LessonPictures;
import org.receptive.lesson.LessonProgress;

/**
 * The Lessons view's state: the lesson list (bundled ones and files a teacher opened) with
 * progress, the open lesson and section (a page: PageUp/PageDown step through them, on into the
 * next lesson), which answers are revealed, and each exercise's last answer with its verdict.
 * A teacher's file is read and parsed on a background thread while {@link #readingProperty()}
 * says so (a pathological file may take a second); a file that is not a valid lesson sets
 * {@link #errorProperty()}; it never throws. No nodes.
 */
public final class LessonsViewModel {

    /** One lesson in the list: where it came from and the parsed lesson. */
    public record Entry(Lesson lesson, String source) {
    }

    /** What the student last typed into an exercise and how it was judged. */
    public record Attempt(String answer, ExerciseChecker.Check check) {
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readingText = new ReadOnlyStringWrapper("");
    private int pending;

    private final LessonProgress progress;
    private final ObservableList<Entry> lessons = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper lessonIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper sectionIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper answeredCount = new ReadOnlyIntegerWrapper(0);
    private final Map<Lesson, Map<String, BooleanProperty>> revealed = new IdentityHashMap<>();
    private final Map<Lesson, Map<String, ObjectProperty<Attempt>>> attempts = new IdentityHashMap<>();

    /** Reads teachers' files on a background thread and answers on the FX thread. */
    public LessonsViewModel(List<Lesson> bundled, LessonProgress progress) {
        this(bundled, progress, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lesson-reader");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    /** {@code background} reads and parses files; {@code ui} is where results are applied (the FX thread). */
    public LessonsViewModel(List<Lesson> bundled, LessonProgress progress, Executor background, Executor ui) {
        this.progress = progress;
        this.background = background;
        this.ui = ui;
        for (int i = 0; i < bundled.size(); i++) {
            lessons.add(new Entry(bundled.get(i), "bundled:" + i));
        }
    }

    /** Opens lesson {@code index} of the list at its first section. */
    public boolean open(int index) {
        if (index < 0 || index >= lessons.size()) {
            return false;
        }
        // Index before lesson: a listener on the lesson can then trust the index.
        lessonIndex.set(index);
        sectionIndex.set(0);
        lesson.set(lessons.get(index).lesson());
        return true;
    }

    public boolean nextLesson() {
        return open(lessonIndex.get() + 1);
    }

    public boolean previousLesson() {
        return open(lessonIndex.get() - 1);
    }

    /** The next section, or the first section of the next lesson (a presentation clicker's "next"). */
    public boolean nextSection() {
        Lesson l = lesson.get();
        if (l != null && sectionIndex.get() < l.sections().size() - 1) {
            sectionIndex.set(sectionIndex.get() + 1);
            return true;
        }
        return nextLesson();
    }

    /** The previous section, or the last section of the previous lesson. */
    public boolean previousSection() {
        if (sectionIndex.get() > 0) {
            sectionIndex.set(sectionIndex.get() - 1);
            return true;
        }
        if (previousLesson()) {
            sectionIndex.set(lesson.get().sections().size() - 1);
            return true;
        }
        return false;
    }

    /**
     * Where the open lesson's pictures come from: the app for a bundled lesson, the folder of its
     * file for a teacher's.
     */
    public LessonPictures pictures() {
        int i = lessonIndex.get();
        String source = i < 0 ? "bundled:" : lessons.get(i).source();
        return source.startsWith("bundled:") ? LessonPictures.bundled() : LessonPictures.beside(Path.of(source));
    }

    /** The open lesson's entry in the list (null before one opens), e.g. to keep what belongs to it. */
    public Entry entry() {
        int i = lessonIndex.get();
        return i < 0 ? null : lessons.get(i);
    }

    /** Whether the answer to a question of the open lesson is shown; the view binds to it. */
    public BooleanProperty revealedProperty(Block.Question q) {
        return revealed.computeIfAbsent(lesson.get(), l -> new HashMap<>())
                .computeIfAbsent(q.id(), id -> new SimpleBooleanProperty(false));
    }

    /** Shows a question's answer; a question whose answer was looked at counts as answered. */
    public void reveal(Block.Question q) {
        revealedProperty(q).set(true);
        markAnswered(q.id());
    }

    /** The last attempt at an exercise of the open lesson (null before the first). */
    public ObjectProperty<Attempt> attemptProperty(Block.Exercise e) {
        return attempts.computeIfAbsent(lesson.get(), l -> new HashMap<>())
                .computeIfAbsent(e.id(), id -> new SimpleObjectProperty<>());
    }

    /** Judges an answer with the engine; a right answer counts towards the lesson's progress. */
    public ExerciseChecker.Check answer(Block.Exercise e, String given) {
        ExerciseChecker.Check check = ExerciseChecker.check(e, given == null ? "" : given);
        attemptProperty(e).set(new Attempt(given, check));
        if (check.correct()) {
            markAnswered(e.id());
        }
        return check;
    }

    /**
     * Reads a teacher's lesson file on the background thread, then adds it to the list and opens
     * it; any problem goes to {@link #errorProperty()}. Returns at once.
     */
    public void openFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        pending++;
        reading.set(true);
        readingText.set("Reading " + name + "…");
        background.execute(() -> {
            LessonFile result = LessonFile.read(file, name);
            ui.execute(() -> {
                if (--pending == 0) {
                    reading.set(false);
                    readingText.set("");
                }
                if (result.error() != null) {
                    error.set(result.error());
                } else {
                    show(result.lesson(), file.toAbsolutePath().toString());
                }
            });
        });
    }

    private boolean show(Lesson parsed, String source) {
        error.set("");
        Entry entry = new Entry(parsed, source);
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).source().equals(source)) {
                lessons.set(i, entry);
                return open(i);
            }
        }
        lessons.add(entry);
        return open(lessons.size() - 1);
    }

    public void dismissError() {
        error.set("");
    }

    /** "3 of 8 answered" for a lesson in the list. */
    public String progressText(Entry e) {
        int[] p = progress.progress(e.lesson());
        return p[1] == 0 ? "nothing to answer" : p[0] + " of " + p[1] + " answered";
    }

    /** Whether every question and exercise of the lesson is answered. */
    public boolean complete(Entry e) {
        int[] p = progress.progress(e.lesson());
        return p[1] > 0 && p[0] >= p[1];
    }

    private void markAnswered(String id) {
        try {
            progress.markAnswered(lesson.get(), id);
        } catch (IOException e) {
            status.set("Your progress could not be saved (" + e.getMessage() + "); it is kept until you close the app.");
        }
        answeredCount.set(answeredCount.get() + 1);
    }

    public ObservableList<Entry> lessons() { return FXCollections.unmodifiableObservableList(lessons); }
    public ReadOnlyIntegerProperty lessonIndexProperty() { return lessonIndex.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty sectionIndexProperty() { return sectionIndex.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** True while a teacher's file is being read and parsed in the background. */
    public ReadOnlyBooleanProperty readingProperty() { return reading.getReadOnlyProperty(); }
    /** "Reading mine.md…" while {@link #readingProperty()} holds, else empty. */
    public ReadOnlyStringProperty readingTextProperty() { return readingText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Grows whenever something is answered, so the list can redraw its progress. */
    public ReadOnlyIntegerProperty answeredCountProperty() { return answeredCount.getReadOnlyProperty(); }
}
