package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The architecture string: parsing, printing back, and messages that name the bad token. */
class ArchitectureTest {

    @ParameterizedTest
    @ValueSource(strings = {Architecture.LENET_SMALL, Architecture.TINY, Architecture.FAST, Architecture.DEFAULT,
            "3x32x20: conv7x7x6p3s2d2 relu pool3s2 conv1x1x4s3 pool2s1 flatten dense7"})
    void toStringPrintsWhatWasParsed(String text) {
        Architecture a = Architecture.parse(text);
        assertEquals(text, a.toString());
        assertEquals(a, Architecture.parse(a.toString()));
    }

    @Test
    void namedArchitectures() {
        assertEquals(Architecture.parse(Architecture.LENET_SMALL), Architecture.named("lenet-small"));
        assertEquals(Architecture.parse(Architecture.TINY), Architecture.named(" Tiny "));
        assertEquals(Architecture.parse(Architecture.DEFAULT), Architecture.named("default"));
        assertEquals(Architecture.parse("1x8x8: dense3"), Architecture.named("1x8x8: dense3"));
    }

    @Test
    void tokensMeanWhatTheyDocument() {
        Architecture a = Architecture.parse("2x9x7: conv5x5x8p2s3d2, relu -> pool3s2 → POOL2 flatten dense10");
        assertEquals(new Shape(2, 9, 7), a.input());
        assertEquals(List.of(new LayerSpec.Conv(8, 5, 3, 2, 2), new LayerSpec.Relu(), new LayerSpec.Pool(3, 2),
                new LayerSpec.Pool(2, 2), new LayerSpec.Flatten(), new LayerSpec.Dense(10)), a.layers());
        // Without an input shape the input is an MNIST digit.
        assertEquals(new Shape(1, 28, 28), Architecture.parse("conv3x3x2 dense10").input());
    }

    @Test
    void buildingChainsTheShapes() {
        List<Layer> layers = Architecture.named("lenet-small").build();
        assertEquals(new Shape(8, 28, 28), layers.get(0).outputShape());
        assertEquals(new Shape(8, 14, 14), layers.get(2).outputShape());
        assertEquals(new Shape(16, 14, 14), layers.get(3).outputShape());
        assertEquals(new Shape(16, 4, 4), layers.get(5).outputShape());
        assertEquals(new Shape(10, 1, 1), layers.get(6).outputShape());
        for (int i = 1; i < layers.size(); i++) {
            assertEquals(layers.get(i - 1).outputShape(), layers.get(i).inputShape());
        }
        Network net = Network.create(Architecture.named("lenet-small"), 1);
        // 8·1·25 + 8, 16·8·25 + 16, 10·256 + 10
        assertEquals(208 + 3216 + 2570, net.paramCount());
        assertEquals(10, net.classes());
    }

    @Test
    void shapesAreChannelMajor() {
        Shape s = new Shape(3, 4, 5);
        assertEquals(60, s.size());
        assertEquals((2 * 4 + 1) * 5 + 3, s.index(2, 1, 3));
        assertEquals("3×4×5", s.toString());
        assertThrows(IllegalArgumentException.class, () -> new Shape(0, 4, 5));
    }

    @Test
    void unknownTokensAreNamedInTheMessage() {
        assertMessage("1x28x28: conv5x5x8 sigmoid dense10", "'sigmoid'");
        assertMessage("conv5x5 dense10", "'conv5x5'");
        assertMessage("conv5x5x8q2 dense10", "'conv5x5x8q2'");
        assertMessage("conv3x5x8 dense10", "'conv3x5x8'", "square");
        assertMessage("1x28: dense10", "'1x28'", "1x28x28");
        assertMessage("conv9x9x8 dense10", "kernel size must be 1 to 7, not 9");
        assertMessage("dense0", "1 to 4096 outputs, not 0");
        assertMessage("1x28x28:", "at least one layer");
    }

    private static void assertMessage(String text, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Architecture.parse(text));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention " + part);
        }
    }
}
