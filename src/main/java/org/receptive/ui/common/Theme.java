package org.receptive.ui.common;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuButton;

/**
 * The app's look, for every window and every test window alike: the shared theme (colours as
 * named variables, the card style every feature uses), and the high-contrast sheet over it for
 * bright rooms. Each feature adds its own sheet to its view.
 */
public final class Theme {

    private static final String THEME = css("/org/receptive/ui/common/theme.css");
    private static final String HIGH_CONTRAST = css("/org/receptive/ui/classroom/high-contrast.css");

    private Theme() {
    }

    /**
     * Styles a scene with the shared theme, and brings a menu's owner up to date with it before the
     * menu opens: a menu looks its colours up through its owner and the owner's parents, and after
     * a restyling change in the same turn (zoom, contrast, reduced motion, a view switched, as the
     * monkey does them between two frames) they still held styles the next pulse would replace;
     * modena's menu rules then found names where colours belong and logged CSS errors.
     */
    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(THEME)) {
            scene.getStylesheets().add(THEME);
            for (EventType<Event> opening : List.of(MenuButton.ON_SHOWING, ChoiceBox.ON_SHOWING, ComboBoxBase.ON_SHOWING)) {
                scene.addEventFilter(opening, e -> {
                    if (e.getTarget() instanceof Node owner) {
                        owner.applyCss();
                    }
                });
            }
        }
    }

    /**
     * Puts the high-contrast sheet over the theme, or takes it away, and restyles the window at
     * once; nothing for a node not in a scene yet. Left to the next pulse, the window's nodes keep
     * styles made from the old list of sheets until then, and a menu opened in between (Ctrl+H, then
     * the settings menu, before a frame) looks its colours up through its owner in them: modena's
     * menu rules then found strings where colours belong and logged CSS errors.
     */
    public static void highContrast(Scene scene, boolean on) {
        if (scene != null) {
            scene.getStylesheets().remove(HIGH_CONTRAST);
            if (on) {
                scene.getStylesheets().add(HIGH_CONTRAST);
            }
            scene.getRoot().applyCss();
        }
    }

    private static String css(String resource) {
        return Theme.class.getResource(resource).toExternalForm();
    }
}
