package org.receptive.demo;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import org.receptive.ui.AppModels;
import org.receptive.ui.ReceptiveApp;
import org.receptive.ui.Shell;
import org.receptive.ui.StartupClasses;

/**
 * The screenshot and measurement harness: opens the app exactly as {@link ReceptiveApp} does and
 * plays a script on it ({@link DemoKey} lists the keys). Not part of what ships: it lives in the
 * test sources and runs against the built jar,
 * <pre>
 *   mvn -B -q -DskipTests package
 *   java -cp target/receptive.jar:target/test-classes org.receptive.demo.Demo "view=network;digit=0;select=3,10,6,8"
 *   java -cp target/receptive.jar:target/test-classes org.receptive.demo.Demo --keys
 * </pre>
 * (the script may also come in the environment variable RECEPTIVE_DEMO). Reports go to the
 * standard output. Settings and lesson progress live in a throwaway home folder
 * ({@link DemoHome}), so no screenshot depends on {@code ~/.receptive}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--keys")) {
            System.out.println(DemoKey.table());
            return;
        }
        DemoHome.install();
        StartupClasses.preloadInBackground();   // as org.receptive.Main does, so start-up is measured as it ships
        // A separate Application class: a main inside one fails when JavaFX is on the class path.
        Application.launch(App.class, args);
    }

    /** The window, with the script started once it is on screen. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            String spec = String.join(";", getParameters().getRaw());
            if (spec.isBlank()) {
                spec = System.getenv("RECEPTIVE_DEMO");
            }
            TimedUi ui = new TimedUi();
            AppModels models = new AppModels(ui);
            // The window is called "Receptive" only once the data is read and the script played, so
            // screenshot.sh, which waits for that title, counts its seconds from there and not from
            // the first frame: on a loaded machine a shot no longer catches a view still reading.
            // The title is changed as ReceptiveApp sets it, before the window is shown.
            String playing = " (playing the demo script)";
            ChangeListener<String> whilePlaying = (o, was, now) -> {
                if (!now.endsWith(playing)) {
                    stage.setTitle(now + playing);
                }
            };
            stage.titleProperty().addListener(whilePlaying);
            Shell shell = ReceptiveApp.open(stage, models);
            new DemoRun(DemoScript.parse(spec), models, shell, ui.cost(), System.out::println).start()
                    .thenRun(() -> Platform.runLater(() -> {
                        stage.titleProperty().removeListener(whilePlaying);
                        stage.setTitle(stage.getTitle().replace(playing, ""));
                    }));
        }
    }
}
