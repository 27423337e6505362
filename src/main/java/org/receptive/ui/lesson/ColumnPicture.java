package org.receptive.ui.lesson;

import javafx.geometry.Orientation;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A lesson's picture at its own width (up to a widest), drawn smaller when the reading column is
 * narrower (zoomed in, a small window): it never makes the page wider than the column, which does
 * not scroll sideways, and keeps its proportions.
 */
final class ColumnPicture extends Region {

    /** Narrower than this a picture is no longer readable; the page may then be wider than the column. */
    private static final double LEAST_WIDTH = 160;

    private final ImageView view;
    private final double widest;

    ColumnPicture(Image image, double widest) {
        this.view = new ImageView(image);
        this.widest = Math.min(widest, image.getWidth());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(this.widest);
        getChildren().add(view);
    }

    ImageView view() {
        return view;
    }

    private double ratio() {
        Image image = view.getImage();
        return image.getWidth() <= 0 ? 1 : image.getHeight() / image.getWidth();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.min(widest, LEAST_WIDTH);
    }

    @Override
    protected double computePrefWidth(double height) {
        return widest;
    }

    @Override
    protected double computeMaxWidth(double height) {
        return widest;
    }

    @Override
    protected double computePrefHeight(double width) {
        return (width > 0 ? Math.min(width, widest) : widest) * ratio();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        view.setFitWidth(Math.min(getWidth(), widest));
        view.relocate(0, 0);
    }
}
