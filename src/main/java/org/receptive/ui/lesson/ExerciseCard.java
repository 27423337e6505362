package org.receptive.ui.lesson;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.receptive.engine.Magnitude;
import org.receptive.lesson.Block;
import org.receptive.lesson.ExerciseChecker;
import org.receptive.lesson.ExerciseKind;
import org.receptive.ui.common.ColorLegend;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;

/**
 * A checked exercise: the question in words, the numbers or feature map it is about, an answer
 * field (or one button per choice) and the engine's verdict, always in words with ✓ or ✗, never
 * colour alone.
 */
final class ExerciseCard extends VBox {

    private final Block.Exercise exercise;
    private final LessonsViewModel model;
    private final TextField answer = new TextField();
    private final Label verdict = new Label();
    /**
     * Held by the card and given to the model weakly: the model keeps every attempt for the whole
     * session, and a strong listener kept each card built for a page (and the page with it) alive
     * after the page was turned.
     */
    private final ChangeListener<LessonsViewModel.Attempt> onAttempt = (o, was, now) -> show(now);

    ExerciseCard(Block.Exercise exercise, LessonsViewModel model) {
        super(10);
        this.exercise = exercise;
        this.model = model;
        getStyleClass().addAll("card", "lesson-card", "exercise-card");
        createView();
    }

    private void createView() {
        Label kind = new Label("Exercise, checked by the engine");
        kind.getStyleClass().add("card-kind");
        Label question = new Label(ExercisePrompt.question(exercise));
        question.getStyleClass().add("exercise-question");
        question.setWrapText(true);
        getChildren().addAll(kind, question);
        Node figure = figure();
        if (figure != null) {
            getChildren().add(figure);
        }
        verdict.setId("verdict-" + exercise.id());
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        if (exercise.kind() == ExerciseKind.WHICH_KERNEL) {
            FlowPane choices = new FlowPane(8, 8);
            int i = 0;
            for (String choice : ExerciseChecker.choices(exercise)) {
                Button b = new Button(choice);
                b.setId("choice-" + exercise.id() + "-" + i++);
                b.setTooltip(new Tooltip("Answer: " + choice));
                b.setOnAction(e -> model.answer(exercise, choice));
                choices.getChildren().add(b);
            }
            getChildren().add(choices);
        } else {
            answer.setId("answer-" + exercise.id());
            answer.setPrefColumnCount(18);
            answer.setPromptText(ExercisePrompt.example(exercise));
            answer.setTooltip(new Tooltip(ExercisePrompt.example(exercise) + " Press Enter to check."));
            answer.setOnAction(e -> model.answer(exercise, answer.getText()));
            Button check = new Button("Check");
            check.setId("check-" + exercise.id());
            check.setDefaultButton(false);
            check.setTooltip(new Tooltip("Check your answer against the engine"));
            check.setOnAction(e -> model.answer(exercise, answer.getText()));
            HBox row = new HBox(10, answer, check);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        getChildren().add(verdict);
        model.attemptProperty(exercise).addListener(new WeakChangeListener<>(onAttempt));
        show(model.attemptProperty(exercise).get());
    }

    private void show(LessonsViewModel.Attempt attempt) {
        verdict.getStyleClass().removeAll("right", "wrong");
        if (attempt == null) {
            verdict.setText("");
            return;
        }
        if (!attempt.answer().equals(answer.getText()) && exercise.kind() != ExerciseKind.WHICH_KERNEL) {
            answer.setText(attempt.answer());     // coming back to the page shows what was typed
        }
        boolean right = attempt.check().correct();
        verdict.setText((right ? "✓ " : "✗ ") + attempt.check().feedback());
        verdict.getStyleClass().add(right ? "right" : "wrong");
    }

    /** The numbers or picture the question is about, or null when the words say it all. */
    private Node figure() {
        return switch (exercise.kind()) {
            case OUTPUT_VALUE -> {
                HBox grids = new HBox(28, grid("input", ExerciseChecker.grid(exercise.param("input"), "input")),
                        grid("kernel", ExerciseChecker.grid(exercise.param("kernel"), "kernel")));
                yield grids;
            }
            case WEIGHT_GRADIENT -> {
                String given = exercise.param("upstream") != null ? "upstream" : "target";
                yield new HBox(28, grid("input", ExerciseChecker.grid(exercise.param("input"), "input")),
                        grid("kernel", ExerciseChecker.grid(exercise.param("kernel"), "kernel")),
                        grid(given.equals("upstream") ? "dL/dY" : "target t", ExerciseChecker.grid(exercise.param(given), given)));
            }
            case WHICH_KERNEL -> {
                float[][] map = ExerciseChecker.featureMap(exercise);
                float m = Magnitude.largest(map);
                HeatmapView view = new HeatmapView(24);
                view.setId("featureMap-" + exercise.id());
                view.show(map, ColorMap.DIVERGING, -m, m);
                view.setAccessibleText("The feature map, " + map.length + "×" + map[0].length);
                ColorLegend legend = new ColorLegend("feature map value", 180);
                legend.show(ColorMap.DIVERGING, -m, m);
                VBox box = new VBox(6, view, legend);
                yield box;
            }
            default -> null;
        };
    }

    private static Node grid(String caption, float[][] values) {
        GridPane g = new GridPane();
        g.getStyleClass().add("number-grid");
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                float v = values[r][c];
                Label cell = new Label(v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v));
                cell.getStyleClass().add("number-cell");
                cell.setAlignment(Pos.CENTER);
                g.add(cell, c, r);
            }
        }
        Label title = new Label(caption);
        title.getStyleClass().add("grid-caption");
        return new VBox(4, title, g);
    }
}
