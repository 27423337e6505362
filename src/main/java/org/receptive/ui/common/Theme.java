package org.receptive.ui.common;

import javafx.scene.Scene;

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

    /** Styles a scene with the shared theme. */
    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(THEME)) {
            scene.getStylesheets().add(THEME);
        }
    }

    /** Puts the high-contrast sheet over the theme, or takes it away; nothing for a node not in a scene yet. */
    public static void highContrast(Scene scene, boolean on) {
        if (scene != null) {
            scene.getStylesheets().remove(HIGH_CONTRAST);
            if (on) {
                scene.getStylesheets().add(HIGH_CONTRAST);
            }
        }
    }

    private static String css(String resource) {
        return Theme.class.getResource(resource).toExternalForm();
    }
}
