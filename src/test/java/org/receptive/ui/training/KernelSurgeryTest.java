package org.receptive.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.receptive.engine.Evaluation;
import org.receptive.engine.Evaluator;
import org.receptive.engine.Network;
import org.receptive.ui.training.kernels.ConvKernels;
import org.receptive.ui.training.kernels.KernelSurgery;

/** Editing single weights of a first-layer kernel, without a window. */
class KernelSurgeryTest {

    private TrainingViewModel vm;
    private KernelSurgery s;

    @BeforeEach
    void setUp() {
        vm = new TrainingViewModel(new UiQueue());
        DataSource small = UiQueue.small(200, 300);
        vm.dataSources().add(small);
        vm.dataProperty().set(small);
        s = vm.surgery();
    }

    @Test
    void editingAWeightChangesExactlyThatWeightAndRescores() throws Exception {
        Network net = vm.trainedNetwork();
        float[] original = net.copyParams();
        s.select(2);
        assertTrue(s.edit(1, 3, " 0.75 "));
        float[] now = vm.trainedNetwork().params();
        int changed = 0;
        for (int i = 0; i < original.length; i++) {
            changed += original[i] != now[i] ? 1 : 0;
        }
        assertEquals(1, changed, "exactly one weight");
        assertEquals(0.75f, vm.trainedNetwork().firstConvolution().orElseThrow().kernel(2, 0)[1][3]);
        assertArrayEquals(now, vm.shown().params(), "the kernels on show have the edit");
        ConvKernels first = vm.shown().kernelsProperty().get().get(0);
        assertEquals(0.75f, first.kernel(2, 0)[1][3]);
        assertEquals(0.75f, s.selectedKernel()[1][3]);
        Evaluation direct = Evaluator.evaluate(vm.trainedNetwork(), vm.dataProperty().get().test(), DataSource.HELD_OUT, 1);
        assertTrue(s.verdictProperty().get().endsWith(String.format("→ %.1f%% now.", 100 * direct.accuracy())),
                s.verdictProperty().get());

        assertTrue(s.edit(0, 0, "-1,5"), "a decimal comma reads too");
        assertEquals(-1.5f, vm.trainedNetwork().firstConvolution().orElseThrow().kernel(2, 0)[0][0]);

        assertTrue(s.restore());
        assertArrayEquals(original, vm.trainedNetwork().params());
        assertArrayEquals(original, vm.shown().params());
    }

    @Test
    void aNonNumberIsRefusedWithAPlainMessage() {
        float[] original = vm.trainedNetwork().copyParams();
        s.select(0);
        assertFalse(s.edit(2, 2, "lots"));
        assertTrue(s.verdictProperty().get().startsWith("“lots” is not a weight: type a number"), s.verdictProperty().get());
        assertFalse(s.edit(2, 2, "NaN"));
        assertFalse(s.edit(2, 2, "1e9"));
        assertFalse(s.edit(5, 0, "1"), "a 5×5 kernel has no row 5");
        assertTrue(s.verdictProperty().get().contains("no row 5"), s.verdictProperty().get());
        assertArrayEquals(original, vm.trainedNetwork().params());
        assertFalse(s.restore(), "nothing was cut");
    }

    @Test
    void withoutASelectedKernelNothingIsEdited() {
        float[] original = vm.trainedNetwork().copyParams();
        assertNull(s.selectedKernel());
        assertFalse(s.edit(0, 0, "1"));
        assertTrue(s.verdictProperty().get().startsWith("Click a kernel"), s.verdictProperty().get());
        assertArrayEquals(original, vm.trainedNetwork().params());
    }
}
