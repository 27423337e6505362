package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkDesignTest {

    @Test
    void theDefaultDesignIsTheDefaultModel() {
        assertEquals(Architecture.parse(Architecture.DEFAULT).toString(), NetworkDesign.DEFAULT_MODEL.architecture().toString());
        assertEquals(DefaultModel.load().network().paramCount(), NetworkDesign.DEFAULT_MODEL.parameters());
        assertEquals(List.of(), NetworkDesign.TINY.problems());
        assertEquals(List.of(), NetworkDesign.LENET_LIKE.problems());
    }

    @Test
    void everyLayerShowsItsShapeParametersAndReceptiveField() {
        List<NetworkDesign.LayerSummary> rows = NetworkDesign.LENET_LIKE.summary();
        assertEquals("convolution 5×5, 6 filters, padding 2", rows.get(0).layer());
        assertEquals(new Shape(6, 28, 28), rows.get(0).output());
        assertEquals(6 * 25 + 6, rows.get(0).parameters());
        assertEquals(5, rows.get(0).receptiveField());
        assertEquals(new Shape(6, 14, 14), rows.get(2).output());
        assertEquals(6, rows.get(2).receptiveField());
        assertEquals(new Shape(16, 10, 10), rows.get(3).output());
        assertEquals(14, rows.get(3).receptiveField());
        assertEquals(-1, rows.get(rows.size() - 1).receptiveField(), "a dense neuron sees everything");
    }

    @Test
    void invalidChoicesAreExplained() {
        NetworkDesign tooMany = new NetworkDesign(List.of(new NetworkDesign.ConvBlock(40, 4, 0, 1, false)), 0);
        assertEquals(List.of("block 1: use 1 to 32 filters, not 40", "block 1: the kernel is 3, 5 or 7 wide, not 4"), tooMany.problems());
        NetworkDesign shrunk = new NetworkDesign(List.of(new NetworkDesign.ConvBlock(8, 7, 0, 3, true),
                new NetworkDesign.ConvBlock(8, 7, 0, 1, true)), 0);
        List<String> p = shrunk.problems();
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("layer 4") && p.get(0).contains("larger than the padded input"), p.get(0));
        assertTrue(p.get(0).endsWith("fewer pooling layers"), p.get(0));
        assertEquals(List.of("use 1 to 3 convolutional blocks, not 0"), new NetworkDesign(List.of(), 0).problems());
    }
}
