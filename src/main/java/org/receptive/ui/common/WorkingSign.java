package org.receptive.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * "Working…" beside a sentence that says what is being done: a turning spinner, or, under reduced
 * motion (style class {@code reduced-motion} on an ancestor, which the Shell sets), a still sign in
 * its place. The switch is made by the theme's style sheet: a spinner made invisible pauses its
 * animation (its skin plays only while it is showing), so nothing turns on a calm screen.
 */
public final class WorkingSign extends StackPane {

    public WorkingSign() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setFocusTraversable(false);
        Label still = new Label("\u231B");   // an hourglass, standing still
        still.getStyleClass().add("working-still");
        getStyleClass().add("working-sign");
        getChildren().addAll(spinner, still);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }
}
