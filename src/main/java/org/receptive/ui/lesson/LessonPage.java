package org.receptive.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.receptive.lesson.Block;
import org.receptive.lesson.Lesson;

/**
 * One page of the reader: a lesson section with its prose, questions, exercises and live demos,
 * and a pointer to what comes next. Built afresh when the page turns; the live demos come from
 * {@code demos}, which keeps each one (with what the student did in it) for when they come back.
 */
final class LessonPage extends VBox {

    LessonPage(Lesson lesson, int sectionIndex, LessonsViewModel model, java.util.function.Function<Block.Widget, Node> demos,
               LessonFigures figures) {
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
            getChildren().add(block(b, model, demos, figures));
        }
        Label next = new Label(sectionIndex + 1 < lesson.sections().size()
                ? "Next: " + lesson.sections().get(sectionIndex + 1).title() + "  (Page Down)"
                : "End of the lesson. Page Down opens the next one.");
        next.getStyleClass().add("next-hint");
        getChildren().add(next);
    }

    private static Node block(Block b, LessonsViewModel model, java.util.function.Function<Block.Widget, Node> demos,
                              LessonFigures figures) {
        // Java 17 has no pattern switch over the sealed Block; the four cases are all of it.
        if (b instanceof Block.Question q) {
            return new QuestionCard(q, model, figures);
        } else if (b instanceof Block.Exercise e) {
            return new ExerciseCard(e, model);
        } else if (b instanceof Block.Widget w) {
            return demos.apply(w);
        }
        return MarkdownView.render(((Block.Text) b).markdown(), figures);
    }
}
