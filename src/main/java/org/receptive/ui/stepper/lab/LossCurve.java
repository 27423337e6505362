package org.receptive.ui.stepper.lab;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.receptive.ui.stepper.StepperText;

/**
 * The loss after every update, on a logarithmic axis (learning takes it down by orders of
 * magnitude; a linear axis would show one drop and then a flat line). At most one point per pixel
 * column is drawn, so thousands of updates cost no more than a few hundred.
 */
final class LossCurve extends Canvas {

    private static final double LEFT = 58, BOTTOM = 26, TOP = 10, RIGHT = 10;
    private int drawnSize = -1;
    private float drawnLast = Float.NaN;

    LossCurve(double width, double height) {
        super(width, height);
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
    }

    void show(List<Float> losses) {
        float last = losses.isEmpty() ? Float.NaN : losses.get(losses.size() - 1);
        if (losses.size() == drawnSize && (Float.compare(last, drawnLast) == 0)) {
            return;
        }
        drawnSize = losses.size();
        drawnLast = last;
        setAccessibleText(losses.isEmpty() ? "The loss curve: no updates yet"
                : "The loss curve over " + losses.size() + " updates, now " + StepperText.significant(last));
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth(), h = getHeight(), plotW = w - LEFT - RIGHT, plotH = h - TOP - BOTTOM;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.web("#9aa3ad"));
        g.setLineWidth(1);
        g.strokeLine(LEFT, TOP, LEFT, TOP + plotH);
        g.strokeLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
        g.setFill(Color.web("#4a525c"));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("updates (" + losses.size() + ")", LEFT + plotW / 2, TOP + plotH + 6);
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (float v : losses) {
            if (v > 0 && Float.isFinite(v)) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
        }
        if (lo > hi) {
            g.fillText("the loss appears here", LEFT + plotW / 2, TOP + plotH / 2);
            return;
        }
        lo = Math.floor(lo);
        hi = Math.max(lo + 1, Math.ceil(hi));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int step = (int) Math.max(1, Math.ceil((hi - lo) / 5));
        for (double e = lo; e <= hi; e += step) {
            double y = TOP + plotH * (1 - (e - lo) / (hi - lo));
            g.fillText("1e" + (int) e, LEFT - 6, y);
            g.setStroke(Color.web("#e3e6ea"));
            g.strokeLine(LEFT + 1, y, LEFT + plotW, y);
        }
        g.setStroke(Color.web("#2166ac"));
        g.setLineWidth(2);
        g.beginPath();
        int n = losses.size();
        int columns = (int) Math.max(1, plotW);
        boolean started = false;
        for (int col = 0; col < Math.min(columns, n); col++) {
            int i = n <= columns ? col : (int) ((long) col * (n - 1) / (columns - 1));
            float v = losses.get(i);
            if (!(v > 0) || !Float.isFinite(v)) {
                continue;
            }
            double x = LEFT + (n == 1 ? 0 : plotW * i / (double) (n - 1));
            double y = TOP + plotH * (1 - (Math.log10(v) - lo) / (hi - lo));
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
    }
}
