package org.receptive.data;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a person drew on the pad: strokes of a round brush (or eraser), with undo and redo of
 * whole strokes and of clearing. Rendering gives white ink on black, the way MNIST stores digits.
 */
public final class Drawing {

    /** A point of a stroke, in pad pixels. */
    public record Point(double x, double y) {
    }

    /** One press-drag-release of the brush. */
    public record Stroke(List<Point> points, double width, boolean eraser) {
        public Stroke {
            points = List.copyOf(points);
        }
    }

    private final int width;
    private final int height;
    private List<Stroke> strokes = List.of();
    private final Deque<List<Stroke>> undo = new ArrayDeque<>();
    private final Deque<List<Stroke>> redo = new ArrayDeque<>();
    private List<Point> current;
    private double currentWidth;
    private boolean currentEraser;

    public Drawing(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Starts a stroke at (x, y) with a brush {@code brush} pixels wide. */
    public void begin(double x, double y, double brush, boolean eraser) {
        current = new ArrayList<>();
        current.add(new Point(x, y));
        currentWidth = brush;
        currentEraser = eraser;
    }

    /** Continues the stroke being drawn; ignored when no stroke was begun. */
    public void extend(double x, double y) {
        if (current != null) {
            current.add(new Point(x, y));
        }
    }

    /** Finishes the stroke being drawn; it becomes one undoable step. */
    public void end() {
        if (current == null) {
            return;
        }
        List<Stroke> next = new ArrayList<>(strokes);
        next.add(new Stroke(current, currentWidth, currentEraser));
        change(next);
        current = null;
    }

    /** Removes everything; undoable. */
    public void clear() {
        if (!strokes.isEmpty()) {
            change(List.of());
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (canUndo()) {
            redo.push(strokes);
            strokes = undo.pop();
        }
    }

    public void redo() {
        if (canRedo()) {
            undo.push(strokes);
            strokes = redo.pop();
        }
    }

    /** The finished strokes, oldest first. */
    public List<Stroke> strokes() {
        return strokes;
    }

    /** True when nothing has been drawn (erased ink still counts as drawn; preprocessing judges ink). */
    public boolean isEmpty() {
        return strokes.isEmpty() && current == null;
    }

    private void change(List<Stroke> next) {
        undo.push(strokes);
        redo.clear();
        strokes = List.copyOf(next);
    }

    /** The strokes (and the one being drawn) as width×height grey values 0..1, ink bright. */
    public float[] render() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        List<Stroke> all = new ArrayList<>(strokes);
        if (current != null) {
            all.add(new Stroke(current, currentWidth, currentEraser));
        }
        for (Stroke s : all) {
            g.setColor(s.eraser() ? Color.BLACK : Color.WHITE);
            g.setStroke(new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double path = new Path2D.Double();
            Point first = s.points().get(0);
            path.moveTo(first.x(), first.y());
            for (Point p : s.points()) {
                path.lineTo(p.x(), p.y());
            }
            if (s.points().size() == 1) {
                path.lineTo(first.x(), first.y());     // a click leaves a round dot
            }
            g.draw(path);
        }
        g.dispose();
        byte[] bytes = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        float[] out = new float[width * height];
        for (int i = 0; i < out.length; i++) {
            out[i] = (bytes[i] & 0xff) / 255f;
        }
        return out;
    }
}
