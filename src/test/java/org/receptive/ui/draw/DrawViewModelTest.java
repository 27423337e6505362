package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.data.Drawing;
import org.receptive.data.Mnist;
import org.receptive.data.PreprocessedDigit;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.ReceptiveField;
import org.receptive.ui.common.Rect;
import org.receptive.ui.network.NetworkViewModel;

/** The Draw view's state, without a window: strokes in, answers out. */
class DrawViewModelTest {

    private final NetworkViewModel network = new NetworkViewModel(DefaultModel.load().network(), Mnist.test());
    private final DrawViewModel model = new DrawViewModel(network);

    /** A vertical stroke, as a person draws a "1". */
    static void drawOne(DrawViewModel m) {
        m.beginStroke(142, 50);
        for (int y = 60; y <= 230; y += 10) {
            m.extendStroke(140 + (y - 50) / 30.0, y);
        }
        m.endStroke();
    }

    /** An oval loop, as a person draws a "0". */
    static void drawZero(DrawViewModel m) {
        m.beginStroke(140, 40);
        for (int a = 10; a <= 370; a += 10) {
            double r = Math.toRadians(a);
            m.extendStroke(140 + 70 * Math.sin(r), 140 - 100 * Math.cos(r));
        }
        m.endStroke();
    }

    @Test
    void anEmptyPadPromptsInsteadOfGuessing() {
        Answer a = model.answerProperty().get();
        assertTrue(a.empty());
        assertEquals(-1, a.best());
        assertEquals("", a.headline());
        assertEquals(Answer.PROMPT, a.status());
        assertFalse(model.hasDigit());
        assertTrue(model.preprocessedProperty().get().isEmpty());
    }

    @Test
    void aVerticalStrokeIsReadAsOneAndALoopAsZero() {
        drawOne(model);
        Answer one = model.answerProperty().get();
        assertEquals(1, one.best(), one.status());
        assertFalse(one.notSure(), one.status());
        assertEquals("1", one.headline());
        float[] p = network.predictionProperty().get().probabilities();
        assertEquals(p[1], one.probabilities()[1], "the answer is the engine's own forward pass");

        model.clear();
        drawZero(model);
        assertEquals(0, model.answerProperty().get().best(), model.answerProperty().get().status());
    }

    @Test
    void undoAndRedoWorkOnWholeStrokesAndOnClear() {
        assertFalse(model.canUndoProperty().get());
        drawOne(model);
        float[] oneInput = model.preprocessedProperty().get().pixels();
        model.beginStroke(60, 140);
        model.extendStroke(220, 140);
        model.endStroke();
        assertEquals(2, model.strokes().size());
        assertTrue(model.canUndoProperty().get());
        assertTrue(model.answerProperty().get().best() != 1, "a cross stroke changes the answer");

        model.undo();
        assertEquals(1, model.strokes().size());
        assertEquals(1, model.answerProperty().get().best());
        org.junit.jupiter.api.Assertions.assertArrayEquals(oneInput, model.preprocessedProperty().get().pixels());
        assertTrue(model.canRedoProperty().get());
        model.redo();
        assertEquals(2, model.strokes().size());
        assertFalse(model.canRedoProperty().get());

        model.clear();
        assertTrue(model.answerProperty().get().empty());
        model.undo();
        assertEquals(2, model.strokes().size(), "clearing can be undone");
        assertFalse(model.answerProperty().get().empty());
    }

    @Test
    void theEraserTakesInkAwayUntilThePadIsEmptyAgain() {
        drawOne(model);
        model.eraserProperty().set(true);
        model.brushWidthProperty().set(40);
        for (int x = 100; x <= 180; x += 20) {
            model.beginStroke(x, 20);
            model.extendStroke(x, 260);
            model.endStroke();
        }
        assertTrue(model.answerProperty().get().empty(), model.answerProperty().get().status());
    }

    @Test
    void brushWidthStaysInItsRange() {
        model.brushWidthProperty().set(500);
        assertEquals(DrawViewModel.MAX_BRUSH, model.brushWidthProperty().get());
        model.brushWidthProperty().set(0);
        assertEquals(DrawViewModel.MIN_BRUSH, model.brushWidthProperty().get());
    }

    @Test
    void aSpeckIsTooSmallToReadNotAConfidentZero() {
        model.beginStroke(200, 200);
        model.endStroke();                                   // one click: a dot of one brush width
        Answer dot = model.answerProperty().get();
        assertTrue(dot.tooSmall() && dot.notSure(), dot.status());
        assertEquals("?", dot.headline());
        assertEquals("Too small to read: draw the digit bigger", dot.status());
        model.beginStroke(142, 40);
        model.extendStroke(140, 240);                        // a real stroke next to it
        model.endStroke();
        assertFalse(model.answerProperty().get().tooSmall());
    }

    @Test
    void aDrawnSmileyDoesNotLookLikeADigit() {
        model.beginStroke(140, 40);                          // the face
        for (int a = 10; a <= 370; a += 10) {
            double r = Math.toRadians(a);
            model.extendStroke(140 + 100 * Math.sin(r), 140 - 100 * Math.cos(r));
        }
        model.endStroke();
        for (int eye : new int[] {105, 175}) {
            model.beginStroke(eye, 105);
            model.extendStroke(eye, 115);
            model.endStroke();
        }
        model.beginStroke(95, 170);                          // the smile
        for (int x = 105; x <= 185; x += 10) {
            model.extendStroke(x, 170 + 30 * Math.sin(Math.PI * (x - 95) / 90.0));
        }
        model.endStroke();
        Answer face = model.answerProperty().get();
        assertTrue(face.notADigit() && face.notSure(), face.status());
        assertEquals("This does not look like a digit: it is made of too many separate pieces", face.status());
        model.clear();
        drawOne(model);
        assertFalse(model.answerProperty().get().notADigit(), "a drawn 1 is a digit");
    }

    @Test
    void whileThePenIsDownTheMapsFollowLessOftenThanTheAnswer() {
        long t = 1_000_000_000L;
        model.beginStroke(142, 50);
        model.extendStroke(141, 120);
        model.pulse(t);                                   // first answer: maps too
        float[] mapsProbabilities = model.networkModel().predictionProperty().get().probabilities();
        assertFalse(model.mapsBehind());
        model.extendStroke(140, 230);
        model.extendStroke(200, 240);
        model.pulse(t + DrawViewModel.LIVE_INTERVAL_NANOS);
        assertTrue(model.mapsBehind(), "100 ms later the answer moves on, the maps wait");
        assertSame(mapsProbabilities, model.networkModel().predictionProperty().get().probabilities());
        model.endStroke();                                // the pen lifts: everything catches up
        assertFalse(model.mapsBehind());
        assertNotSame(mapsProbabilities, model.networkModel().predictionProperty().get().probabilities());
        assertArrayEquals(model.networkModel().predictionProperty().get().probabilities(), model.answerProperty().get().probabilities(),
                1e-6f);
    }

    @Test
    void whileDrawingTheAnswerIsRefreshedAtMostEvery100Milliseconds() {
        long t = 1_000_000_000L;
        model.beginStroke(142, 50);
        model.extendStroke(141, 150);
        model.pulse(t);
        PreprocessedDigit first = model.preprocessedProperty().get();
        assertFalse(first.isEmpty(), "the half-drawn stroke is answered before the pen lifts");
        model.extendStroke(140, 230);
        model.pulse(t + 60_000_000L);
        assertSame(first, model.preprocessedProperty().get(), "60 ms later: not yet");
        model.pulse(t + DrawViewModel.LIVE_INTERVAL_NANOS);
        PreprocessedDigit second = model.preprocessedProperty().get();
        assertNotSame(first, second, "100 ms later: again");
        assertEquals(100_000_000L, DrawViewModel.LIVE_INTERVAL_NANOS);
        model.pulse(t + 300_000_000L);
        assertSame(second, model.preprocessedProperty().get(), "nothing changed: no work");
        model.endStroke();
        assertEquals(1, model.answerProperty().get().best());
    }

    @Test
    void belowSixtyPercentTheAnswerIsNotSure() {
        float[] p = {0.05f, 0.02f, 0.03f, 0.05f, 0.59f, 0.01f, 0.02f, 0.03f, 0.05f, 0.15f};
        Answer unsure = Answer.of(p);
        assertTrue(unsure.notSure());
        assertEquals("?", unsure.headline());
        assertEquals(9, unsure.runnerUp());
        assertEquals("I am not sure: maybe 4 (59%) or 9 (15%)", unsure.status());
        p[4] = 0.61f;
        p[9] = 0.13f;
        Answer sure = Answer.of(p);
        assertFalse(sure.notSure());
        assertEquals("4", sure.headline());
        assertEquals("It is a 4, 61.0% sure", sure.status());
    }

    @Test
    void aSelectedNeuronsFieldIsCarriedBackOntoTheDrawing() {
        drawOne(model);
        assertNull(model.fieldOnSourceProperty().get());
        assertTrue(network.select(1, 3, 14, 14));          // first convolution, centre of the grid
        Rect onInput = network.fieldsProperty().get().get(0);
        ReceptiveField f = ReceptiveField.in(network.network().layers(), 1, 14, 14, 0);
        assertEquals(new Rect(f.top(), f.left(), f.height(), f.width()), onInput);
        Rect onPad = model.fieldOnSourceProperty().get();
        assertNotNull(onPad);
        PreprocessedDigit p = model.preprocessedProperty().get();
        // The ink box (≈180 px tall) was scaled to 20 rows: a 5-row field covers ≈ 5 × 9 pad rows.
        double rowScale = (double) p.box().height() / p.fittedHeight();
        assertEquals(5 * rowScale, onPad.height(), 2.0);
        assertTrue(onPad.top() > p.box().top() && onPad.top() + onPad.height() < p.box().top() + p.box().height(), onPad.toString());
    }

    @Test
    void theWholeFittedDigitMapsBackOntoTheInkBox() {
        SampleDigits.drawOn(model, 7);
        PreprocessedDigit p = model.preprocessedProperty().get();
        Rect fitted = new Rect(p.top(), p.left(), p.fittedHeight(), p.fittedWidth());
        PreprocessedDigit.Box b = p.box();
        assertEquals(new Rect(b.top(), b.left(), b.height(), b.width()), FieldOnSource.map(fitted, p));
        assertEquals(new Rect(0, 0, 280, 280), FieldOnSource.map(new Rect(-50, -50, 200, 200), p), "cut to the pad");
    }

    @Test
    void anOpenedPictureIsReadLikeADrawingAndUndoBringsTheStrokesBack(@TempDir Path dir) throws Exception {
        drawOne(model);
        // Dark ink on white paper, twice the pad's size: a photo or scan of a written 7.
        Drawing seven = new Drawing(560, 560);
        SampleDigits.draw(seven, 7, 36);
        float[] ink = seven.render();
        BufferedImage img = new BufferedImage(560, 560, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < ink.length; i++) {
            int g = Math.round(255 * (1 - ink[i]));
            img.setRGB(i % 560, i / 560, (g << 16) | (g << 8) | g);
        }
        Path file = dir.resolve("seven.png");
        ImageIO.write(img, "png", file.toFile());

        assertTrue(model.openPicture(file));
        assertNotNull(model.pictureProperty().get());
        assertTrue(model.preprocessedProperty().get().inverted());
        assertEquals(7, model.answerProperty().get().best(), model.answerProperty().get().status());
        model.undo();
        assertNull(model.pictureProperty().get());
        assertEquals(1, model.answerProperty().get().best());
    }

    @Test
    void aFileThatIsNoPictureIsExplainedAndChangesNothing(@TempDir Path dir) throws Exception {
        drawOne(model);
        Path text = Files.writeString(dir.resolve("notes.png"), "this is not a picture");
        assertFalse(model.openPicture(text));
        assertTrue(model.messageProperty().get().contains("not a picture Receptive can read"), model.messageProperty().get());
        assertFalse(model.openPicture(dir.resolve("missing.png")));
        assertTrue(model.messageProperty().get().contains("missing.png"), model.messageProperty().get());
        assertNull(model.pictureProperty().get());
        assertEquals(1, model.answerProperty().get().best());
    }
}
