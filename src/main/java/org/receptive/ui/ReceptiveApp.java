package org.receptive.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.receptive.settings.SettingsFile;
import org.receptive.ui.common.Theme;

/**
 * The Receptive window. It is on screen, with the Stepper ready, before the test digits and the
 * default model are read: those are read in the background once the first frame is drawn, for
 * the views that need them.
 */
public final class ReceptiveApp extends Application {

    @Override
    public void start(Stage stage) {
        open(stage, new AppModels(Platform::runLater, new RememberedSettings(SettingsFile.inHome())));
    }

    /** Puts the app on {@code stage}, over these view-models, and shows it. */
    public static Shell open(Stage stage, AppModels models) {
        Shell shell = new Shell(models);
        Scene scene = new Scene(shell, 1400, 900);
        Theme.apply(scene);
        Theme.highContrast(scene, models.presentation().highContrastProperty().get());   // as remembered
        stage.setTitle("Receptive");
        stage.getIcons().add(new Image(ReceptiveApp.class.getResource("/org/receptive/ui/icon.png").toExternalForm()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnHidden(e -> models.remembered().saveIfChanged());
        stage.show();
        // What the other views share is read once the Stepper is on screen: reading it at the same
        // time would take a core from the first frame on a two-core machine.
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {   // the first frame has been drawn
                    stop();
                    models.startReading();
                }
            }
        }.start();
        return shell;
    }
}
