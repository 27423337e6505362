package org.receptive.ui.common;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.stage.Window;

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
                scene.addEventFilter(opening, Theme::styleOwner);
            }
        }
    }

    /**
     * Puts the high-contrast sheet over the theme, or takes it away; the next pulse restyles the
     * window. It is not restyled at once (a root {@code applyCss()} here): with that, the long
     * monkey (seed 20261205) logged 19–25 CSS errors within its first minute, modena's and our
     * looked-up colours read as strings in views shown again after a change of contrast, and 0
     * without it. A menu opened before that pulse is brought up to date by {@link #apply}'s filters;
     * a menu left open is closed first: restyled at that pulse through its owner, its focused item
     * read a name where a colour belongs (the long monkey: Ctrl+H with the Settings menu open).
     */
    public static void highContrast(Scene scene, boolean on) {
        if (scene != null) {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof ContextMenu menu && menu.isShowing() && menu.getOwnerWindow() == scene.getWindow()) {
                    menu.hide();
                }
            }
            scene.getStylesheets().remove(HIGH_CONTRAST);
            if (on) {
                scene.getStylesheets().add(HIGH_CONTRAST);
            }
        }
    }

    private static void styleOwner(Event e) {
        if (e.getTarget() instanceof Node owner) {
            owner.applyCss();
        }
    }

    private static String css(String resource) {
        return Theme.class.getResource(resource).toExternalForm();
    }
}
