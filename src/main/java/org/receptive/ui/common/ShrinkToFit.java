package org.receptive.ui.common;

import java.util.function.DoubleSupplier;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Content that cannot reflow narrower than a width of its own (pictures side by side that belong
 * together), shown whole at a smaller scale where it is given less: zoomed in on a projector, the
 * class sees all of it a little smaller rather than half of it and a sideways scroll bar. Wider
 * than that width, the content is laid out at the width given, unscaled. The scale is a
 * transform, set during the layout: it moves no preferred size, so it asks for no second layout.
 */
public final class ShrinkToFit extends Region {

    private final Region content;
    private final DoubleSupplier natural;
    private final Scale scale = new Scale(1, 1, 0, 0);

    /** {@code content}, never laid out narrower than {@code natural} (its own units, asked at each layout). */
    public ShrinkToFit(Region content, DoubleSupplier natural) {
        this.content = content;
        this.natural = natural;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    /** The scale at {@code width}: 1 where the content fits, less where it does not. */
    double factor(double width) {
        double n = Math.ceil(natural.getAsDouble()) + 1;   // a pixel to spare: a flow exactly as wide as its row wrapped it
        return width <= 0 || width >= n ? 1 : width / n;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;   // narrower, it is drawn smaller and so is shorter
    }

    @Override
    protected void layoutChildren() {
        double f = factor(getWidth());
        scale.setX(f);
        scale.setY(f);
        double w = getWidth() / f;
        content.resizeRelocate(0, 0, w, content.prefHeight(w));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            return content.prefHeight(-1);
        }
        double f = factor(width);
        return content.prefHeight(width / f) * f;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
