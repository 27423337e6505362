package org.receptive.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Receptive window. The environment variable {@code RECEPTIVE_DEMO} can put it in a given
 * state for screenshots (see {@link Demo}).
 */
public final class ReceptiveApp extends Application {

    @Override
    public void start(Stage stage) {
        Shell shell = new Shell();
        Scene scene = new Scene(shell, 1400, 900);
        scene.getStylesheets().add(ReceptiveApp.class.getResource("/org/receptive/ui/common/theme.css").toExternalForm());
        stage.setTitle("Receptive");
        stage.getIcons().add(new javafx.scene.image.Image(ReceptiveApp.class.getResource("/org/receptive/ui/icon.png").toExternalForm()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        Demo.apply(System.getenv("RECEPTIVE_DEMO"), shell);
    }
}
