package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.lesson.WidgetKind;
import org.receptive.ui.draw.DrawView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Lesson 5's three pages share one drawing pad, and so one Draw view, which moves to the page on
 * screen. The lessons keep the last three pages' demos: a page shown again must have its pad back
 * (the view had moved on to the next page and left the kept one empty).
 */
@ExtendWith(ApplicationExtension.class)
class LessonPadTest {
    @Start
    void start(Stage stage) {
        ClassroomWindow.show(stage);
    }

    @Test
    void aPageShownAgainHasItsSharedDrawPadBack(FxRobot robot) throws Exception {
        AppModels models = ClassroomWindow.models();
        int[] page = ClassroomWindow.firstPageWith(models, WidgetKind.DRAW);
        robot.clickOn("#nav-lessons");
        robot.interact(() -> {
            models.lessons().open(page[0]);
            while (models.lessons().sectionIndexProperty().get() < page[1] && models.lessons().nextSection()) {
                continue;
            }
        });
        assertEquals(1, shownDrawViews(robot), "the first page's pad");
        robot.interact(() -> models.lessons().nextSection());
        assertEquals(1, shownDrawViews(robot), "the next page, with the same pad: the view has moved there");
        robot.interact(() -> models.lessons().nextSection());
        robot.interact(() -> models.lessons().previousSection());
        robot.interact(() -> models.lessons().previousSection());
        assertEquals(1, shownDrawViews(robot), "two pages on and back again");
    }

    private static int shownDrawViews(FxRobot robot) {
        return robot.lookup(n -> n instanceof DrawView && n.getScene() != null).queryAll().size();
    }
}
