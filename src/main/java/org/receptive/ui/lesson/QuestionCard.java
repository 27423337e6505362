package org.receptive.ui.lesson;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.receptive.lesson.Block;

/** An [action] question, with its [solution] hidden behind a "Show answer" button. */
final class QuestionCard extends VBox {

    QuestionCard(Block.Question q, LessonsViewModel model, LessonFigures figures) {
        super(10);
        getStyleClass().addAll("card", "lesson-card", "question-card");
        Label kind = new Label("Question");
        kind.getStyleClass().add("card-kind");
        getChildren().addAll(kind, MarkdownView.render(q.action(), figures));
        if (q.solution() == null) {
            Label open = new Label("An open question for the class: there is no set answer.");
            open.getStyleClass().add("card-note");
            getChildren().add(open);
            return;
        }
        BooleanProperty revealed = model.revealedProperty(q);
        Button show = new Button("Show answer");
        show.setId("reveal-" + q.id());
        show.getStyleClass().add("reveal-button");
        show.setTooltip(new Tooltip("Think first, then show the answer"));
        show.setOnAction(e -> model.reveal(q));
        VBox answer = new VBox(6);
        answer.setId("solution-" + q.id());
        answer.getStyleClass().add("solution");
        Label title = new Label("Answer");
        title.getStyleClass().add("card-kind");
        answer.getChildren().addAll(title, MarkdownView.render(q.solution(), figures));
        // Hidden nodes are also unmanaged, so the answer takes no room until it is shown.
        answer.visibleProperty().bind(revealed);
        answer.managedProperty().bind(revealed);
        show.visibleProperty().bind(revealed.not());
        show.managedProperty().bind(revealed.not());
        getChildren().addAll(show, answer);
    }
}
