package org.receptive.ui.classroom;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * Shows its content larger for the back row: at zoom z the content is laid out in a space z times
 * smaller than this pane and then scaled up by z, so text, grids and canvases all grow together
 * and the layout still fits the window (it reflows as if the window were smaller).
 */
public final class ZoomPane extends Region {

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Node content;

    public ZoomPane() {
        zoom.addListener((o, a, b) -> requestLayout());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void setContent(Node node) {
        if (content != null) {
            content.getTransforms().remove(scale);
        }
        content = node;
        getChildren().setAll(node == null ? java.util.List.of() : java.util.List.of(node));
        if (node != null) {
            node.getTransforms().add(scale);
        }
        requestLayout();
    }

    public Node content() {
        return content;
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

    @Override protected double computePrefWidth(double h) { return content == null ? 0 : content.prefWidth(-1) * zoom.get(); }
    @Override protected double computePrefHeight(double w) { return content == null ? 0 : content.prefHeight(-1) * zoom.get(); }
    @Override protected double computeMinWidth(double h) { return 0; }
    @Override protected double computeMinHeight(double w) { return 0; }
}
