package org.receptive.ui.training.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Architecture;
import org.receptive.engine.NetworkDesign;

class DesignModelTest {

    @Test
    void presetsFillTheEditorAndTheTableInOneClick() {
        DesignModel m = new DesignModel();
        m.apply(NetworkDesign.LENET_LIKE);
        assertEquals(NetworkDesign.LENET_LIKE, m.designProperty().get());
        assertTrue(m.validProperty().get());
        assertEquals(NetworkDesign.LENET_LIKE.summary(), m.rowsProperty().get());
        assertTrue(m.totalsProperty().get().startsWith(String.format("%,d parameters", NetworkDesign.LENET_LIKE.parameters())),
                m.totalsProperty().get());
        assertEquals(3, DesignModel.PRESETS.size());
        assertEquals("Tiny (fast, 2 layers)", DesignModel.PRESETS.get(0).toString());
    }

    @Test
    void editsUpdateShapeParametersAndFieldLive() {
        DesignModel m = new DesignModel();
        m.apply(NetworkDesign.TINY);
        m.block(0).filtersProperty().set(6);
        NetworkDesign expected = new NetworkDesign(List.of(new NetworkDesign.ConvBlock(6, 5, 2, 1, true),
                NetworkDesign.TINY.blocks().get(1)), 0);
        assertEquals(expected.summary(), m.rowsProperty().get());
        assertEquals(6 * 25 + 6, m.rowsProperty().get().get(0).parameters());
        m.blockCountProperty().set(1);
        assertEquals(1, m.designProperty().get().blocks().size());
        // conv 5×5 p2 → relu → pool: the dense layer reads 6×14×14.
        assertEquals(6 * 14 * 14 * 10 + 10, m.rowsProperty().get().get(m.rowsProperty().get().size() - 1).parameters());
    }

    @Test
    void whoeverHearsOfANewDesignAlreadyKnowsWhetherItIsValid() {
        DesignModel m = new DesignModel();
        List<Boolean> seen = new java.util.ArrayList<>();
        m.designProperty().addListener((o, was, now) -> seen.add(m.validProperty().get()));
        m.block(0).kernelProperty().set(4);
        assertEquals(List.of(false), seen, "an impossible design is never heard of as valid");
        m.block(0).kernelProperty().set(5);
        assertEquals(List.of(false, true), seen);
        m.block(0).paddingProperty().set(12);   // a spinner hands on a typed 12 before it clamps it
        assertFalse(m.validProperty().get(), "refused in words, not thrown");
    }

    @Test
    void impossibleChoicesAreExplainedNotThrown() {
        DesignModel m = new DesignModel();
        m.block(0).kernelProperty().set(4);
        assertFalse(m.validProperty().get());
        assertTrue(m.problemsProperty().get().get(0).contains("3, 5 or 7"), m.problemsProperty().get().toString());
        assertEquals(List.of(), m.rowsProperty().get());
        m.block(0).kernelProperty().set(7);
        m.blockCountProperty().set(3);
        for (int i = 0; i < 3; i++) {
            m.block(i).kernelProperty().set(7);
            m.block(i).paddingProperty().set(0);
            m.block(i).strideProperty().set(2);
            m.block(i).poolProperty().set(true);
        }
        assertFalse(m.validProperty().get());
        assertTrue(m.problemsProperty().get().get(0).contains("shrunk too much"), m.problemsProperty().get().toString());
        m.blockCountProperty().set(4);
        assertTrue(m.problemsProperty().get().get(0).contains("1 to 3"), m.problemsProperty().get().toString());
    }

    @Test
    void loadedArchitecturesMapBackToTheEditorOnlyWhenItCanShowThem() {
        assertEquals(Optional.of(NetworkDesign.DEFAULT_MODEL), DesignModel.designOf(Architecture.named("default")));
        assertEquals(Optional.of(NetworkDesign.TINY), DesignModel.designOf(Architecture.named("tiny")));
        assertEquals(Optional.empty(), DesignModel.designOf(Architecture.named("lenet-small")), "pool3 is outside the editor");
        assertEquals(Optional.empty(), DesignModel.designOf(Architecture.parse("conv3x3x4 relu dense5")));
    }

    @Test
    void thePresetChosenIsTheOneTheDesignIsAndAnEditChoosesNone() {
        DesignModel m = new DesignModel();
        assertEquals(DesignModel.PRESETS.get(0), m.presetProperty().get(), "it starts as Tiny");
        m.presetProperty().set(DesignModel.PRESETS.get(1));
        assertEquals(NetworkDesign.LENET_LIKE.architecture(), m.designProperty().get().architecture());
        m.block(0).filtersProperty().set(m.block(0).filtersProperty().get() + 1);
        assertEquals(null, m.presetProperty().get());
        m.block(0).filtersProperty().set(m.block(0).filtersProperty().get() - 1);
        assertEquals(DesignModel.PRESETS.get(1), m.presetProperty().get(), "edited back, it is the preset again");
    }
}
