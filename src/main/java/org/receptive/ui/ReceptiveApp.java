package org.receptive.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Receptive window. */
public final class ReceptiveApp extends Application {

    @Override
    public void start(Stage stage) {
        Shell shell = new Shell();
        Scene scene = new Scene(shell, 1440, 920);
        scene.getStylesheets().add(ReceptiveApp.class.getResource("/org/receptive/ui/common/theme.css").toExternalForm());
        stage.setTitle("Receptive");
        stage.setScene(scene);
        stage.show();
        Demo.apply(System.getenv("RECEPTIVE_DEMO"), shell);
    }
}
