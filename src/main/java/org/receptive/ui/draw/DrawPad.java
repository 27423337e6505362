package org.receptive.ui.draw;

import java.io.File;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.receptive.data.Drawing;
import org.receptive.data.PreprocessedDigit;
import org.receptive.explain.AttributionMap;
import org.receptive.ui.common.ColorMap;
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.Rect;
import org.receptive.ui.explain.Explanation;

/**
 * The drawing pad: dark ink on white paper, a square that grows with the window from 280 px, and
 * is drawn smaller (down to 120) where a projector's zoom leaves the view too narrow for its three
 * columns. Strokes are kept in the pad's own 280 units whatever its size on screen.
 * The stroke being drawn is painted segment by segment straight from the mouse events, so it never
 * waits for the network; finished strokes are repainted from the view-model. Touch and pen arrive
 * as (synthesised) mouse events. A dropped picture file is opened like "Open picture…".
 */
final class DrawPad extends Region {

    static final Color PAPER = Color.WHITE;
    static final Color INK = Color.web("#1f2328");
    /** The side where there is room, the smallest and the largest. */
    static final double USUAL_SIDE = DrawViewModel.PAD, MIN_SIDE = 120, MAX_SIDE = 440;
    /** The tint of the largest "Why?" value on the pad: lighter than in the panel, the ink must show through. */
    static final double WHY_OPACITY = 0.6;

    private final DrawViewModel model;
    private final Canvas ink = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label prompt = new Label("Draw a digit here");
    private Image picture;
    private Explanation why;       // the "Why?" map laid over the drawing, or null
    private double lastX, lastY;
    private boolean drawing;

    DrawPad(DrawViewModel model) {
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Drawing pad: draw a digit with the mouse or a pen; Delete clears, Ctrl+Z undoes a stroke");
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        setId("pad");
        getStyleClass().add("draw-pad");
        overlay.setMouseTransparent(true);
        prompt.getStyleClass().add("pad-prompt");
        prompt.setMouseTransparent(true);
        prompt.setWrapText(true);
        prompt.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        getChildren().addAll(ink, overlay, prompt);
        setCursor(Cursor.CROSSHAIR);
        Tooltip.install(this, new Tooltip("Draw with the mouse, a pen or a finger. Drop a picture file here to read it instead."));
    }

    private void init() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(this::dropped);
        model.strokesChangedProperty().addListener((o, was, now) -> repaint());
        model.pictureProperty().addListener((o, was, now) -> {
            // Drawn from the grey levels the preprocessing reads, so what is shown is what is classified.
            picture = now == null ? null : Pictures.grey(now.grey(), now.height(), now.width());
            repaint();
        });
        model.fieldOnSourceProperty().addListener((o, was, now) -> paintOverlay());
        widthProperty().addListener((o, was, now) -> requestLayout());
    }

    private double scale() {
        return ink.getWidth() / DrawViewModel.PAD;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        drawing = true;
        lastX = clamp(e.getX() - ink.getLayoutX());
        lastY = clamp(e.getY() - ink.getLayoutY());
        model.beginStroke(lastX / scale(), lastY / scale());   // a shown picture gives way (repainted)
        segment(lastX, lastY, lastX, lastY);
        prompt.setVisible(false);
    }

    private void dragged(MouseEvent e) {
        if (!drawing) {
            return;
        }
        double x = clamp(e.getX() - ink.getLayoutX()), y = clamp(e.getY() - ink.getLayoutY());
        segment(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
        model.extendStroke(x / scale(), y / scale());
    }

    private void released(MouseEvent e) {
        if (drawing) {
            drawing = false;
            model.endStroke();
        }
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        e.setDropCompleted(!files.isEmpty() && model.openPicture(files.get(0).toPath()));
        e.consume();
    }

    /** Keeps a pen that leaves the pad on its edge, so the stroke goes on when it comes back. */
    private double clamp(double v) {
        return Math.max(0, Math.min(ink.getWidth(), v));
    }

    /** One piece of the stroke being drawn, with the brush the view-model will record. */
    private void segment(double x0, double y0, double x1, double y1) {
        GraphicsContext g = ink.getGraphicsContext2D();
        g.setStroke(model.eraserProperty().get() ? PAPER : INK);
        g.setLineWidth(model.brushWidthProperty().get() * scale());
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(x0, y0, x1, y1);
    }

    /** Paints the shown picture, or every finished stroke, from scratch. */
    private void repaint() {
        GraphicsContext g = ink.getGraphicsContext2D();
        double side = ink.getWidth(), k = scale();
        g.setFill(PAPER);
        g.fillRect(0, 0, side, side);
        if (picture != null) {
            double s = Math.min(side / picture.getWidth(), side / picture.getHeight());
            g.drawImage(picture, (side - s * picture.getWidth()) / 2, (side - s * picture.getHeight()) / 2,
                    s * picture.getWidth(), s * picture.getHeight());
        } else {
            g.setLineCap(StrokeLineCap.ROUND);
            g.setLineJoin(StrokeLineJoin.ROUND);
            for (Drawing.Stroke s : model.strokes()) {
                g.setStroke(s.eraser() ? PAPER : INK);
                g.setLineWidth(s.width() * k);
                List<Drawing.Point> p = s.points();
                g.beginPath();
                g.moveTo(p.get(0).x() * k, p.get(0).y() * k);
                for (Drawing.Point q : p) {
                    g.lineTo(q.x() * k, q.y() * k);
                }
                if (p.size() == 1) {
                    g.lineTo(p.get(0).x() * k + 0.01, p.get(0).y() * k);   // a click leaves a dot
                }
                g.stroke();
            }
        }
        prompt.setVisible(picture == null && model.strokes().isEmpty());
        paintOverlay();
    }

    /**
     * Lays the "Why?" map over the drawing itself (null takes it away): each of the 28×28 input's
     * cells carried back onto the strokes by undoing the preprocessing, as the receptive field is.
     */
    void showWhy(Explanation e) {
        why = e;
        paintOverlay();
    }

    /** The "Why?" map, then the selected neuron's receptive field, carried back onto the drawing or picture. */
    private void paintOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        PreprocessedDigit p = model.preprocessedProperty().get();
        // Only a map of exactly what the network reads now: a map of the previous stroke waits for its successor.
        if (why != null && p != null && !p.isEmpty() && java.util.Arrays.equals(why.image(), p.pixels())) {
            paintWhy(g, p);
        }
        Rect r = model.fieldOnSourceProperty().get();
        if (r == null) {
            return;
        }
        double[] b = onPad(r);
        double x = b[0], y = b[1], w = b[2], h = b[3];
        g.setFill(Color.color(1, 0.16, 0.12, 0.12));
        g.fillRect(x, y, w, h);
        g.setStroke(Color.color(0, 0, 0, 0.7));
        g.setLineWidth(5);
        g.strokeRect(x, y, w, h);
        g.setStroke(HeatmapView.FIELD);
        g.setLineWidth(3);
        g.strokeRect(x, y, w, h);
    }

    /** Each input cell's value, tinted as in the Why? panel but lighter, so the strokes stay readable under it. */
    private void paintWhy(GraphicsContext g, PreprocessedDigit p) {
        AttributionMap map = why.map();
        double largest = map.largest();
        if (largest == 0) {
            return;
        }
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                double v = map.at(y, x);
                if (v == 0) {
                    continue;
                }
                Color tint = ColorMap.DIVERGING.of(v, -largest, largest);
                g.setFill(Color.color(tint.getRed(), tint.getGreen(), tint.getBlue(), WHY_OPACITY * Math.abs(v) / largest));
                // Unrounded, and then whole canvas pixels edge to edge: rounded cells overlap, and their seams show as a grid.
                double[] e = FieldOnSource.exact(new Rect(y, x, 1, 1), p);
                double[] a = onPad(e[0], e[2]), b = onPad(e[1], e[3]);
                double x0 = Math.floor(a[0]), y0 = Math.floor(a[1]);
                g.fillRect(x0, y0, Math.floor(b[0]) - x0, Math.floor(b[1]) - y0);
            }
        }
    }

    /** A rectangle of source pixels (the strokes' pad pixels, or the picture's) as x, y, width, height on the canvas. */
    private double[] onPad(Rect r) {
        double[] a = onPad(r.top(), r.left()), b = onPad(r.top() + r.height(), r.left() + r.width());
        return new double[] {a[0], a[1], b[0] - a[0], b[1] - a[1]};
    }

    /** Source pixel position (row, column), fractional, as x, y on the canvas: a picture is shown centred and fitted. */
    private double[] onPad(double row, double col) {
        PreprocessedDigit p = model.preprocessedProperty().get();
        double side = overlay.getWidth();
        double s, ox = 0, oy = 0;
        if (picture != null) {
            s = Math.min(side / p.width(), side / p.height());
            ox = (side - s * p.width()) / 2;
            oy = (side - s * p.height()) / 2;
        } else {
            s = scale();
        }
        return new double[] {ox + col * s, oy + row * s};
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.max(MIN_SIDE, Math.min(MAX_SIDE, Math.min(getWidth(), getHeight()))));
        if (side != ink.getWidth()) {
            ink.setWidth(side);
            ink.setHeight(side);
            overlay.setWidth(side);
            overlay.setHeight(side);
            repaint();
        }
        double x = Math.floor((getWidth() - side) / 2);
        ink.relocate(x, 0);
        overlay.relocate(x, 0);
        // On two lines on a pad drawn small (zoomed in), never past its edges.
        double w = Math.min(prompt.prefWidth(-1), side - 8);
        prompt.resize(w, prompt.prefHeight(w));
        prompt.relocate(x + (side - prompt.getWidth()) / 2, (side - prompt.getHeight()) / 2);
    }

    /** A square as wide as its column: the Draw view decides the column's width (see DrawView's columns). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return USUAL_SIDE;
    }

    @Override
    protected double computePrefHeight(double width) {
        return width < 0 ? USUAL_SIDE : Math.floor(Math.max(MIN_SIDE, Math.min(MAX_SIDE, width)));
    }

    @Override
    protected double computeMinWidth(double height) {
        return MIN_SIDE;
    }

    @Override
    protected double computeMinHeight(double width) {
        return MIN_SIDE;
    }

    /** Side of the pad on screen, for tests. */
    double side() {
        return ink.getWidth();
    }

    /** Where pad pixel (x, y) is on this node, for tests and pointers. */
    javafx.geometry.Point2D padToLocal(double x, double y) {
        return new javafx.geometry.Point2D(ink.getLayoutX() + x * scale(), ink.getLayoutY() + y * scale());
    }
}
