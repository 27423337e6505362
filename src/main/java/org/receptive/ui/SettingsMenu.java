package org.receptive.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.receptive.ui.common.Controls;
import org.receptive.ui.common.Notices;

/**
 * The header's "Settings" menu over {@link RememberedSettings}: "Reset settings" (with an Undo on
 * the note that says it was done, and in the menu until the next reset), and the saving that
 * follows changes: a second after the last change, so a dragged slider is written once, not at
 * every step. A note tells what could not be read or saved.
 */
final class SettingsMenu extends MenuButton {

    /** Long enough for a dragged slider or a run of key presses to settle into one write. */
    static final Duration SAVE_AFTER = Duration.seconds(1);

    SettingsMenu(RememberedSettings settings) {
        // A gear takes a third of the word's room in a header already full of the classroom controls.
        super("⚙");
        setId("settingsMenu");
        setAccessibleText("Settings");
        Controls.tooltip(this, "Settings. Receptive remembers the last view, zoom, contrast, reduced motion, the stepper's setup,"
                + " the brush width and the studio's network and settings for next time");
        MenuItem reset = new MenuItem("Reset settings to the usual");
        reset.setId("resetSettings");
        reset.setOnAction(e -> {
            settings.resetAll();
            Notices.show(this, "Every setting is back to its usual value.", "Undo", settings::undoReset);
        });
        MenuItem undo = new MenuItem("Undo the reset");
        undo.setId("undoResetSettings");
        undo.disableProperty().bind(settings.canUndoResetProperty().not());
        undo.setOnAction(e -> settings.undoReset());
        getItems().addAll(reset, undo);
        setFocusTraversable(false);   // Space and the arrows belong to the view
        setMinWidth(Region.USE_PREF_SIZE);   // the tagline gives way first, never "Settings"

        PauseTransition later = new PauseTransition(SAVE_AFTER);
        later.setOnFinished(e -> settings.saveIfChanged());
        settings.changesProperty().addListener((o, was, now) -> later.playFromStart());
        Notices.show(this, settings.messageProperty().get());
        Notices.follow(this, settings.messageProperty());
    }
}
