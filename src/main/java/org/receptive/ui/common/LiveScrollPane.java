package org.receptive.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane whose viewport is not cached as a bitmap. JavaFX's own skin caches the viewport
 * ({@code setCache(true)}), so any change inside it, however small, re-renders the whole visible
 * content into the cache and then copies the cache to the screen: with the Stepper playing
 * Backward under the software renderer that was most of each frame (a red window moving over one
 * grid cost as much as repainting every grid, caption and legend). Uncached, JavaFX repaints only
 * the dirty regions: the few grids that changed. Scrolling then repaints the visible content
 * instead of copying the bitmap, which is what the cached viewport did after every change anyway.
 *
 * <p>It is the app's only scroll pane, for memory as much as for speed: a cached viewport keeps a
 * bitmap of its whole visible area (four bytes a pixel, more when zoomed in) for as long as the
 * scroll pane lives, on screen or not, and the app keeps its views and a lesson's demos alive off
 * screen. Nineteen such bitmaps held 93 MB four minutes into the long monkey.
 */
public class LiveScrollPane extends ScrollPane {

    /** A usual vertical scroll bar's width, until the skin has made the real one. */
    private static final double USUAL_BAR = 18;
    private double barWidth;

    public LiveScrollPane() {
        super();
    }

    public LiveScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        Node viewport = lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
        return skin;
    }

    /**
     * The width of the vertical scroll bar as the skin draws it, shown or not: a view that fits its
     * columns to the window keeps room for it, so a bar that comes and goes does not cut the texts.
     */
    public double verticalBarWidth() {
        if (barWidth == 0) {
            barWidth = lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                            && b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                    .mapToDouble(n -> n.prefWidth(-1))
                    .findFirst().orElse(0);
        }
        return barWidth == 0 ? USUAL_BAR : barWidth;
    }
}
