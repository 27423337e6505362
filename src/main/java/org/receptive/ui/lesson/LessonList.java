package org.receptive.ui.lesson;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The lesson list: each lesson's title and how much of it is answered, in words and a tick. */
final class LessonList extends ListView<LessonsViewModel.Entry> {

    LessonList(LessonsViewModel model) {
        super(model.lessons());
        setId("lessonList");
        getStyleClass().add("lesson-list");
        setCellFactory(v -> new ListCell<>() {
            private final Label title = new Label();
            private final Label progress = new Label();
            private final VBox box = new VBox(2, title, progress);

            {
                title.getStyleClass().add("lesson-list-title");
                title.setWrapText(true);
                title.maxWidthProperty().bind(LessonList.this.widthProperty().subtract(40));
                progress.getStyleClass().add("lesson-list-progress");
            }

            @Override
            protected void updateItem(LessonsViewModel.Entry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                boolean own = !e.source().startsWith("bundled:");
                title.setText(e.lesson().title() + (own ? "  (your file)" : ""));
                boolean done = model.complete(e);
                String text = model.progressText(e);
                progress.setText((done ? "✓ " : "") + text);
                progress.getStyleClass().remove("done");
                if (done) {
                    progress.getStyleClass().add("done");
                }
                setGraphic(box);
                setAccessibleText(title.getText() + ", " + text);
            }
        });
        model.answeredCountProperty().addListener((o, was, now) -> refresh());
        getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != model.lessonIndexProperty().get()) {
                model.open(now.intValue());
            }
        });
        model.lessonIndexProperty().addListener((o, was, now) -> getSelectionModel().select(now.intValue()));
    }
}
