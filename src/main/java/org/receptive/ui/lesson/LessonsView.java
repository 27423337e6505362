package org.receptive.ui.lesson;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.receptive.lesson.Lesson;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.LiveScrollPane;
import org.receptive.ui.common.WorkingSign;

/**
 * The Lessons view: the lesson list with progress on the left, the reader on the right showing
 * one section at a time (Page Up / Page Down, or the buttons, turn the page and run on into the
 * next lesson, as a presentation clicker expects). A teacher's own lesson file opens from the
 * button or by dropping it anywhere on the view; a bad file shows the parser's message, with its
 * line, above the reader. All state lives in {@link LessonsViewModel}.
 */
public final class LessonsView extends BorderPane implements org.receptive.ui.common.Presentable {

    static final double READING_WIDTH = 1100;

    private final LessonsViewModel model;
    private final LiveDemos demos;
    /** The decoded pictures of the lessons opened, the most recent few (see FIGURES_KEPT). */
    private final java.util.Map<LessonsViewModel.Entry, LessonFigures> figures = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<LessonsViewModel.Entry, LessonFigures> eldest) {
            return size() > FIGURES_KEPT;
        }
    };
    static final int FIGURES_KEPT = 8;
    private final ScrollPane scroll = new LiveScrollPane();
    private final Label lessonTitle = new Label();
    private final Label position = new Label();

    private javafx.scene.Node sidebar;
    private boolean presenting, narrow;

    /**
     * Narrower than this (the view's own units: zoomed in) the lesson list steps aside, as when
     * presenting, and the page takes the whole width; the smallest window at 100% still has both.
     */
    static final double LIST_BESIDE_WIDTH = org.receptive.ui.classroom.ZoomPane.LAYOUT_FLOOR_WIDTH;
    /**
     * As narrow and as short as the view reflows zoomed in (250% of a 1400×900 window): a page's
     * text wraps there, never scrolls sideways; the page scrolls inside it, and the page buttons
     * under it stay in sight.
     */
    static final double NARROWEST = org.receptive.ui.classroom.ZoomPane.SMALL_WINDOW_WIDTH,
            SHORTEST = org.receptive.ui.classroom.ZoomPane.SMALL_WINDOW_HEIGHT;

    /**
     * The reader's least width: the list beside it steps aside when there is no room for it, so it
     * asks for none (counted, it kept a zoomed-in view from ever getting narrow enough to lose it).
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + (getCenter() == null ? 0 : getCenter().minWidth(height));
    }

    /** Presenting shows the page alone: the lesson list steps aside (Page Up/Down still turn pages). */
    @Override
    public void setPresenting(boolean presenting) {
        this.presenting = presenting;
        placeList();
    }

    /** The list shows beside the page unless presenting or zoomed in past {@link #LIST_BESIDE_WIDTH}; the nav's lesson buttons stay. */
    private void placeList() {
        javafx.scene.Node want = presenting || narrow ? null : sidebar;
        if (getLeft() != want) {
            setLeft(want);
        }
    }

    public LessonsView(LessonsViewModel model, WidgetRegistry widgets) {
        this.model = model;
        this.demos = new LiveDemos(widgets);
        getStyleClass().add("lesson-view");
        getStylesheets().add(LessonsView.class.getResource("/org/receptive/ui/lesson/lessons.css").toExternalForm());
        createView();
        init();
        if (model.lessonProperty().get() == null) {
            model.open(0);
        } else {
            showPage();
        }
    }

    private void createView() {
        Label listTitle = new Label("Lessons");
        listTitle.getStyleClass().add("panel-title");
        LessonList list = new LessonList(model);
        VBox.setVgrow(list, Priority.ALWAYS);
        Button open = new Button("Open a lesson file…");
        open.setId("openLessonFile");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setTooltip(new Tooltip("Open your own lesson written in Markdown (see docs/LESSON-FORMAT.md)"));
        open.setOnAction(e -> chooseFile());
        Label drop = new Label("…or drop a lesson file (.md) anywhere here.");
        drop.getStyleClass().add("hint");
        drop.setWrapText(true);
        drop.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(10, listTitle, list, open, drop);
        left.getStyleClass().add("lesson-sidebar");
        left.setPrefWidth(290);
        setLeft(left);
        sidebar = left;

        Label error = new Label();
        error.setId("lessonError");
        error.getStyleClass().add("lesson-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("Dismiss");
        dismiss.setTooltip(new Tooltip("Hide this message"));
        dismiss.setOnAction(e -> model.dismissError());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);        // a long message must not squeeze it to "…"
        HBox errorBar = new HBox(12, error, dismiss);
        errorBar.setId("lessonErrorBar");
        errorBar.getStyleClass().add("error-bar");
        errorBar.setAlignment(Pos.CENTER_LEFT);
        errorBar.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorBar.managedProperty().bind(errorBar.visibleProperty());

        Label status = new Label();
        status.getStyleClass().add("lesson-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(model.statusProperty().isNotEmpty());

        lessonTitle.setId("lessonTitle");
        lessonTitle.getStyleClass().add("lesson-title");
        lessonTitle.setWrapText(true);
        // A teacher's file is read in the background; this says so while it lasts.
        WorkingSign spinner = new WorkingSign();
        Label readingText = new Label();
        readingText.textProperty().bind(model.readingTextProperty());
        HBox working = new HBox(8, spinner, readingText);
        working.setId("lessonReading");
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.readingProperty());
        working.managedProperty().bind(working.visibleProperty());
        open.disableProperty().bind(model.readingProperty());

        VBox top = new VBox(6, working, errorBar, status, lessonTitle);
        top.getStyleClass().add("reader-top");

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Button previous = Controls.button("previousSection", "◀ Previous", "Previous section (Page Up or ←)");
        previous.setOnAction(e -> model.previousSection());
        Button next = Controls.button("nextSection", "Next ▶", "Next section, then the next lesson (Page Down or →)");
        next.setOnAction(e -> model.nextSection());
        Button previousLesson = Controls.button("previousLesson", "◀◀ Previous lesson", "Go to the previous lesson");
        previousLesson.setOnAction(e -> model.previousLesson());
        Button nextLesson = Controls.button("nextLesson", "Next lesson ▶▶", "Go to the next lesson");
        nextLesson.setOnAction(e -> model.nextLesson());
        position.setId("pagePosition");
        position.getStyleClass().add("page-position");
        // Zoomed in, the page buttons and the lesson buttons wrap onto two rows rather than
        // shrink to "…": each keeps its whole label.
        for (Region r : new Region[] {previous, position, next, previousLesson, nextLesson}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox pages = new HBox(10, previous, position, next);
        pages.setAlignment(Pos.CENTER_LEFT);
        HBox lessons = new HBox(10, previousLesson, nextLesson);
        lessons.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane nav = new javafx.scene.layout.FlowPane(32, 8, pages, lessons);
        nav.getStyleClass().add("reader-nav");
        nav.setAlignment(Pos.CENTER_LEFT);

        BorderPane reader = new BorderPane(scroll, top, null, nav, null);
        reader.getStyleClass().add("reader");
        setCenter(reader);
    }

    private void init() {
        org.receptive.ui.classroom.ZoomPane.reflowsDownTo(this, NARROWEST, SHORTEST);
        widthProperty().addListener((o, was, now) -> {
            narrow = now.doubleValue() > 0 && now.doubleValue() < LIST_BESIDE_WIDTH;
            placeList();
        });
        model.lessonProperty().addListener((o, was, now) -> showPage());
        model.sectionIndexProperty().addListener((o, was, now) -> showPage());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // A clicker sends Page Up/Down or the arrows; the arrows stay with a focused widget,
            // text field or slider that uses them.
            boolean arrow = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT;
            if (arrow && (e.isShortcutDown() || e.isAltDown() || keepsArrows(getScene() == null ? null : getScene().getFocusOwner()))) {
                return;
            }
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                model.nextSection();
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                model.previousSection();
            } else {
                return;
            }
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** Opens a teacher's lesson file, as the file chooser and a drop do. */
    void open(Path file) {
        model.openFile(file);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a lesson");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Lessons (*.md, *.markdown, *.txt)", "*.md", "*.markdown", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void showPage() {
        Lesson lesson = model.lessonProperty().get();
        if (lesson == null) {
            return;
        }
        int s = model.sectionIndexProperty().get();
        lessonTitle.setText(lesson.title());
        position.setText("Section " + (s + 1) + " of " + lesson.sections().size());
        LessonFigures pictures = figures.computeIfAbsent(model.entry(), e -> new LessonFigures(model.pictures()));
        LessonPage page = new LessonPage(lesson, s, model, demos::card, pictures);
        page.setMaxWidth(READING_WIDTH);
        Controls.keepLabelsWhole(page);
        StackPane column = new StackPane(page);
        column.setAlignment(Pos.TOP_LEFT);
        column.getStyleClass().add("reader-column");
        scroll.setContent(column);
        demos.pageShown();
        scroll.setVvalue(0);
        // Keep the keys on the page (a demo on it may ask for the focus when it appears).
        Platform.runLater(() -> {
            if (getScene() != null && (getScene().getFocusOwner() == null || !isInside(getScene().getFocusOwner()))) {
                scroll.requestFocus();
            }
        });
    }

    /** True when the focus is on something that answers ← and → itself: a live widget, a text, a slider, a spinner. */
    private boolean keepsArrows(javafx.scene.Node focus) {
        for (javafx.scene.Node p = focus; p != null && p != this; p = p.getParent()) {
            if (p instanceof javafx.scene.control.TextInputControl || p instanceof javafx.scene.control.Slider
                    || p instanceof javafx.scene.control.Spinner || p instanceof javafx.scene.control.ComboBoxBase
                    || p.getStyleClass().contains("widget-card")) {
                return true;
            }
        }
        return false;
    }

    private boolean isInside(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }
}
