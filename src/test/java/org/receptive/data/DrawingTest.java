package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.Network;
import org.receptive.engine.SoftmaxCrossEntropy;

class DrawingTest {

    static float ink(float[] img) {
        float s = 0;
        for (float v : img) {
            s += v;
        }
        return s;
    }

    static int classify(Drawing d) {
        Network net = DefaultModel.load().network();
        PreprocessedDigit p = DigitPreprocessor.process(d.render(), d.height(), d.width());
        assertFalse(p.isEmpty());
        return SoftmaxCrossEntropy.argmax(net.forward(p.pixels()));
    }

    @Test
    void aVerticalStrokeIsAOneAndALoopIsAZero() {
        Drawing one = new Drawing(280, 280);
        one.begin(140, 50, 18, false);
        for (int y = 50; y <= 230; y += 10) {
            one.extend(142, y);
        }
        one.end();
        assertEquals(1, classify(one));

        Drawing zero = new Drawing(280, 280);
        zero.begin(140, 40, 18, false);
        for (int a = 0; a <= 360; a += 10) {
            double r = Math.toRadians(a);
            zero.extend(140 + 70 * Math.sin(r), 140 - 100 * Math.cos(r));
        }
        zero.end();
        assertEquals(0, classify(zero));
    }

    @Test
    void undoRedoAndClearWorkOnWholeStrokes() {
        Drawing d = new Drawing(100, 100);
        assertTrue(d.isEmpty());
        assertFalse(d.canUndo());
        d.begin(10, 10, 8, false);
        d.extend(90, 90);
        d.end();
        float[] one = d.render();
        d.begin(10, 90, 8, false);
        d.extend(90, 10);
        d.end();
        assertTrue(ink(d.render()) > ink(one));
        d.undo();
        assertArrayEquals(one, d.render());
        d.redo();
        assertEquals(2, d.strokes().size());
        d.clear();
        assertEquals(0f, ink(d.render()));
        d.undo();
        assertEquals(2, d.strokes().size(), "clearing can be undone");
        d.undo();
        d.begin(50, 50, 4, false);
        d.end();
        assertFalse(d.canRedo(), "a new stroke forgets what was undone");
    }

    @Test
    void theEraserRemovesInkAndAClickLeavesADot() {
        Drawing d = new Drawing(100, 100);
        d.begin(50, 50, 10, false);
        d.end();
        float dot = ink(d.render());
        assertTrue(dot > 50 && dot < 120, "a 10 px dot has area ≈ 78: " + dot);
        d.begin(40, 50, 30, true);
        d.extend(60, 50);
        d.end();
        assertEquals(0f, ink(d.render()));
    }
}
