package org.receptive.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.receptive.lesson.Block;
import org.receptive.lesson.Lesson;

/**
 * One page of the reader: a lesson section with its prose, questions, exercises and live demos,
 * and a pointer to what comes next. Built afresh when the page turns, so only the demos of the
 * page on screen are alive.
 */
final class LessonPage extends VBox {

    LessonPage(Lesson lesson, int sectionIndex, LessonsViewModel model, WidgetRegistry widgets) {
        super(18);
        getStyleClass().add("lesson-page");
        Lesson.Section section = lesson.sections().get(sectionIndex);
        if (!section.title().isEmpty()) {
            Label title = new Label(section.title());
            title.setId("sectionTitle");
            title.getStyleClass().add("section-title");
            title.setWrapText(true);
            getChildren().add(title);
        }
        for (Block b : section.blocks()) {
            getChildren().add(block(b, model, widgets));
        }
        Label next = new Label(sectionIndex + 1 < lesson.sections().size()
                ? "Next: " + lesson.sections().get(sectionIndex + 1).title() + "  (Page Down)"
                : "End of the lesson. Page Down opens the next one.");
        next.getStyleClass().add("next-hint");
        getChildren().add(next);
    }

    private static Node block(Block b, LessonsViewModel model, WidgetRegistry widgets) {
        // Java 17 has no pattern switch over the sealed Block; the four cases are all of it.
        if (b instanceof Block.Question q) {
            return new QuestionCard(q, model);
        } else if (b instanceof Block.Exercise e) {
            return new ExerciseCard(e, model);
        } else if (b instanceof Block.Widget w) {
            return widgets.card(w);
        }
        return MarkdownView.render(((Block.Text) b).markdown());
    }
}
