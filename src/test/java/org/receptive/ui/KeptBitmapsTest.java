package org.receptive.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.receptive.lesson.WidgetKind;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No scroll pane in the app keeps a bitmap of its viewport: JavaFX's own skin caches it, a
 * picture of the whole visible area that lives as long as the scroll pane, on screen or not, and
 * the app keeps its six views and a lesson's demos alive off screen (19 of them held 93 MB four
 * minutes into the long monkey).
 */
@ExtendWith(ApplicationExtension.class)
class KeptBitmapsTest {

    private Shell shell;
    private AppModels models;

    @Start
    void start(Stage stage) {
        shell = ClassroomWindow.show(stage);
    }

    @Test
    void noScrollPaneInAnyViewOrLessonDemoCachesItsViewport() throws Exception {
        models = ClassroomWindow.models();
        List<String> cached = new ArrayList<>();
        for (String view : ClassroomLayoutTest.VIEWS) {
            cached.addAll(fx(() -> {
                shell.show(view);
                return cachedViewports(view);
            }));
        }
        cached.addAll(fx(() -> {
            shell.show("train");
            TabPane tabs = (TabPane) shell.lookup(".tab-pane");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "mapsTab".equals(t.getId())).findFirst().orElseThrow());
            return cachedViewports("the studio's feature maps");
        }));
        for (WidgetKind kind : List.of(WidgetKind.TRAINING, WidgetKind.STEPPER, WidgetKind.NETWORK, WidgetKind.DRAW, WidgetKind.CORTEX)) {
            int[] page = ClassroomWindow.firstPageWith(models, kind);
            cached.addAll(fx(() -> {
                shell.show("lessons");
                models.lessons().open(page[0]);
                while (models.lessons().sectionIndexProperty().get() < page[1] && models.lessons().nextSection()) {
                    // turning pages as the Next button does
                }
                return cachedViewports("a lesson page with a " + kind + " demo");
            }));
        }
        fx(() -> {
            models.lessons().open(0);
            return List.of();
        });
        assertTrue(cached.isEmpty(), String.join("\n", cached));
    }

    /** The viewports (a scroll pane's clipped area) that keep a bitmap, in the view on screen once styled and laid out. */
    private List<String> cachedViewports(String where) {
        shell.applyCss();   // a scroll pane gets its skin, and so its viewport, when styled
        shell.layout();
        List<String> found = new ArrayList<>();
        collect(shell, where, found);
        return found;
    }

    private static void collect(Node n, String where, List<String> found) {
        if (n.getStyleClass().contains("viewport") && n.isCache()) {
            Node pane = n.getParent();
            found.add(where + ": the viewport of " + pane.getClass().getSimpleName()
                    + (pane.getStyleClass().isEmpty() ? "" : " ." + String.join(".", pane.getStyleClass())) + " is cached");
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, where, found);
            }
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }
}
