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
import org.receptive.ui.common.HeatmapView;
import org.receptive.ui.common.Rect;

/**
 * The drawing pad: dark ink on white paper, a square that grows with the window from 280 px.
 * The stroke being drawn is painted segment by segment straight from the mouse events, so it never
 * waits for the network; finished strokes are repainted from the view-model. Touch and pen arrive
 * as (synthesised) mouse events. A dropped picture file is opened like "Open picture…".
 */
final class DrawPad extends Region {

    static final Color PAPER = Color.WHITE;
    static final Color INK = Color.web("#1f2328");
    static final double MIN_SIDE = DrawViewModel.PAD, MAX_SIDE = 440;

    private final DrawViewModel model;
    private final Canvas ink = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label prompt = new Label("Draw a digit here");
    private Image picture;
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
        model.fieldOnSourceProperty().addListener((o, was, now) -> paintField());
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
        paintField();
    }

    /** The selected neuron's receptive field, carried back onto the drawing or picture. */
    private void paintField() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        double side = overlay.getWidth();
        g.clearRect(0, 0, side, overlay.getHeight());
        Rect r = model.fieldOnSourceProperty().get();
        if (r == null) {
            return;
        }
        double s, ox = 0, oy = 0;
        var p = model.preprocessedProperty().get();
        if (picture != null) {
            s = Math.min(side / p.width(), side / p.height());
            ox = (side - s * p.width()) / 2;
            oy = (side - s * p.height()) / 2;
        } else {
            s = scale();
        }
        double x = ox + r.left() * s, y = oy + r.top() * s, w = r.width() * s, h = r.height() * s;
        g.setFill(Color.color(1, 0.16, 0.12, 0.12));
        g.fillRect(x, y, w, h);
        g.setStroke(Color.color(0, 0, 0, 0.7));
        g.setLineWidth(5);
        g.strokeRect(x, y, w, h);
        g.setStroke(HeatmapView.FIELD);
        g.setLineWidth(3);
        g.strokeRect(x, y, w, h);
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
        prompt.autosize();
        prompt.relocate(x + (side - prompt.getWidth()) / 2, (side - prompt.getHeight()) / 2);
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
