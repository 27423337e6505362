package org.receptive.ui.classroom;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.receptive.ui.common.LiveScrollPane;

/**
 * Shows its content larger for the back row: at zoom z the content is laid out in a space z times
 * smaller than this pane and then scaled up by z, so text, grids and canvases all grow together
 * and the layout reflows as if the window were smaller. It never reflows below the space the
 * smallest window allows at 100% ({@link #LAYOUT_FLOOR_WIDTH} × {@link #LAYOUT_FLOOR_HEIGHT}), nor
 * below what the view says it needs: beyond that the view keeps its layout and scrolls, so a
 * caption is never squeezed to one letter per line nor a column pushed out of reach. A view made
 * to reflow narrower than that floor says so ({@link #reflowsDownTo}).
 */
public final class ZoomPane extends Region {

    /** The space a view gets in the smallest window the app allows (900×600, less the header). */
    public static final double LAYOUT_FLOOR_WIDTH = 900, LAYOUT_FLOOR_HEIGHT = 540;

    /**
     * What a view has on a 1920×1080 projector at 250% (768 × 432), less room for a scroll bar: the
     * views that keep their columns there (Network, Draw, Stepper) reflow down to it.
     */
    public static final double PROJECTOR_WIDTH = 760, PROJECTOR_HEIGHT = 400;

    /**
     * What a view has at 250% of a 1400×900 window (560 less the zoom's scroll bar, 900 less the
     * header): the views that wrap or shrink to any width (Lessons, the Cortex lab) reflow down to it.
     */
    public static final double SMALL_WINDOW_WIDTH = 540, SMALL_WINDOW_HEIGHT = 320;

    /** Keys in a view's properties for the narrowest width and least height it lays itself out at (see {@link #reflowsDownTo}). */
    private static final String NARROWEST = "receptive.zoom.narrowest", SHORTEST = "receptive.zoom.shortest";

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Scaled scaled = new Scaled();
    private final ScrollPane scroller = new LiveScrollPane(scaled);

    public ZoomPane() {
        zoom.addListener((o, a, b) -> {
            scaled.requestLayout();
            requestLayout();
        });
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("zoom-scroll");
        scroller.setFocusTraversable(false);
        getChildren().add(scroller);
    }

    /**
     * Says that {@code view} lays itself out well down to {@code width} × {@code height} (its own
     * units), below the floor every other view keeps: zoomed in, it then reflows into the window
     * instead of scrolling (the lessons' text, which is read line by line and scrolls inside the
     * page, with the page buttons under it kept in sight).
     */
    public static void reflowsDownTo(Node view, double width, double height) {
        view.getProperties().put(NARROWEST, width);
        view.getProperties().put(SHORTEST, height);
    }

    /** The floor's width for this view: the common one, or the narrower one it asked for. */
    private static double floorWidth(Node view) {
        return floor(view, NARROWEST, LAYOUT_FLOOR_WIDTH);
    }

    /** The floor's height for this view: the common one, or the lower one it asked for. */
    private static double floorHeight(Node view) {
        return floor(view, SHORTEST, LAYOUT_FLOOR_HEIGHT);
    }

    /** What {@code view} asked for under {@code key} ({@link #reflowsDownTo}), never above the common floor. */
    private static double floor(Node view, String key, double common) {
        return view.getProperties().get(key) instanceof Double d ? Math.min(d, common) : common;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void setContent(Node node) {
        scaled.setContent(node);
        scroller.setHvalue(0);
        scroller.setVvalue(0);
        requestLayout();
    }

    public Node content() {
        return scaled.content;
    }

    /** The scroll pane around the scaled view (tests look through it for what can be scrolled to). */
    public ScrollPane scroller() {
        return scroller;
    }

    @Override
    protected void layoutChildren() {
        scroller.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override protected double computePrefWidth(double h) { return scaled.prefWidth(-1); }
    @Override protected double computePrefHeight(double w) { return scaled.prefHeight(-1); }
    @Override protected double computeMinWidth(double h) { return 0; }
    @Override protected double computeMinHeight(double w) { return 0; }

    /** The view with the zoom's scale on it; as large as the scroll pane's viewport, or as its floor. */
    private final class Scaled extends Region {
        private final Scale scale = new Scale(1, 1, 0, 0);
        private Node content;

        void setContent(Node node) {
            if (content != null) {
                content.getTransforms().remove(scale);
            }
            content = node;
            getChildren().setAll(node == null ? List.of() : List.of(node));
            if (node != null) {
                node.getTransforms().add(scale);
            }
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            if (content == null) {
                return;
            }
            double z = zoom.get();
            scale.setX(z);
            scale.setY(z);
            content.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
        }

        // The floor, in the view's own units, times the zoom: the scroll pane fits the view to
        // its viewport but never below this, and scrolls instead.
        @Override
        protected double computeMinWidth(double h) {
            return content == null ? 0 : Math.max(floorWidth(content), content.minWidth(-1)) * zoom.get();
        }

        // At the width it is laid out at: a row that wraps (a flow of pictures) is taller when narrow.
        @Override
        protected double computeMinHeight(double w) {
            if (content == null) {
                return 0;
            }
            double z = zoom.get();
            double width = (w > 0 ? w : getWidth()) / z;
            if (!(width > 0)) {
                width = Math.max(floorWidth(content), content.minWidth(-1));
            }
            return Math.max(floorHeight(content), content.minHeight(width)) * z;
        }

        @Override protected double computePrefWidth(double h) { return content == null ? 0 : content.prefWidth(-1) * zoom.get(); }
        @Override protected double computePrefHeight(double w) { return content == null ? 0 : content.prefHeight(-1) * zoom.get(); }
    }
}
