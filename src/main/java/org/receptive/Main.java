package org.receptive;

import org.receptive.cli.ReceptiveCli;
import org.receptive.ui.StartupClasses;

/**
 * Entry point of {@code receptive.jar} and of {@code mvn javafx:run}: with no argument it opens the
 * app, with a command it runs the command line. A separate class, because a {@code main} inside a
 * JavaFX {@code Application} fails when JavaFX is on the class path rather than the module path.
 * When the JVM lacks the Vector API module, the app and the heavy commands start again with it
 * ({@link VectorLaunch}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        if (VectorLaunch.worthRelaunching(args)) {
            java.util.Optional<Integer> code = VectorLaunch.relaunch(args);
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        if (args.length == 0) {
            StartupClasses.preloadInBackground();   // while JavaFX starts: see StartupClasses
            // By name, so the command line never loads JavaFX.
            Class<? extends javafx.application.Application> app = Class.forName("org.receptive.ui.ReceptiveApp")
                    .asSubclass(javafx.application.Application.class);
            javafx.application.Application.launch(app, args);
        } else {
            System.exit(ReceptiveCli.run(args));
        }
    }
}
