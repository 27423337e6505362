package org.receptive.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.receptive.ui.common.Theme;

/**
 * The one way a GUI test puts a view on screen: a window the app's size (1400×900), styled with
 * the app's own theme, as a TestFX {@code @Start} method gets it.
 */
public final class WindowFixture {

    public static final double WIDTH = 1400, HEIGHT = 900;

    private WindowFixture() {
    }

    /**
     * Shows {@code view} alone in {@code stage}, as the app would style it. The theme is on the
     * scene before the view enters it: a view already styled in an earlier test's window (the
     * classroom tests share one shell) is styled again as it enters, and in a scene without the
     * theme its named colours did not resolve (JavaFX logged "ClassCastException ... String
     * cannot be cast to Paint" for each, once per test class).
     */
    public static Scene show(Stage stage, Parent view) {
        Scene scene = new Scene(new javafx.scene.Group(), WIDTH, HEIGHT);
        Theme.apply(scene);
        scene.setRoot(view);
        stage.setScene(scene);
        stage.sizeToScene();   // the app's size again, whatever size the last test left the window
        stage.show();
        return scene;
    }
}
