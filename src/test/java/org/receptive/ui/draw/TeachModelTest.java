package org.receptive.ui.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.data.Mnist;
import org.receptive.data.PersonalDigits;
import org.receptive.engine.DefaultModel;
import org.receptive.engine.ModelFile;
import org.receptive.ui.network.NetworkViewModel;

/** "Teach it" without a window: the personal set on disk, fine-tuning on a copy, saving. */
class TeachModelTest {

    @TempDir
    Path dir;

    private final NetworkViewModel network = new NetworkViewModel(DefaultModel.load().network(), Mnist.test());
    private final DrawViewModel draw = new DrawViewModel(network);
    /** Work handed to the "background" is queued and run by the test, as a worker thread would. */
    private final List<Runnable> background = new ArrayList<>();

    private TeachModel teach(FineTuning.Settings settings) {
        return new TeachModel(draw, new PersonalDigits(dir.resolve("mine")), Mnist::train, background::add, Runnable::run, settings);
    }

    @Test
    void keptDigitsAreSavedListedAndDeleted() throws Exception {
        TeachModel teach = teach(FineTuning.Settings.DEFAULT);
        assertFalse(teach.keep(3), "nothing drawn");
        assertTrue(teach.messageProperty().get().startsWith("Draw a digit first"));
        DrawViewModelTest.drawOne(draw);
        assertTrue(teach.keep(1));
        SampleDigits.drawOn(draw, 7);
        assertTrue(teach.keep(7));
        assertEquals(List.of(1, 7), teach.entries().stream().map(PersonalDigits.Entry::label).toList());
        assertArrayEquals(draw.preprocessedProperty().get().pixels(), teach.entries().get(1).pixels(), 1f / 255);

        TeachModel again = teach(FineTuning.Settings.DEFAULT);
        assertEquals(2, again.entries().size(), "kept on disk, listed by a new session");
        again.delete(again.entries().get(0));
        assertEquals(1, again.entries().size());
        try (var files = Files.list(dir.resolve("mine"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void fineTuningLearnsTheTaughtLabelOnACopyAndCanBeSavedOrUndone() throws Exception {
        float[] defaults = DefaultModel.load().network().params();
        TeachModel teach = teach(new FineTuning.Settings(600, 40, 1e-3, 20, 3));
        assertFalse(teach.fineTune(), "no personal digits yet");
        // Teach the plain vertical stroke as a 7: a label the network would never give it by itself.
        DrawViewModelTest.drawOne(draw);
        float sevenBefore = draw.answerProperty().get().probabilities()[7];
        for (int i = 0; i < 4; i++) {
            assertTrue(teach.keep(7));
        }
        assertTrue(teach.fineTune());
        assertTrue(teach.tuningProperty().get());
        assertEquals(1, background.size(), "training runs off the window's thread");
        background.remove(0).run();

        assertFalse(teach.tuningProperty().get());
        assertTrue(teach.tunedProperty().get());
        assertEquals(1.0, teach.progressProperty().get());
        float sevenAfter = draw.answerProperty().get().probabilities()[7];
        assertTrue(sevenAfter > sevenBefore + 0.05, "p(7) " + sevenBefore + " → " + sevenAfter);
        assertTrue(teach.messageProperty().get().contains("Before: 1"), teach.messageProperty().get());
        assertArrayEquals(defaults, DefaultModel.load().network().params(), "the default model is never changed");

        Path saved = dir.resolve("models/mine.rcpt");
        assertTrue(teach.saveModel(saved));
        ModelFile.Model back = ModelFile.load(saved);
        assertArrayEquals(network.network().params(), back.network().params());
        assertTrue(back.note().contains("fine-tuned"), back.note());

        teach.useDefaultModel();
        assertArrayEquals(defaults, network.network().params());
        assertFalse(teach.tunedProperty().get());
        assertEquals(sevenBefore, draw.answerProperty().get().probabilities()[7], 1e-6f);
    }

    @Test
    void aFolderThatCannotBeWrittenIsExplained() throws Exception {
        Files.writeString(dir.resolve("mine"), "a file where the folder should be");
        TeachModel teach = teach(FineTuning.Settings.DEFAULT);
        DrawViewModelTest.drawOne(draw);
        assertFalse(teach.keep(1));
        assertTrue(teach.messageProperty().get().startsWith("Could not keep it"), teach.messageProperty().get());
        assertTrue(teach.entries().isEmpty());
    }
}
