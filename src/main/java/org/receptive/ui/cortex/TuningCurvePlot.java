package org.receptive.ui.cortex;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.receptive.cortex.CortexText;
import org.receptive.cortex.TuningCurve;

/**
 * Response against bar angle for one neuron, with labelled axes (0°–180° every 45°, response from
 * 0 to its peak) and a marker at the angle the stimulus has now. Colours are Okabe and Ito's
 * colour-blind-safe blue and vermillion; text is large enough for a projector.
 */
final class TuningCurvePlot extends Canvas {

    private static final Color CURVE = Color.web("#0072B2");
    private static final Color NOW = Color.web("#D55E00");
    private static final Color AXIS = Color.web("#1f2328");
    private static final Color GRID = Color.web("#d5dbe2");
    private static final double LEFT = 58, RIGHT = 28, TOP = 14, BOTTOM = 52;

    private TuningCurve curve;
    private double angle;

    TuningCurvePlot(double width, double height) {
        super(width, height);
        getStyleClass().add("tuning-plot");
    }

    void show(TuningCurve curve, double angle) {
        this.curve = curve;
        this.angle = angle;
        redraw();
    }

    /** The curve's response at {@code degrees}, linearly between measured angles (wrapping at 180°). */
    static double valueAt(TuningCurve c, double degrees) {
        double[] a = c.angles();
        float[] r = c.responses();
        double step = 180.0 / a.length, pos = (((degrees % 180) + 180) % 180) / step;
        int i = (int) Math.floor(pos);
        double t = pos - i;
        return r[i % r.length] * (1 - t) + r[(i + 1) % r.length] * t;
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth(), h = getHeight(), pw = w - LEFT - RIGHT, ph = h - TOP - BOTTOM;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (curve == null) {
            return;
        }
        double max = 0;
        for (float v : curve.responses()) {
            max = Math.max(max, v);
        }
        double top = max <= 0 ? 1 : max * 1.1;
        g.setFont(Font.font(15));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int deg = 0; deg <= 180; deg += 45) {
            double x = LEFT + pw * deg / 180;
            g.setStroke(GRID);
            g.setLineWidth(1);
            g.strokeLine(x, TOP, x, TOP + ph);
            g.setFill(AXIS);
            g.fillText(deg + "°", x, TOP + ph + 6);
        }
        g.fillText("bar angle (0° horizontal, 90° vertical)", LEFT + pw / 2, TOP + ph + 28);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("0", LEFT - 8, TOP + ph);
        g.fillText(CortexText.response(max, max), LEFT - 8, TOP + ph - ph * max / top);
        g.save();
        g.translate(16, TOP + ph / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("response", 0, 0);
        g.restore();
        g.setStroke(AXIS);
        g.setLineWidth(1.5);
        g.strokeLine(LEFT, TOP, LEFT, TOP + ph);
        g.strokeLine(LEFT, TOP + ph, LEFT + pw, TOP + ph);

        // The curve over a full half turn: the 180° point is the 0° point again.
        g.setStroke(CURVE);
        g.setLineWidth(3);
        g.beginPath();
        double[] a = curve.angles();
        float[] r = curve.responses();
        for (int i = 0; i <= a.length; i++) {
            double deg = i == a.length ? 180 : a[i];
            double x = LEFT + pw * deg / 180, y = TOP + ph - ph * r[i % r.length] / top;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();

        double x = LEFT + pw * angle / 180, y = TOP + ph - ph * valueAt(curve, angle) / top;
        g.setStroke(NOW);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(x, TOP, x, TOP + ph);
        g.setLineDashes();
        g.setFill(NOW);
        g.fillOval(x - 6, y - 6, 12, 12);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 15));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(x > LEFT + pw - 70 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText(String.format(Locale.ROOT, " now %.0f° ", angle), x, TOP + 2);
    }
}
