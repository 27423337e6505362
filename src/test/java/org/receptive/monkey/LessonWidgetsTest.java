package org.receptive.monkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.engine.DefaultModel;
import org.receptive.lesson.Block;
import org.receptive.lesson.BundledLessons;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.common.Theme;
import org.receptive.ui.lesson.LiveWidgets;
import org.receptive.ui.lesson.WidgetRegistry;
import org.receptive.ui.stepper.InputSources;
import org.receptive.ui.stepper.StepperView;
import org.receptive.ui.stepper.StepperWidget;
import org.receptive.ui.training.TrainingView;
import org.receptive.ui.training.TrainingWidget;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lessons' live widgets, which the monkey reaches only by chance: every Network demo of the
 * bundled lessons (each with a neuron picked), their first Forward stepper demos and the studio
 * demo (its feature maps tab open), built as the lessons build them and shown on one page, then
 * worked by a seeded {@link Monkey} for a few dozen actions (no training run); every answer they show
 * must be the engine's ({@link ShownAnswers}) throughout, and after the studio's new weights made
 * in the background (Reset, the default model) have arrived.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWidgetsTest {

    /** Kept small: three default-model Network views make each check (and the suite) costly. */
    private static final int ACTIONS = 40, CHECK_EVERY = 20, STEPPERS = 3;

    private final VBox page = new VBox(12);
    private Scene scene;
    private int networks, steppers;

    @Start
    void start(Stage stage) {
        scene = new Scene(new ScrollPane(page), 1400, 900);
        Theme.apply(scene);   // the app's colours: without them every rule naming one logs a CSS error
        stage.setScene(scene);
        stage.show();
    }

    /** The widgets, built on the FX thread in the test (not in the set-up, which TestFX times tightly). */
    private void build() {
        // The Network demos as the lessons make them.
        WidgetRegistry registry = LiveWidgets.register(new WidgetRegistry(), DefaultModel.load().network(), InputSources.testDigits());
        WidgetRegistry.WidgetFactory network = registry.factory(WidgetKind.NETWORK).orElseThrow();
        for (Block.Widget w : bundled()) {
            List<String> problems = new ArrayList<>();
            if (w.kind() == WidgetKind.NETWORK) {
                page.getChildren().add(network.create(w.settings(), problems));
                networks++;
            } else if (w.kind() == WidgetKind.STEPPER && !w.settings().containsKey("mode") && steppers < STEPPERS) {
                page.getChildren().add(StepperWidget.create(w.settings(), problems));
                steppers++;
            } else if (w.kind() == WidgetKind.TRAINING) {
                page.getChildren().add(TrainingWidget.create(w.settings(), problems));
            }
            assertEquals(List.of(), problems, "line " + w.line());
        }
    }

    private static List<Block.Widget> bundled() {
        return BundledLessons.all().stream().flatMap(l -> l.sections().stream()).flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Widget).map(b -> (Block.Widget) b).toList();
    }

    @Test
    void everyLessonWidgetShowsTheEnginesAnswersBeforeAndAfterAFewDozenActions() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            build();
            scene.getRoot().applyCss();   // skins now: the scroll panes' contents are then in the scene graph to be found
            scene.getRoot().layout();
            // A few cells of each sweep computed, so the first look compares numbers a stepper shows, not an empty map.
            for (javafx.scene.Node n : scene.getRoot().lookupAll("*")) {
                if (n instanceof StepperView v) {
                    for (int i = 0; i < 3; i++) {
                        v.model().forward();
                    }
                }
            }
            return null;
        }).get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TrainingView studioView = (TrainingView) scene.getRoot().lookup(".training-view");
        WaitForAsyncUtils.asyncFx(() -> {
            TabPane tabs = (TabPane) studioView.lookup(".tab-pane");
            Tab maps = tabs.getTabs().stream().filter(t -> "mapsTab".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(maps);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ShownAnswers answers = new ShownAnswers();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> answers.check(scene.getRoot())).get());
        assertTrue(networks >= 3 && steppers == STEPPERS, networks + " Network and " + steppers + " stepper demos");
        assertEquals(networks + steppers + 1, answers.checked(), "each Network demo, each stepper demo and the studio's maps checked");

        Monkey monkey = WaitForAsyncUtils.asyncFx(() -> new Monkey(scene, 20261202L, java.util.Set.of("start", "score"), 0)).get();
        while (monkey.actions() < ACTIONS) {
            String problem = WaitForAsyncUtils.asyncFx(() -> {
                for (int i = 0; i < CHECK_EVERY; i++) {
                    monkey.act();
                }
                List<String> wrong = answers.check(scene.getRoot());
                return wrong.isEmpty() ? null : String.join("; ", wrong);
            }).get(60, TimeUnit.SECONDS);
            assertEquals(null, problem, "after action " + monkey.actions() + "; the actions before it:\n"
                    + WaitForAsyncUtils.asyncFx(monkey::recent).get());
        }
        // New weights made in the background (the monkey may have pressed Reset or Default model) arrive before the last
        // look: Reset pressed once more, and Start, which waits for them, is pressable again.
        Button reset = (Button) studioView.lookup("#reset"), start = (Button) studioView.lookup("#start");
        WaitForAsyncUtils.asyncFx(reset::fire).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !start.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> answers.check(scene.getRoot())).get());
        assertTrue(answers.checked() >= networks, "still checked: " + answers.checked());
    }
}
