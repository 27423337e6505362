package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Network;
import org.receptive.ui.network.NetworkViewModel;
import org.receptive.ui.training.kernels.KernelSurgery;

/** The Draw view's digit as the studio's sample for the feature maps, without a window. */
class DrawnSampleTest {

    private final AtomicReference<float[]> pad = new AtomicReference<>();
    private final UiQueue ui = new UiQueue();
    private TrainingViewModel vm;
    private DrawnSample sample;

    @BeforeEach
    void setUp() {
        vm = new TrainingViewModel(ui);
        DataSource small = UiQueue.small(200, 300);
        vm.dataSources().add(small);
        vm.dataProperty().set(small);
        vm.shown().mapsVisibleProperty().set(true);
        sample = new DrawnSample(vm.shown(), pad::get);
    }

    /** A "7": a bar along row 6 and a slanted stroke down from its right end, ink 0–1 like the Draw view's. */
    private static float[] seven() {
        float[] p = new float[28 * 28];
        for (int x = 6; x < 22; x++) {
            p[6 * 28 + x] = 1;
            p[7 * 28 + x] = 0.6f;
        }
        for (int y = 7; y < 24; y++) {
            int x = 21 - (y - 7) / 2;
            p[y * 28 + x] = 1;
            p[y * 28 + x - 1] = 0.5f;
        }
        return p;
    }

    /** What the weights on show make of {@code pixels}, worked out on a network of their own. */
    private float[] expected(float[] pixels) {
        return Network.withParams(vm.trainedNetwork().architecture(), vm.shown().params()).forward(pixels).clone();
    }

    @Test
    void theMapsShowExactlyTheDrawnPixels() {
        float[] drawn = seven();
        pad.set(drawn);
        assertTrue(sample.use());
        NetworkViewModel maps = vm.shown().mapsProperty().get();
        assertEquals(-1, maps.digitIndexProperty().get(), "no test digit");
        assertEquals(-1, maps.trueLabelProperty().get());
        assertArrayEquals(drawn, maps.network().lastPass().activation(0), "the input the maps were computed from");
        assertArrayEquals(expected(drawn), maps.predictionProperty().get().probabilities());
        assertTrue(vm.shown().drawnShownProperty().get());
        assertTrue(sample.messageProperty().get().startsWith("Your drawing"), sample.messageProperty().get());

        drawn[6 * 28 + 10] = 0;   // the pad's array changing later leaves the sample alone
        assertEquals(1f, maps.network().lastPass().activation(0)[6 * 28 + 10]);
    }

    @Test
    void anEmptyPadIsExplainedAndChangesNothing() {
        float[] before = vm.shown().mapsProperty().get().predictionProperty().get().probabilities().clone();
        assertFalse(sample.use());
        assertTrue(sample.messageProperty().get().startsWith("The pad in the Draw view is empty"), sample.messageProperty().get());
        NetworkViewModel maps = vm.shown().mapsProperty().get();
        assertEquals(0, maps.digitIndexProperty().get(), "still test digit 0");
        assertArrayEquals(before, maps.predictionProperty().get().probabilities());
        assertFalse(vm.shown().drawnShownProperty().get());
    }

    @Test
    void theDrawingStaysThroughNewWeightsUntilATestDigitIsPicked() throws InterruptedException {
        float[] drawn = seven();
        pad.set(drawn);
        assertTrue(sample.use());

        KernelSurgery s = vm.surgery();
        s.select(0);
        assertTrue(s.replace(org.receptive.stepper.KernelPreset.SOBEL_X));   // new weights: the maps follow them
        NetworkViewModel maps = vm.shown().mapsProperty().get();
        assertEquals(-1, maps.digitIndexProperty().get());
        assertArrayEquals(expected(drawn), maps.predictionProperty().get().probabilities());

        vm.settings().seedProperty().set(7);
        vm.reset();   // a new display network and maps model: still the drawing
        ui.until(() -> !vm.makingProperty().get(), 20_000);
        NetworkViewModel fresh = vm.shown().mapsProperty().get();
        assertNotSame(maps, fresh);
        assertEquals(-1, fresh.digitIndexProperty().get());
        assertArrayEquals(expected(drawn), fresh.predictionProperty().get().probabilities());

        assertTrue(fresh.showDigit(3));   // picking a test digit puts the drawing aside
        assertFalse(vm.shown().drawnShownProperty().get());
        assertEquals("", sample.messageProperty().get());
        vm.goLive();   // redrawing the maps keeps test digit 3
        assertEquals(3, fresh.digitIndexProperty().get());
    }
}
