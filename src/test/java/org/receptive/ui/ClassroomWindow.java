package org.receptive.ui;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.receptive.data.Mnist;
import org.receptive.engine.DefaultModel;
import org.receptive.lesson.Block;
import org.receptive.lesson.WidgetKind;

/**
 * The whole app with its data read, built once for the classroom tests (layout at every zoom,
 * keyboard reach): building the six views is most of their time, so they share one window.
 */
final class ClassroomWindow {

    private static AppModels models;
    private static Shell shell;

    private ClassroomWindow() {
    }

    /** Puts the one shell in {@code stage} (a TestFX {@code @Start}), making it the first time. */
    static Shell show(Stage stage) {
        if (shell == null) {
            models = new AppModels(Platform::runLater, () -> new AppModels.Loaded(Mnist.test(), DefaultModel.load().network()));
            shell = new Shell(models);
            models.startReading();
        } else if (shell.getScene() != null) {
            shell.getScene().setRoot(new Region());   // out of the last test's window
            // ControlsFX puts its DecorationPane (where it draws a field's mark) around the root once a
            // number field's check is shown: the shell is then its child, still in a scene graph.
            if (shell.getParent() instanceof Pane around) {
                around.getChildren().remove(shell);
            }
        }
        WindowFixture.show(stage, shell);
        return shell;
    }

    /** Lesson and page (from 0) of the first page with a live widget of {@code kind}. */
    static int[] firstPageWith(AppModels models, WidgetKind kind) {
        var lessons = models.lessons().lessons();
        for (int l = 0; l < lessons.size(); l++) {
            var sections = lessons.get(l).lesson().sections();
            for (int s = 0; s < sections.size(); s++) {
                if (sections.get(s).blocks().stream().anyMatch(b -> b instanceof Block.Widget w && w.kind() == kind)) {
                    return new int[] {l, s};
                }
            }
        }
        throw new AssertionError("no lesson page has a " + kind + " widget");
    }

    static AppModels models() throws Exception {
        models.loaded().get(60, TimeUnit.SECONDS);
        return models;
    }
}
